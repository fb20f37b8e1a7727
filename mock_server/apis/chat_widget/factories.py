"""The ``ghl`` factories of the Chat Widget area."""

from __future__ import annotations

from typing import Any

from mock_server.apis.chat_widget.demo import settings
from mock_server.testing.factories import Factories

# The kinds the API creates; the others only GHL's UI makes (the control plane seeds them).
API_KINDS = ("liveChat", "emailChat")


class ChatWidgetFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def chat_widget(self, chat_type: str = "liveChat", **overrides: Any) -> dict[str, Any]:
        """A chat widget of this location of kind ``chat_type``, answered as GHL does (``_id`` ...): a live chat
        or email widget through the API (POST /chat-widget/), any other kind (``waChat``, ``voiceAiChat``,
        ``allInOneChat`` ...) seeded as GHL's UI makes it (POST /_mock/locations/{id}/chat-widgets).
        Overrides are the create body's fields (``settings`` replaces the generated ones)."""
        with self.fake.draw("chat_widget") as (faker, _):
            body = {"version": 2, "chatType": chat_type, "name": f"{faker.company()} chat",
                    "settings": settings(chat_type, faker.catch_phrase(), faker.hex_color())}
        if chat_type in API_KINDS:
            return self.api("POST", "/chat-widget/", {**body, "locationId": self.location_id} | overrides,
                            what="ghl.chat_widget()")
        return self.api("POST", f"/_mock/locations/{self.location_id}/chat-widgets", body | overrides,
                        what="ghl.chat_widget()")
