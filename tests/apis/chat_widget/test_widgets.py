"""Chat widgets (v3/chat-widget-v3.json): create, read, replace, patch, clone and delete a location's widgets;
one default; deleted to the trash."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

SETTINGS = {"chatType": "liveChat", "chatIcon": "messageChatCircle", "heading": "Hi",
            "theme": {"name": "blue", "colors": {"headerColor": "#112233", "buttonColor": "#445566"}}}


def widget_url(ghl, widget_id: str) -> str:
    return f"/chat-widget/data/{ghl.location_id}/{widget_id}"


def test_chat_widget_lifecycle(ghl):
    ghl.freeze(datetime(2024, 7, 8, tzinfo=UTC))
    api = ghl.client(version="v3")
    created = api.post("/chat-widget/", json={"version": 2, "chatType": "liveChat", "name": "Site chat",
                                              "locationId": ghl.location_id, "settings": SETTINGS})
    assert created.status_code == 201
    widget = created.json()
    assert widget | {"traceId": None} == {
        "_id": widget["_id"], "version": 2, "chatType": "liveChat", "name": "Site chat",
        "locationId": ghl.location_id, "deleted": False, "default": True, "settings": SETTINGS,
        "updatedBy": ghl.user_id, "createdAt": "2024-07-08T00:00:00.000Z", "updatedAt": "2024-07-08T00:00:00.000Z",
        "traceId": None}
    url = widget_url(ghl, widget["_id"])
    assert api.get(url).json()["settings"] == SETTINGS

    ghl.advance(60)
    renamed = api.patch(url, json={"name": "Web chat"}).json()
    assert (renamed["name"], renamed["settings"], renamed["updatedAt"]) == \
        ("Web chat", SETTINGS, "2024-07-08T00:01:00.000Z")
    listed = api.get("/chat-widget/list", params={"locationId": ghl.location_id, "offset": "0", "limit": "10"}).json()
    assert (listed["chatWidgets"], listed["totalCount"]) == ([
        {"_id": widget["_id"], "name": "Web chat", "chatType": "liveChat", "default": True, "settings": SETTINGS,
         "createdAt": widget["createdAt"], "updatedAt": renamed["updatedAt"]}], 1)

    deleted = api.delete(f"/chat-widget/{ghl.location_id}/{widget['_id']}")
    assert deleted.status_code == 200 and (deleted.json()["deleted"], deleted.json()["default"]) == (True, False)
    for answer in (api.get(url), api.put(url, json={"name": "x"}), api.patch(url, json={"name": "x"}),
                   api.delete(f"/chat-widget/{ghl.location_id}/{widget['_id']}"),
                   api.post("/chat-widget/clone", json={"locationId": ghl.location_id,
                                                        "chatWidgetId": widget["_id"]})):
        assert (answer.status_code, answer.json()["message"]) == (404, "Chat widget not found")
    assert api.get("/chat-widget/list", params={"locationId": ghl.location_id, "offset": "0",
                                                "limit": "10"}).json()["totalCount"] == 0


def test_patch_merges_settings_where_put_replaces_them(ghl):
    widget = ghl.chat_widget(settings=SETTINGS)
    api, url = ghl.client(), widget_url(ghl, widget["_id"])
    patched = api.patch(url, json={"settings": {"heading": "Hello", "theme": {"colors": {"headerColor": "#000000"}}}})
    assert patched.json()["settings"] == {**SETTINGS, "heading": "Hello", "theme": {
        "name": "blue", "colors": {"headerColor": "#000000", "buttonColor": "#445566"}}}
    replaced = api.put(url, json={"chatType": "emailChat", "settings": {"chatType": "emailChat", "chatIcon": "mail"}})
    assert (replaced.json()["chatType"], replaced.json()["name"], replaced.json()["settings"]) == \
        ("emailChat", widget["name"], {"chatType": "emailChat", "chatIcon": "mail"})
    assert api.get(url).json()["settings"] == {"chatType": "emailChat", "chatIcon": "mail"}


@pytest.mark.ghl_allow_violations("missing_required")
def test_whole_settings_need_their_kind_and_icon(ghl):
    widget, api = ghl.chat_widget(), ghl.client()
    refused = api.put(widget_url(ghl, widget["_id"]), json={"settings": {"heading": "x"}})
    assert refused.status_code == 422
    created = api.post("/chat-widget/", json={"version": 2, "chatType": "liveChat", "name": "x",
                                              "locationId": ghl.location_id, "settings": {"chatType": "liveChat"}})
    assert created.status_code == 422
    assert api.get(widget_url(ghl, widget["_id"])).json()["settings"] == widget["settings"]


def test_one_default_widget_and_its_heir(ghl):
    first = ghl.chat_widget()
    second, third = ghl.chat_widget(), ghl.chat_widget()
    assert [w["default"] for w in (first, second, third)] == [True, False, False]
    api = ghl.client()
    ghl.advance(5)
    api.patch(widget_url(ghl, second["_id"]), json={"default": True})
    assert api.get(widget_url(ghl, first["_id"])).json()["default"] is False
    ghl.advance(5)
    api.patch(widget_url(ghl, first["_id"]), json={"name": "Touched last"})
    api.delete(f"/chat-widget/{ghl.location_id}/{second['_id']}")
    assert [api.get(widget_url(ghl, w["_id"])).json()["default"] for w in (first, third)] == [True, False]


def test_a_clone_copies_kind_and_settings_and_names_its_origin(ghl):
    source = ghl.chat_widget("emailChat", settings=SETTINGS | {"chatType": "emailChat"})
    api = ghl.client()
    clone = api.post("/chat-widget/clone", json={"locationId": ghl.location_id, "chatWidgetId": source["_id"]})
    assert clone.status_code == 201
    copy = clone.json()
    assert (copy["name"], copy["chatType"], copy["settings"], copy["default"], copy["originId"]) == \
        (source["name"] + " (copy)", "emailChat", source["settings"], False, source["_id"])
    again = api.post("/chat-widget/clone", json={"locationId": ghl.location_id, "chatWidgetId": copy["_id"],
                                                 "name": "Third"}).json()
    assert (again["name"], again["originId"]) == ("Third", source["_id"])
    api.patch(widget_url(ghl, copy["_id"]), json={"settings": {"heading": "Changed"}})
    assert api.get(widget_url(ghl, source["_id"])).json()["settings"]["heading"] == "Hi"


def test_widgets_stay_in_their_location(ghl):
    widget, second = ghl.chat_widget(), ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert other.get(f"/chat-widget/data/{second}/{widget['_id']}").status_code == 403
    assert other.get(widget_url(ghl, widget["_id"])).status_code == 403
    assert other.get("/chat-widget/list", params={"locationId": ghl.location_id, "offset": "0",
                                                  "limit": "10"}).status_code == 403
    refused = other.post("/chat-widget/clone", json={"locationId": second, "chatWidgetId": widget["_id"]})
    assert (refused.status_code, refused.json()["message"]) == (404, "Chat widget not found")
    assert other.get("/chat-widget/list", params={"locationId": second, "offset": "0",
                                                  "limit": "10"}).json()["chatWidgets"] == []


def test_changing_a_widget_needs_the_write_scope(ghl):
    widget = ghl.chat_widget()
    reader = ghl.client(scopes=["chat-widget.readonly"])
    refused = reader.patch(widget_url(ghl, widget["_id"]), json={"name": "x"})
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert reader.get(widget_url(ghl, widget["_id"])).json()["name"] == widget["name"]
    writer = ghl.client(scopes=["chat-widget.write"])
    assert writer.get("/chat-widget/list", params={"locationId": ghl.location_id, "offset": "0",
                                                   "limit": "1"}).status_code == 401


def test_a_null_setting_is_a_setting_not_sent(ghl):
    widget = ghl.chat_widget(settings={**SETTINGS, "heading": None, "theme": {"name": None}})
    assert widget["settings"] == {"chatType": "liveChat", "chatIcon": "messageChatCircle", "theme": {}}
