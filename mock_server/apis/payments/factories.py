"""The ``ghl`` factories of the payments area: ``ghl.coupon(...)``, ``ghl.order(...)``, ``ghl.subscription(...)``."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from mock_server.apis.common import iso_z
from mock_server.apis.payments import provider_calls
from mock_server.testing.factories import Factories, Ref, ref_id

ALT = "location"


class PaymentFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def coupon(self, code: str | None = None, **overrides: Any) -> dict[str, Any]:
        """A coupon of this location (POST /payments/coupon), active from now on the mock clock: 10 % off,
        no end, no limit. Overrides are create-coupon fields (``discountType="amount"``, ``usageLimit=1`` ...)."""
        with self.fake.draw("coupon") as (faker, n):
            body = {"altId": self.location_id, "altType": ALT, "name": f"{faker.word().title()} sale {n}",
                    "code": code or f"SAVE{n}{faker.random_int(10, 99)}", "discountType": "percentage",
                    "discountValue": 10, "startDate": iso_z(self.now())}
        return self.api("POST", "/payments/coupon", {**body, **overrides}, what="ghl.coupon()")

    def order(self, contact: Ref | None = None, *, items: list[dict[str, Any]] | None = None,
              **overrides: Any) -> dict[str, Any]:
        """An unpaid order of ``contact`` (a new contact if none), placed through the control plane (GHL's API
        only reads orders): two items unless ``items`` are given; ``couponCode="..."`` redeems a coupon."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        if items is None:
            with self.fake.draw("order") as (faker, _):
                items = [{"name": faker.catch_phrase(), "amount": faker.random_int(500, 20000) / 100,
                          "qty": faker.random_int(1, 3)} for _ in range(2)]
        body = {"contactId": contact_id, "items": items, **overrides}
        return self.api("POST", f"/_mock/locations/{self.location_id}/orders", body, what="ghl.order()")

    def subscription(self, contact: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """An active monthly subscription of ``contact`` (a new contact if none), through the control plane."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        body = {"contactId": contact_id, "amount": 29, **overrides}
        return self.api("POST", f"/_mock/locations/{self.location_id}/subscriptions", body,
                        what="ghl.subscription()")

    def payment_provider(self, app: Any = None, *, query_url: str = "https://provider.test/query",
                         name: str = "Test payments", live_key: str = "live-secret",
                         test_key: str = "test-secret") -> dict[str, Any]:
        """A custom payment provider registered (POST /payments/custom-provider/provider) and connected in both
        modes (POST /payments/custom-provider/connect) in this location; answers the config as GHL does.

        With ``app`` (your provider: an ASGI or WSGI app), the mock's calls to ``query_url`` (``verify``,
        ``refund``) are served by it in-process. ``ghl.provider_charge(...)`` then plays a customer's payment."""
        if app is not None:
            parts = urlsplit(query_url)
            provider_calls.route_in_process(self.world, f"{parts.scheme}://{parts.netloc}", app)
        where = {"locationId": self.location_id}
        self.api("POST", "/payments/custom-provider/provider", {
            "name": name, "description": f"{name} (ghl-mock)", "paymentsUrl": query_url.rsplit("/", 1)[0] + "/pay",
            "queryUrl": query_url, "imageUrl": "https://provider.test/logo.png", "supportsSubscriptionSchedule": False},
            params=where, what="ghl.payment_provider()")
        return self.api("POST", "/payments/custom-provider/connect", {
            "live": {"apiKey": live_key, "publishableKey": f"pk-{live_key}"},
            "test": {"apiKey": test_key, "publishableKey": f"pk-{test_key}"}}, params=where,
            what="ghl.payment_provider()")

    def provider_charge(self, *, invoice: Ref | None = None, order: Ref | None = None, charge_id: str = "ch_test_1",
                        live_mode: bool = False, amount: float | None = None) -> dict[str, Any]:
        """A customer pays ``invoice`` or ``order`` through the custom provider's iframe (its charge ``charge_id``):
        the mock calls the provider's queryUrl with ``verify`` and applies the answer, as GHL does. Answers
        ``{"transaction": ..., "verify": {request, status, reply}}``."""
        body: dict[str, Any] = {"chargeId": charge_id, "liveMode": live_mode}
        body.update({"invoiceId": ref_id(invoice)} if invoice is not None else {})
        body.update({"orderId": ref_id(order)} if order is not None else {})
        if amount is not None:
            body["amount"] = amount
        return self.api("POST", f"/_mock/locations/{self.location_id}/custom-provider/charges", body,
                        what="ghl.provider_charge()")
