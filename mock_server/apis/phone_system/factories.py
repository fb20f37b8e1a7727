"""``ghl.phone_number()``, ``ghl.available_phone_number()``, ``ghl.number_pool()``: seeded through the control plane."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class PhoneFactories(Factories):
    def phone_number(self, phone_number: str | None = None, **fields: Any) -> dict[str, Any]:
        """A number the location owns (its first is the default SMS ``from``), as active-numbers lists it."""
        body = {"phoneNumber": phone_number or self.fake.phone("owned number"), **fields}
        return self.api("POST", f"/_mock/locations/{self.location_id}/phone-numbers", body,
                        what="ghl.phone_number()")

    def available_phone_number(self, phone_number: str | None = None, **fields: Any) -> dict[str, Any]:
        """A number the location may buy (``.../available`` finds it, ``.../purchase`` takes it)."""
        body = {"numbers": [{"phoneNumber": phone_number or self.fake.phone("stock number"), **fields}]}
        return self.api("POST", f"/_mock/locations/{self.location_id}/available-phone-numbers", body,
                        what="ghl.available_phone_number()")["numbers"][0]

    def number_pool(self, numbers: list[str] | None = None, name: str = "Tracking pool", **fields: Any) -> dict:
        """A number pool of the location's numbers (two new ones if none are given)."""
        numbers = numbers or [self.phone_number()["phoneNumber"] for _ in range(2)]
        return self.api("POST", f"/_mock/locations/{self.location_id}/number-pools",
                        {"name": name, "numbers": numbers, **fields}, what="ghl.number_pool()")
