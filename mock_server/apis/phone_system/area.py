"""The phone system area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.phone_system import inventory, numbers, pools, routes
from mock_server.apis.phone_system.seed_models import InventorySeed, NumberSeed, PoolSeed
from mock_server.apis.phone_system.tables import ACCOUNTS, INVENTORY, NUMBER_POOLS, PHONE_NUMBERS
from mock_server.platform.area import Area, ContractSeed, Seed, Table


def _seed_number(tenant, body: NumberSeed) -> dict:
    return numbers.add_number(tenant, body.model_dump(exclude_none=True))


area = Area(
    "phone_system",
    serves=("Phone system: a location's numbers (read by real clients at start-up), numbers to buy and the "
            "purchase, number pools; an SMS goes out from the location's default number"),
    apis=(routes.api,),
    tables=(Table(PHONE_NUMBERS, indexes=("phoneNumber",)), Table(INVENTORY, indexes=("phoneNumber",)),
            Table(NUMBER_POOLS), Table(ACCOUNTS)),
    seeds=(
        Seed("POST", "/locations/{locationId}/phone-numbers", _seed_number, body=NumberSeed,
             doc='`{"phoneNumber","friendlyName","type","capabilities","isDefaultNumber"}`: a number the location '
                 "owns (its first is the default SMS `from`); GHL's API only lists them"),
        Seed("POST", "/locations/{locationId}/available-phone-numbers", inventory.seed, body=InventorySeed,
             doc='`{"numbers":[{"phoneNumber","isoCountry","numberType","capabilities","price"}]}`: numbers the '
                 "location may find (`.../available`) and buy (`.../purchase` takes one out)"),
        Seed("POST", "/locations/{locationId}/number-pools", pools.seed, body=PoolSeed,
             doc='`{"name","numbers":["+1..."]}`: a number pool of the location\'s own numbers (they leave the '
                 "active-numbers listing while `skipNumberPool` is true)"),
    ),
    factories="mock_server.apis.phone_system.factories:PhoneFactories",
    demo="mock_server.apis.phone_system.demo:load",
    upstream_allowlist="mock_server.apis.phone_system.upstream",
    contract_seeds=(
        ContractSeed("/locations/{locationId}/phone-numbers", {"phoneNumber": "+14155550100"}, {}),
        ContractSeed("/locations/{locationId}/number-pools", {"name": "Contract pool", "numbers": ["+14155550100"]},
                     {}),
        ContractSeed("/locations/{locationId}/available-phone-numbers",
                     # the number the official file's purchase example buys, so the walk's purchase succeeds
                     {"numbers": [{"phoneNumber": "+14155550199"}, {"phoneNumber": "+18305551234"}]}, {}),
    ),
)
