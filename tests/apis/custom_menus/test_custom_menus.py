"""Custom menu links (custom-menus.json): an agency's menu entries, created, read, listed, changed, deleted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mock_server.testing.tenant import GhlTenant

MENU = {"title": "Help desk", "url": "https://help.example.com", "icon": {"name": "life-ring", "fontFamily": "fas"},
        "showOnCompany": True, "showOnLocation": True, "showToAllLocations": True, "openMode": "iframe",
        "locations": [], "userRole": "all"}


def test_custom_menu_lifecycle(ghl):
    ghl.freeze(datetime(2024, 5, 6, 7, 8, tzinfo=UTC))
    api = ghl.client(agency=True)
    created = api.post("/custom-menus/", json=MENU)
    assert created.status_code == 201
    menu = created.json()["customMenu"]
    assert menu == {**MENU, "id": menu["id"], "order": 1, "allowCamera": False, "allowMicrophone": False}
    assert api.get(f"/custom-menus/{menu['id']}").json()["customMenu"] == menu

    updated = api.put(f"/custom-menus/{menu['id']}", json={"title": "Support", "icon": {"name": "headset"},
                                                           "allowCamera": True})
    assert updated.status_code == 200 and updated.json()["success"] is True
    changed = {**menu, "title": "Support", "icon": {"name": "headset", "fontFamily": "fas"}, "allowCamera": True}
    assert updated.json()["customMenu"] == changed
    assert api.get("/custom-menus/").json()["customMenus"] == [changed]

    deleted = api.delete(f"/custom-menus/{menu['id']}")
    assert deleted.status_code == 200
    assert deleted.json() | {"traceId": None} == {"success": True, "message": "Custom menu deleted successfully",
                                                  "deletedMenuId": menu["id"], "traceId": None,
                                                  "deletedAt": "2024-05-06T07:08:00.000Z"}
    for answer in (api.get(f"/custom-menus/{menu['id']}"), api.delete(f"/custom-menus/{menu['id']}"),
                   api.put(f"/custom-menus/{menu['id']}", json={"title": "x"})):
        assert (answer.status_code, answer.json()["message"]) == (404, "Custom menu not found")
    assert api.get("/custom-menus/").json() | {"traceId": None} == {"customMenus": [], "totalLinks": 0,
                                                                    "traceId": None}


def test_list_filters_by_where_menus_show_and_pages(ghl):
    second = ghl.location()["id"]
    everywhere = ghl.custom_menu(title="Help desk")
    only_second = ghl.custom_menu(title="Reports", showToAllLocations=False, locations=[second], showOnCompany=False)
    agency_only = ghl.custom_menu(title="Billing help", showOnLocation=False)
    api = ghl.client(agency=True)

    def titles(**params):
        return [m["title"] for m in api.get("/custom-menus/", params=params).json()["customMenus"]]

    assert titles() == ["Help desk", "Reports", "Billing help"]
    assert titles(locationId=ghl.location_id) == ["Help desk"]
    assert titles(locationId=second) == ["Help desk", "Reports"]
    assert titles(showOnCompany="true") == ["Help desk", "Billing help"]
    assert titles(query="HELP") == ["Help desk", "Billing help"]
    paged = api.get("/custom-menus/", params={"skip": "1", "limit": "1"}).json()
    assert ([m["id"] for m in paged["customMenus"]], paged["totalLinks"]) == ([only_second["id"]], 3)
    assert [everywhere["order"], only_second["order"], agency_only["order"]] == [1, 2, 3]


def test_menus_belong_to_their_agency(ghl, ghl_app):
    menu, other = ghl.custom_menu(), GhlTenant(ghl_app, seed="another agency")
    try:
        assert other.client(agency=True).get(f"/custom-menus/{menu['id']}").status_code == 403
        assert other.client(agency=True).get("/custom-menus/").json()["customMenus"] == []
        refused = ghl.client(agency=True).post("/custom-menus/", json={**MENU, "locations": [other.location_id]})
        assert (refused.status_code, refused.json()["message"]) == \
            (403, "The token does not have access to this location.")
    finally:
        other.close()


def test_a_location_token_cannot_manage_menus(ghl):
    assert ghl.client().get("/custom-menus/").status_code == 401


@pytest.mark.ghl_allow_violations("missing_required")
def test_a_menu_needs_its_title_and_where_it_shows(ghl):
    answer = ghl.client(agency=True).post("/custom-menus/", json={"url": "https://x.example"})
    assert answer.status_code == 422
    assert "title must be a string" in answer.json()["message"]


def test_icon_and_locations_may_be_left_out(ghl):
    body = {k: v for k, v in MENU.items() if k not in ("icon", "locations")}
    menu = ghl.client(agency=True).post("/custom-menus/", json=body).json()["customMenu"]
    assert menu["locations"] == [] and "icon" not in menu
