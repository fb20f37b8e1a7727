"""Brand boards (brand-boards.json): a location's logos, colors and fonts; one default; deleted to the trash."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from mock_server.contracts import upstream


def test_brand_board_lifecycle(ghl):
    ghl.freeze(datetime(2024, 3, 4, tzinfo=UTC))
    api = ghl.client()
    color = {"id": "c1", "hex": "#112233", "hexa": "#112233FF", "rgb": "rgb(17, 34, 51)",
             "rgba": "rgba(17, 34, 51, 1)", "label": "Ink"}
    created = api.post("/brand-boards/", json={"locationId": ghl.location_id, "name": "Main", "colors": [color]})
    assert created.status_code == 201
    board = created.json()
    assert board | {"traceId": None} == {
        "_id": board["_id"], "locationId": ghl.location_id, "name": "Main", "logos": [], "colors": [color],
        "fonts": [], "default": False, "deleted": False, "createdAt": "2024-03-04T00:00:00.000Z",
        "updatedAt": "2024-03-04T00:00:00.000Z", "traceId": None,
        "meta": {"updatedBy": ghl.user_id, "lastAction": "CREATE", "sourceType": "blank"}}
    read = api.get(f"/brand-boards/{ghl.location_id}/{board['_id']}").json()
    assert read["colors"] == [color] and read["name"] == "Main"

    ghl.advance(60)
    updated = api.patch(f"/brand-boards/{ghl.location_id}/{board['_id']}", json={"name": "Renamed"}).json()
    assert (updated["name"], updated["colors"], updated["meta"]["lastAction"], updated["updatedAt"]) == \
        ("Renamed", [color], "UPDATE", "2024-03-04T00:01:00.000Z")
    listed = api.get(f"/brand-boards/{ghl.location_id}").json()
    assert listed["totalCount"] == 1 and listed["brandBoards"] == [
        {"_id": board["_id"], "name": "Renamed", "updatedAt": updated["updatedAt"], "default": False,
         "meta": updated["meta"]}]

    deleted = api.delete(f"/brand-boards/{ghl.location_id}/{board['_id']}")
    assert deleted.status_code == 200 and deleted.json()["deleted"] is True
    for answer in (api.get(f"/brand-boards/{ghl.location_id}/{board['_id']}"),
                   api.patch(f"/brand-boards/{ghl.location_id}/{board['_id']}", json={"name": "x"}),
                   api.delete(f"/brand-boards/{ghl.location_id}/{board['_id']}")):
        assert (answer.status_code, answer.json()["message"]) == (404, "Brand board not found")
    assert api.get(f"/brand-boards/{ghl.location_id}").json()["brandBoards"] == []
    trash = api.get(f"/brand-boards/{ghl.location_id}", params={"deleted": "true"}).json()["brandBoards"]
    assert [b["_id"] for b in trash] == [board["_id"]]


def test_one_default_board_per_location(ghl):
    first = ghl.brand_board(default=True)
    second = ghl.brand_board(default=True)
    api = ghl.client()
    assert api.get(f"/brand-boards/{ghl.location_id}/{first['_id']}").json()["default"] is False
    api.patch(f"/brand-boards/{ghl.location_id}/{first['_id']}", json={"default": True})
    assert api.get(f"/brand-boards/{ghl.location_id}/{second['_id']}").json()["default"] is False


def test_a_board_made_from_another_copies_its_design(ghl):
    template = ghl.brand_board()
    copy = ghl.client().post("/brand-boards/", json={"locationId": ghl.location_id, "name": "Copy",
                                                     "brandBoardId": template["_id"], "type": "template"}).json()
    assert [copy[k] for k in ("logos", "colors", "fonts")] == [template[k] for k in ("logos", "colors", "fonts")]
    assert (copy["originId"], copy["meta"]["sourceId"], copy["meta"]["sourceType"]) == \
        (template["_id"], template["_id"], "template")
    unknown = ghl.client().post("/brand-boards/", json={"locationId": ghl.location_id, "name": "x",
                                                        "brandBoardId": "nope"})
    assert unknown.status_code == 404


def test_list_searches_names_newest_change_first_and_pages(ghl):
    spring, _, summer = (ghl.brand_board(name=n) for n in ("Spring sale", "Core", "Summer sale"))
    api = ghl.client()
    ghl.advance(5)
    api.patch(f"/brand-boards/{ghl.location_id}/{spring['_id']}", json={"name": "Spring sale 2"})
    found = api.get(f"/brand-boards/{ghl.location_id}", params={"search": "SALE"}).json()
    assert ([b["_id"] for b in found["brandBoards"]], found["totalCount"]) == ([spring["_id"], summer["_id"]], 2)
    paged = api.get(f"/brand-boards/{ghl.location_id}", params={"offset": "1", "limit": "1"}).json()
    assert ([b["_id"] for b in paged["brandBoards"]], paged["totalCount"]) == ([summer["_id"]], 3)


def test_boards_stay_in_their_location(ghl):
    board, second = ghl.brand_board(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=second))
    assert api.get(f"/brand-boards/{second}/{board['_id']}").status_code == 403
    assert api.get(f"/brand-boards/{ghl.location_id}").status_code == 403
    assert api.get(f"/brand-boards/{second}").json()["brandBoards"] == []


@pytest.mark.ghl_allow_violations("missing_required")
def test_a_color_needs_all_its_notations(ghl):
    answer = ghl.client().post("/brand-boards/", json={"locationId": ghl.location_id, "name": "x",
                                                       "colors": [{"id": "c", "hex": "#000000"}]})
    assert answer.status_code == 422


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    board, api, path = ghl.brand_board(), ghl.client(), "/brand-boards/{locationId}/{id}"
    url = f"/brand-boards/{ghl.location_id}/{board['_id']}"
    for method, answer in (("GET", api.get(url)), ("PATCH", api.patch(url, json={"name": "x"})),
                           ("DELETE", api.delete(url))):
        assert upstream.response_problems("brand-boards.json", method, path, 200, answer.json()) == [], method


def test_a_board_from_a_website_keeps_the_design_it_was_sent(ghl):
    answer = ghl.client(version="v3").post("/brand-boards/", json={"locationId": ghl.location_id, "name": "Site",
                                                                   "url": "https://acme.example.com"})
    assert answer.status_code == 201 and (answer.json()["name"], answer.json()["logos"]) == ("Site", [])
