"""The ``ghl`` factories of the Store area: shipping zones and rates."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class StoreFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def shipping_zone(self, name: str = "Domestic", countries: list[Any] | None = None) -> dict[str, Any]:
        """A shipping zone of this location (``POST /store/shipping-zone``); ``countries`` as codes (``["US"]``,
        the default) or GHL's objects (``[{"code": "US", "states": [{"code": "CA"}]}]``)."""
        listed = [c if isinstance(c, dict) else {"code": c} for c in countries or ["US"]]
        body = {"altId": self.location_id, "altType": "location", "name": name, "countries": listed}
        return self.api("POST", "/store/shipping-zone", body, what="ghl.shipping_zone()")["data"]

    def shipping_rate(self, zone: Ref | None = None, amount: float = 5, **fields: Any) -> dict[str, Any]:
        """A flat USD rate of ``zone`` (a new US zone if none), the store's own (no carrier) unless
        ``shippingCarrierId`` says otherwise; ``conditionType="price"`` with ``minCondition``/``maxCondition``
        for a rate that applies to order totals in a range."""
        zone_id = ref_id(zone) if zone is not None else self.shipping_zone()["_id"]
        body = {"altId": self.location_id, "altType": "location", "name": fields.pop("name", "Standard"),
                "currency": "USD", "amount": amount, "conditionType": "none", "minCondition": 0, "maxCondition": 0,
                "shippingCarrierId": "", **fields}
        return self.api("POST", f"/store/shipping-zone/{zone_id}/shipping-rate", body,
                        what="ghl.shipping_rate()")["data"]
