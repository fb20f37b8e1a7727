"""The ``ghl`` factories of the Marketplace area: a location's wallet, an app's rebilling plans, its charges."""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from mock_server.testing.factories import DEFAULT_VERSION, Factories, RecordRefused
from mock_server.testing.transport import GHL_BASE_URL


class MarketplaceFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def wallet(self, balance: float) -> dict[str, Any]:
        """Set this location's wallet balance in USD (``POST /_mock/locations/{id}/marketplace/wallet``)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/marketplace/wallet", {"balance": balance},
                        what="ghl.wallet()")

    def app_meter(self, app: Any, meter_name: str = "Messages sent", *, price: float = 0.01,
                  price_type: str = "fixed", **fields: Any) -> dict[str, Any]:
        """Give ``app`` (an ``InstalledApp``, ``ghl.install_app()``) one usage meter at this location
        (its rebilling config); answers the meter, whose ``meterId`` charges name."""
        with self.fake.draw("app_meter") as (faker, n):
            meter = {"meterId": faker.hexify("^" * 24), "meterName": meter_name, "priceType": price_type,
                     "fixedPricePerUnit": price, "minPricePerUnit": price, **fields}
        config = self.api("POST", f"/_mock/locations/{self.location_id}/marketplace/apps/{app.app_id}"
                                  "/rebilling-config", {"usage": [meter]}, what="ghl.app_meter()")
        return config["plans"]["usage"][0]

    def wallet_charge(self, app: Any, meter: dict[str, Any] | str | None = None, *, units: float = 1,
                      **overrides: Any) -> dict[str, Any]:
        """A charge of ``units`` by ``app`` (an ``InstalledApp``, with its access token) on ``meter`` (a new
        fixed 0.01 USD meter if none; a meter id of a dynamic one takes ``price=``); answers the charge."""
        meter_id = meter if isinstance(meter, str) else (meter or self.app_meter(app))["meterId"]
        with self.fake.draw("wallet_charge") as (faker, n):
            body = {"appId": app.app_id, "meterId": meter_id, "eventId": f"evt_{faker.uuid4()}",
                    "locationId": self.location_id, "companyId": self.company_id,
                    "description": f"{units:g} units of usage ({n})", "units": units}
        created = self._as_app(app, "POST", "/marketplace/billing/charges", body | overrides, "ghl.wallet_charge()")
        return self._as_app(app, "GET", f"/marketplace/billing/charges/{created['chargeId']}", None,
                            "ghl.wallet_charge()")

    def _as_app(self, app: Any, method: str, path: str, body: Any, what: str) -> Any:
        """A call with the app's own token (charges are the calling app's)."""
        headers = {"Authorization": f"Bearer {app.access_token}", "Version": DEFAULT_VERSION,
                   "Content-Type": "application/json"}
        request = httpx.Request(method, GHL_BASE_URL + path, headers=headers,
                                content=orjson.dumps(body) if body is not None else b"")
        response = self._transport().handle_request(request)
        response.read()
        if not response.is_success:
            raise RecordRefused(what, response)
        return response.json()
