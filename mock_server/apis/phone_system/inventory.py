"""The numbers a location may buy: seeded through the control plane (GHL's come from Twilio's stock), searched
by ``.../available`` and taken out by a purchase (``numbers.purchase``)."""

from __future__ import annotations

from typing import Any

from mock_server.apis.phone_system.seed_models import InventorySeed
from mock_server.apis.phone_system.tables import INVENTORY, PHONE_NUMBERS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

NUMBER_TYPES = ("local", "tollFree", "mobile")
# DECISION: GHL's texts for these refusals are not known.
BAD_TYPES = "numberTypes must be a comma-separated list of: " + ", ".join(NUMBER_TYPES)
DUPLICATE = "Phone number {number} is already offered or owned"
# The answer's per-kind capability names (the purchase listing spells them in capitals, the active one not).
CAPABILITY_NAMES = {"MMS": "mms", "SMS": "sms", "voice": "voice"}


def seed(tenant: Tenant, body: InventorySeed) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/available-phone-numbers``: numbers the location may buy."""
    added = []
    for stock in body.numbers:
        number = stock.phoneNumber
        if tenant.store.find(INVENTORY, "phoneNumber", number) or tenant.store.find(PHONE_NUMBERS, "phoneNumber", number):
            raise BadRequest(DUPLICATE.format(number=number))
        added.append(tenant.store.put(INVENTORY, {"id": tenant.new_id(), **stock.model_dump()}))
    return {"numbers": [view(n) for n in added]}


def available(tenant: Tenant, q: Any) -> dict[str, Any]:
    """``GET .../available``: the inventory's numbers of ``countryCode`` matching the query's filters."""
    types = [t.strip() for t in (q.numberTypes or "").split(",") if t.strip()]
    if any(t not in NUMBER_TYPES for t in types):
        raise Unprocessable([BAD_TYPES])
    found = []
    for stock in sorted(tenant.store.scan(INVENTORY), key=lambda s: s["phoneNumber"]):
        national = _national(stock["phoneNumber"], stock["isoCountry"])
        caps = stock["capabilities"]
        if stock["isoCountry"] != q.countryCode.upper() or (types and stock["numberType"] not in types):
            continue
        if (q.firstPart and not national.startswith(q.firstPart)) or (q.lastPart and not national.endswith(q.lastPart)):
            continue
        if q.anywhere and q.anywhere not in national:
            continue
        if any(wanted and not caps[name] for wanted, name in ((q.smsEnabled, "sms"), (q.mmsEnabled, "mms"),
                                                             (q.voiceEnabled, "voice"))):
            continue
        found.append(view(stock))
    return {"fingerprintId": str(int(tenant.now().timestamp() * 1000)), "numbers": found}


def view(stock: dict[str, Any]) -> dict[str, Any]:
    caps = stock["capabilities"]
    return {"phoneNumber": stock["phoneNumber"], "friendlyName": stock.get("friendlyName") or stock["phoneNumber"],
            "lata": None, "locality": stock.get("locality"), "rateCenter": None, "latitude": None, "longitude": None,
            "region": stock.get("region"), "postalCode": stock.get("postalCode"), "isoCountry": stock["isoCountry"],
            "addressRequirements": "none", "beta": False,
            "capabilities": {upper: caps[lower] for upper, lower in CAPABILITY_NAMES.items()},
            "price": {"number_type": stock["numberType"], "price": stock["price"], "price_unit": "USD"}}


def _national(number: str, country: str) -> str:
    """The digits after the country code (what firstPart/lastPart/anywhere match): ``+18305551234`` -> 8305551234."""
    digits = number.lstrip("+")
    return digits[1:] if country in ("US", "CA") and digits.startswith("1") else digits
