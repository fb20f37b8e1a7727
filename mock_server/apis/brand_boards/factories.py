"""The ``ghl`` factories of the Brand Boards area: brand boards and brand voices."""

from __future__ import annotations

from typing import Any

from mock_server.apis.brand_boards.demo import design, voice_answers
from mock_server.testing.factories import Factories


class BrandBoardFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def brand_board(self, **overrides: Any) -> dict[str, Any]:
        """A brand board of this location with a logo, a color and a font (POST /brand-boards/)."""
        with self.fake.draw("brand_board") as (faker, n):
            body = {"locationId": self.location_id, "name": f"{faker.company()} brand", **design(n, faker.hex_color())}
        return self.api("POST", "/brand-boards/", body | overrides, what="ghl.brand_board()")

    def brand_voice(self, **overrides: Any) -> dict[str, Any]:
        """A brand voice of this location written by hand (``type: manual``, the four required answers);
        overrides are create-brand-voice fields (POST /brand-boards/locations/{locationId}/brand-voices)."""
        with self.fake.draw("brand_voice") as (faker, _):
            company = faker.company()
            body = {"type": "manual", "name": f"{company} voice", "answers": voice_answers(company)}
        return self.api("POST", f"/brand-boards/locations/{self.location_id}/brand-voices", body | overrides,
                        what="ghl.brand_voice()")
