"""Phone system operations (phone-system.json): number pools, a location's numbers, finding and buying one.

Numbers, the numbers a location may buy and number pools are seeded through the control plane (``area.py``);
real clients read ``GET /phone-system/numbers/location/{locationId}`` at start-up, which a location without
numbers answers with an empty list."""

from __future__ import annotations

from mock_server.apis.phone_system import inventory, numbers, pools
from mock_server.apis.phone_system import models as m
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("phone-system.json", tag="Phone Numbers")


@api.get("/phone-system/number-pools", "getNumberPoolList", scopes="numberpools.read", tokens=LOCATION,
         query=m.NumberPoolsQuery, response=m.GetNumberPoolListResponse, summary="List Number Pools")
def get_number_pool_list(call: Call) -> dict:
    return pools.listing(call.tenant)


@api.get("/phone-system/numbers/location/{locationId}/available", "available-numbers", scopes="phonenumbers.read",
         tokens=LOCATION, query=m.AvailableNumbersQuery, response=m.AvailableNumbersResponse,
         summary="List available phone numbers")
def available_numbers(call: Call) -> dict:
    """The location's inventory (seeded) of one country, by type, digits and capabilities."""
    return inventory.available(call.tenant, call.query)


@api.post("/phone-system/numbers/location/{locationId}/purchase", "purchase-phone-number", scopes="phonenumbers.write",
          tokens=LOCATION, body=m.PurchasePhoneNumberBody, response=m.TwilioAccountResponse, status=201,
          charges_the_account=True, summary="Purchase a phone number")
def purchase_phone_number(call: Call) -> dict:
    """Take a number of the location's inventory; answers the location's Twilio account with it."""
    return numbers.purchase(call.tenant, sent_fields(call.body))


@api.get("/phone-system/numbers/location/{locationId}", "active-numbers", scopes="phonenumbers.read", tokens=LOCATION,
         query=m.ActiveNumbersQuery, response=m.ActiveNumbersResponse, summary="List active numbers")
def active_numbers(call: Call) -> dict:
    return numbers.listing(call.tenant, call.query)
