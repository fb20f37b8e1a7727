"""The public widget config a website's loader reads with no token, and the seeded widgets of GHL's UI."""

from __future__ import annotations

import httpx
from mock_server.testing.transport import InProcessTransport


def anonymous(ghl) -> httpx.Client:
    return httpx.Client(transport=InProcessTransport(ghl.app), base_url="https://services.leadconnectorhq.com",
                        headers={"Version": "v3"})


def test_a_website_reads_a_widgets_config_without_a_token(ghl):
    widget = ghl.chat_widget(settings={"chatType": "liveChat", "chatIcon": "messageChatCircle",
                                       "liveChatAckMsg": "Thanks!", "theme": {"name": "blue"}})
    answer = anonymous(ghl).get(f"/chat-widget/public/config/{widget['_id']}")
    assert answer.status_code == 200
    assert answer.json()["config"] == {
        "widget-id": widget["_id"], "location-id": ghl.location_id, "chat-type": "liveChat", "version": 2,
        "chat-icon": "messageChatCircle", "live-chat-ack-msg": "Thanks!", "theme": {"name": "blue"}}
    ghl.client().patch(f"/chat-widget/data/{ghl.location_id}/{widget['_id']}", json={"settings": {"heading": "Yo"}})
    assert anonymous(ghl).get(f"/chat-widget/public/config/{widget['_id']}").json()["config"]["heading"] == "Yo"


def test_an_unknown_or_deleted_widget_has_no_config(ghl):
    widget, contact = ghl.chat_widget(), ghl.contact()
    ghl.client().delete(f"/chat-widget/{ghl.location_id}/{widget['_id']}")
    for unknown in (widget["_id"], contact["id"], "nope"):
        answer = anonymous(ghl).get(f"/chat-widget/public/config/{unknown}")
        assert (answer.status_code, answer.json()["message"]) == (404, "Chat widget not found"), unknown


def test_the_control_plane_seeds_widgets_only_the_ui_makes(ghl):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/chat-widgets",
                               json={"name": "WhatsApp", "chatType": "waChat", "settings": {"waNumber": "+15550100"}})
    assert answer.status_code == 201
    seeded = answer.json()
    read = ghl.client().get(f"/chat-widget/data/{ghl.location_id}/{seeded['_id']}").json()
    assert (read["chatType"], read["version"], read["settings"], read["default"]) == \
        ("waChat", 2, {"waNumber": "+15550100"}, True)
    refused = ghl.client().post(f"/_mock/locations/{ghl.location_id}/chat-widgets",
                                json={"name": "x", "chatType": "pigeonChat"})
    assert refused.status_code == 422
