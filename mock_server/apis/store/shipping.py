"""Shipping of a location's store: zones (countries and states), their rates, carriers, and the rate
calculation for an order at checkout.

Rate amounts and price conditions are kept in the currency's minor units (``products.money``); weight
conditions are weights, kept as sent.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.products import money
from mock_server.apis.store.tables import CARRIERS, RATES, ZONES
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known.
BOUNDS_REVERSED = "minCondition must not be greater than maxCondition"
CARRIER_IN_USE = "Shipping carrier {id} is used by shipping rates"
# DECISION: a rate of the store's own (no carrier) sends an empty ``shippingCarrierId`` (the file requires the
# field); any other value must be a carrier of the location.


# -- zones -----------------------------------------------------------------------------------------------
def _stamped(tenant: Tenant, record: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    now = iso_z(tenant.now())
    content = {k: v for k, v in fields.items() if k not in ("altId", "altType") and v is not None}
    return {**record, **content, "createdAt": record.get("createdAt", now), "updatedAt": now}


def _new(tenant: Tenant) -> dict[str, Any]:
    record_id = tenant.new_id()
    return {"id": record_id, "_id": record_id, "altId": tenant.location_id, "altType": "location"}


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


def create_zone(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    return zone_view(tenant, tenant.store.put(ZONES, _stamped(tenant, _new(tenant), fields)), with_rates=False)


def update_zone(tenant: Tenant, zone_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    zone = tenant.store.put(ZONES, _stamped(tenant, tenant.require(ZONES, zone_id), fields))
    return zone_view(tenant, zone, with_rates=False)


def zone_view(tenant: Tenant, zone: dict[str, Any], *, with_rates: bool) -> dict[str, Any]:
    answer = _public(zone)
    if with_rates:
        answer["shippingRates"] = [rate_view(r) for r in _rates_of(tenant, zone["id"])]
    return answer


def get_zone(tenant: Tenant, zone_id: str, *, with_rates: bool) -> dict[str, Any]:
    return zone_view(tenant, tenant.require(ZONES, zone_id), with_rates=with_rates)


def list_zones(tenant: Tenant, *, limit: int, offset: int, with_rates: bool) -> tuple[list[dict[str, Any]], int]:
    zones = sorted(tenant.store.scan(ZONES), key=lambda z: z["createdAt"])
    return [zone_view(tenant, z, with_rates=with_rates) for z in _page(zones, offset, limit)], len(zones)


def delete_zone(tenant: Tenant, zone_id: str) -> None:
    """The zone and its rates (a cascade declared in area.py)."""
    tenant.require(ZONES, zone_id)
    tenant.delete(ZONES, zone_id)


def _page(items: list[Any], offset: int, limit: int) -> list[Any]:
    return items[offset:offset + limit] if limit else items[offset:]


# -- rates -----------------------------------------------------------------------------------------------
def _rates_of(tenant: Tenant, zone_id: str) -> list[dict[str, Any]]:
    return sorted(tenant.store.find(RATES, "shippingZoneId", zone_id), key=lambda r: r["createdAt"])


def rate_view(rate: dict[str, Any]) -> dict[str, Any]:
    """The rate as GHL answers it: money back in major units; price bounds too."""
    answer = {k: v for k, v in _public(rate).items() if not k.endswith("Minor")}
    currency = rate["currency"]
    answer["amount"] = money.as_number(rate["amountMinor"], currency)
    if rate["conditionType"] == "price":
        answer["minCondition"] = money.as_number(rate["minConditionMinor"], currency)
        answer["maxCondition"] = money.as_number(rate["maxConditionMinor"], currency)
    return answer


def create_rate(tenant: Tenant, zone_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    tenant.require(ZONES, zone_id)
    return rate_view(_write_rate(tenant, {**_new(tenant), "shippingZoneId": zone_id}, fields))


def update_rate(tenant: Tenant, zone_id: str, rate_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    rate = _rate_of(tenant, zone_id, rate_id)
    current = rate_view(rate)
    kept = {k: v for k, v in rate.items() if not k.endswith("Minor")}
    # DECISION: a null is a field not sent (the file declares none nullable): the rate keeps its value.
    sent = {k: v for k, v in fields.items() if v is not None}
    return rate_view(_write_rate(tenant, kept, {**{k: current.get(k) for k in MONEY}, **sent}))


MONEY = ("amount", "minCondition", "maxCondition")


def _write_rate(tenant: Tenant, rate: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    record = _stamped(tenant, rate, {k: v for k, v in fields.items() if k not in MONEY})
    if record["shippingCarrierId"]:
        tenant.require(CARRIERS, record["shippingCarrierId"])
    currency = record["currency"]
    record["amountMinor"] = money.to_minor(fields["amount"], currency)
    low, high = fields["minCondition"], fields["maxCondition"]
    if record["conditionType"] == "price":
        record["minConditionMinor"], record["maxConditionMinor"] = money.to_minor(low, currency), \
            money.to_minor(high, currency)
        record["minCondition"] = record["maxCondition"] = None
    else:
        record["minCondition"], record["maxCondition"] = low, high
    if high and Decimal(str(low)) > Decimal(str(high)):
        raise BadRequest(BOUNDS_REVERSED)
    return tenant.store.put(RATES, {k: v for k, v in record.items() if v is not None})


def _rate_of(tenant: Tenant, zone_id: str, rate_id: str) -> dict[str, Any]:
    """The zone's rate: a rate of another zone is unknown to this one."""
    tenant.require(ZONES, zone_id)
    rate = tenant.require(RATES, rate_id)
    if rate["shippingZoneId"] != zone_id:
        raise tenant.world.areas.table(RATES).missing(rate_id)
    return rate


def get_rate(tenant: Tenant, zone_id: str, rate_id: str) -> dict[str, Any]:
    return rate_view(_rate_of(tenant, zone_id, rate_id))


def delete_rate(tenant: Tenant, zone_id: str, rate_id: str) -> None:
    _rate_of(tenant, zone_id, rate_id)
    tenant.delete(RATES, rate_id)


def list_rates(tenant: Tenant, zone_id: str, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    tenant.require(ZONES, zone_id)
    rates = _rates_of(tenant, zone_id)
    return [rate_view(r) for r in _page(rates, offset, limit)], len(rates)


# -- the rate calculation at checkout ------------------------------------------------------------------------
def available_rates(tenant: Tenant, *, country: str, state: str | None, order_amount: float, order_weight: float,
                    weight_known: bool = True) -> list[dict[str, Any]]:
    """The rates an order to ``country`` (``state``) can ship with, cheapest first.

    A zone serves the order when it lists the country, and, when it lists states for it, the order's state
    among them. A rate of such a zone applies when its condition holds:
    - ``none``: always;
    - ``price``: ``minCondition <= totalOrderAmount <= maxCondition`` (in the rate's currency, exactly);
    - ``weight``: ``minCondition <= totalOrderWeight <= maxCondition`` (skipped when ``weightAvailable`` is false).
    DECISION: a ``maxCondition`` of 0 is no upper bound (GHL's UI leaves "max" empty for "and up").
    DECISION: a carrier rate (``isCarrierRate``) is quoted as its own ``amount`` plus ``percentageOfRateFee``
    percent, rounded half up to the minor unit: the mock never calls a carrier's ``callbackUrl``.
    """
    found = []
    for zone in tenant.store.scan(ZONES):
        if not _serves(zone, country, state):
            continue
        for rate in _rates_of(tenant, zone["id"]):
            if _applies(rate, order_amount, order_weight, weight_known):
                found.append(_quote(rate))
    return sorted(found, key=lambda r: Decimal(str(r["amount"])))


def _serves(zone: dict[str, Any], country: str, state: str | None) -> bool:
    for entry in zone["countries"]:
        if entry["code"] == country:
            states = {s["code"] for s in entry.get("states") or []}
            return not states or state in states
    return False


def _applies(rate: dict[str, Any], amount: float, weight: float, weight_known: bool) -> bool:
    kind = rate["conditionType"]
    if kind == "none":
        return True
    if kind == "price":
        value, low, high = money.to_minor(amount, rate["currency"]), rate["minConditionMinor"], rate["maxConditionMinor"]
    else:
        if not weight_known:
            return False
        value, low, high = Decimal(str(weight)), Decimal(str(rate["minCondition"])), Decimal(str(rate["maxCondition"]))
    return low <= value and (not high or value <= high)


def _quote(rate: dict[str, Any]) -> dict[str, Any]:
    minor = rate["amountMinor"]
    if rate.get("isCarrierRate") and rate.get("percentageOfRateFee"):
        fee = Decimal(minor) * Decimal(str(rate["percentageOfRateFee"])) / 100
        minor += int(fee.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    keys = ("_id", "name", "description", "currency", "isCarrierRate", "shippingCarrierId", "percentageOfRateFee",
            "shippingCarrierServices", "shippingZoneId")
    return {**{k: rate[k] for k in keys if k in rate}, "amount": money.as_number(minor, rate["currency"])}


# -- carriers --------------------------------------------------------------------------------------------
def create_carrier(tenant: Tenant, fields: dict[str, Any], app_id: str | None) -> dict[str, Any]:
    """DECISION: a carrier belongs to the Marketplace app whose token registered it: ``marketplaceAppId`` is the
    app id of the token's client id (``<appId>-<suffix>``, what GHL's tokens carry as ``oauthMeta.client``); a
    private integration token's carrier gets an empty one."""
    record = {**_new(tenant), "marketplaceAppId": (app_id or "").split("-")[0], "services": [],
              "allowsMultipleServiceSelection": False}
    return _public(tenant.store.put(CARRIERS, _stamped(tenant, record, fields)))


def update_carrier(tenant: Tenant, carrier_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    return _public(tenant.store.put(CARRIERS, _stamped(tenant, tenant.require(CARRIERS, carrier_id), fields)))


def get_carrier(tenant: Tenant, carrier_id: str) -> dict[str, Any]:
    return _public(tenant.require(CARRIERS, carrier_id))


def list_carriers(tenant: Tenant) -> list[dict[str, Any]]:
    return [_public(c) for c in sorted(tenant.store.scan(CARRIERS), key=lambda c: c["createdAt"])]


def delete_carrier(tenant: Tenant, carrier_id: str) -> None:
    """DECISION: a carrier that rates still name is refused (400), so no rate is left pointing nowhere."""
    tenant.require(CARRIERS, carrier_id)
    if tenant.store.ids_where(RATES, "shippingCarrierId", carrier_id):
        raise BadRequest(CARRIER_IN_USE.format(id=carrier_id))
    tenant.delete(CARRIERS, carrier_id)
