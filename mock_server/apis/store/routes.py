"""Store operations (store.json): shipping zones, rates, carriers, the rate calculation for an order, settings.

Every one but the rate calculation takes a sub-account token (Location-Access, no scope named); all name the
location as ``altId``.
"""

from __future__ import annotations

from mock_server.apis.store import models, settings, shipping
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("store.json", tag="Store")

# DECISION: GHL's success messages are not known.
DONE = "Done"


def _answer(data: object) -> dict:
    return {"status": True, "message": DONE, "data": data}


# -- carriers --------------------------------------------------------------------------------------------
@api.post("/store/shipping-carrier", "create-shipping-carrier", tokens=LOCATION, body=models.CreateCarrierBody,
          response=models.CarrierAnswer, status=201, summary="Create Shipping Carrier")
def create_carrier(call: Call) -> dict:
    app_id = call.principal.client_id if call.principal else None
    return _answer(shipping.create_carrier(call.tenant, sent_fields(call.body), app_id))


@api.get("/store/shipping-carrier", "list-shipping-carriers", tokens=LOCATION, query=models.AltQuery,
         response=models.CarriersAnswer, summary="List Shipping Carriers")
def list_carriers(call: Call) -> dict:
    return _answer(shipping.list_carriers(call.tenant))


@api.get("/store/shipping-carrier/{shippingCarrierId}", "get-shipping-carriers", tokens=LOCATION,
         query=models.AltQuery, response=models.CarrierAnswer, summary="Get Shipping Carrier")
def get_carrier(call: Call) -> dict:
    return _answer(shipping.get_carrier(call.tenant, call.path["shippingCarrierId"]))


@api.put("/store/shipping-carrier/{shippingCarrierId}", "update-shipping-carrier", tokens=LOCATION,
         body=models.UpdateCarrierBody, response=models.CarrierAnswer, summary="Update Shipping Carrier")
def update_carrier(call: Call) -> dict:
    return _answer(shipping.update_carrier(call.tenant, call.path["shippingCarrierId"], sent_fields(call.body)))


@api.delete("/store/shipping-carrier/{shippingCarrierId}", "delete-shipping-carrier", tokens=LOCATION,
            query=models.AltQuery, response=models.StatusAnswer, summary="Delete Shipping Carrier")
def delete_carrier(call: Call) -> dict:
    shipping.delete_carrier(call.tenant, call.path["shippingCarrierId"])
    return {"status": True, "message": DONE}


# -- zones -----------------------------------------------------------------------------------------------
@api.post("/store/shipping-zone", "create-shipping-zone", tokens=LOCATION, body=models.CreateZoneBody,
          response=models.ZoneAnswer, status=201, summary="Create Shipping Zone")
def create_zone(call: Call) -> dict:
    return _answer(shipping.create_zone(call.tenant, sent_fields(call.body)))


@api.get("/store/shipping-zone", "list-shipping-zones", tokens=LOCATION, query=models.ZonesQuery,
         response=models.ZonesAnswer, summary="List Shipping Zones")
def list_zones(call: Call) -> dict:
    q = call.query
    zones, total = shipping.list_zones(call.tenant, limit=q.limit, offset=q.offset,
                                       with_rates=bool(q.withShippingRate))
    return {"total": total, "data": zones}


@api.get("/store/shipping-zone/{shippingZoneId}", "get-shipping-zones", tokens=LOCATION, query=models.ZoneQuery,
         response=models.ZoneAnswer, summary="Get Shipping Zone")
def get_zone(call: Call) -> dict:
    return _answer(shipping.get_zone(call.tenant, call.path["shippingZoneId"],
                                     with_rates=bool(call.query.withShippingRate)))


@api.put("/store/shipping-zone/{shippingZoneId}", "update-shipping-zone", tokens=LOCATION,
         body=models.UpdateZoneBody, response=models.ZoneAnswer, summary="Update Shipping Zone")
def update_zone(call: Call) -> dict:
    return _answer(shipping.update_zone(call.tenant, call.path["shippingZoneId"], sent_fields(call.body)))


@api.delete("/store/shipping-zone/{shippingZoneId}", "delete-shipping-zone", tokens=LOCATION,
            query=models.AltQuery, response=models.StatusAnswer, summary="Delete Shipping Zone")
def delete_zone(call: Call) -> dict:
    shipping.delete_zone(call.tenant, call.path["shippingZoneId"])
    return {"status": True, "message": DONE}


# DECISION: the rate calculation takes no token, as the official file says (it declares no security) and as
# both official SDKs call it (they send no Authorization for it): a store's checkout asks for rates on the
# shopper's behalf. The location is the one ``altId`` names (400 "Location not found" for an unknown one).
@api.post("/store/shipping-zone/shipping-rates", "get-available-shipping-zones", public=True,
          body=models.AvailableRatesBody, response=models.AvailableRatesAnswer, status=201,
          summary="Sample Shipping Rates")
def available_rates(call: Call) -> dict:
    b = call.body
    state = b.address.state if b.address else None
    return _answer(shipping.available_rates(call.world.tenant(b.altId), country=b.country, state=state,
                                            order_amount=b.totalOrderAmount, order_weight=b.totalOrderWeight,
                                            weight_known=b.weightAvailable is not False))


# -- rates -----------------------------------------------------------------------------------------------
@api.post("/store/shipping-zone/{shippingZoneId}/shipping-rate", "create-shipping-rate", tokens=LOCATION,
          body=models.CreateRateBody, response=models.RateAnswer, status=201, summary="Create Shipping Rate")
def create_rate(call: Call) -> dict:
    return _answer(shipping.create_rate(call.tenant, call.path["shippingZoneId"], sent_fields(call.body)))


@api.get("/store/shipping-zone/{shippingZoneId}/shipping-rate", "list-shipping-rates", tokens=LOCATION,
         query=models.RatesQuery, response=models.RatesAnswer, summary="List Shipping Rates")
def list_rates(call: Call) -> dict:
    q = call.query
    rates, total = shipping.list_rates(call.tenant, call.path["shippingZoneId"], limit=q.limit, offset=q.offset)
    return {"total": total, "data": rates}


@api.get("/store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}", "get-shipping-rates",
         tokens=LOCATION, query=models.AltQuery, response=models.RateAnswer, summary="Get Shipping Rate")
def get_rate(call: Call) -> dict:
    return _answer(shipping.get_rate(call.tenant, call.path["shippingZoneId"], call.path["shippingRateId"]))


@api.put("/store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}", "update-shipping-rate",
         tokens=LOCATION, body=models.UpdateRateBody, response=models.RateAnswer, summary="Update Shipping Rate")
def update_rate(call: Call) -> dict:
    return _answer(shipping.update_rate(call.tenant, call.path["shippingZoneId"], call.path["shippingRateId"],
                                        sent_fields(call.body)))


@api.delete("/store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}", "delete-shipping-rate",
            tokens=LOCATION, query=models.AltQuery, response=models.StatusAnswer, summary="Delete Shipping Rate")
def delete_rate(call: Call) -> dict:
    shipping.delete_rate(call.tenant, call.path["shippingZoneId"], call.path["shippingRateId"])
    return {"status": True, "message": DONE}


# -- settings --------------------------------------------------------------------------------------------
@api.post("/store/store-setting", "create-store-setting", tokens=LOCATION, body=models.StoreSettingBody,
          response=models.StoreSettingAnswer, status=201, summary="Create/Update Store Settings")
def save_settings(call: Call) -> dict:
    return _answer(settings.save(call.tenant, sent_fields(call.body)))


@api.get("/store/store-setting", "get-store-settings", tokens=LOCATION, query=models.AltQuery,
         response=models.StoreSettingAnswer, summary="Get Store Settings")
def get_settings(call: Call) -> dict:
    return _answer(settings.get(call.tenant))
