"""The ``ghl`` factories of the payments area: ``ghl.coupon(...)``, ``ghl.order(...)``, ``ghl.subscription(...)``."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
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
