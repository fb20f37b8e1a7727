"""The Chat Widget area's part of the demo (``Area.demo``): the main location's live chat widget (its default),
an email widget cloned from it, and a WhatsApp widget as GHL's UI makes one (seeded)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def settings(chat_type: str, heading: str, color: str) -> dict[str, Any]:
    """A widget's settings: its kind and icon (both required), a heading and its theme color."""
    return {"chatType": chat_type, "chatIcon": "messageChatCircle", "heading": heading, "widgetPrimaryColor": color,
            "subHeading": "We usually answer within minutes", "locale": "en-us", "dimensions": {"position": "right"}}


def load(demo: DemoLoader) -> None:
    live = demo.call("POST", "/chat-widget/", token=demo.main_token,
                     json={"version": 2, "chatType": "liveChat", "name": "Website chat", "locationId": demo.main,
                           "settings": settings("liveChat", "Talk to us", "#1E88E5")})
    email = demo.call("POST", "/chat-widget/clone", token=demo.main_token,
                      json={"locationId": demo.main, "chatWidgetId": live["_id"], "name": "Email us"})
    demo.call("PATCH", f"/chat-widget/data/{demo.main}/{email['_id']}", token=demo.main_token,
              json={"chatType": "emailChat", "settings": {"chatType": "emailChat", "heading": "Write to us"}})
    demo.seed(demo.main, "chat-widgets", {"name": "WhatsApp", "chatType": "waChat",
                                          "settings": settings("waChat", "Message us on WhatsApp", "#25D366")})
    demo.summary["chatWidgets"] = 3
