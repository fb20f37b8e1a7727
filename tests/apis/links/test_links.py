"""Trigger links (links.json): created, read, listed, searched, renamed and deleted, per location."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream


def test_trigger_link_lifecycle(ghl):
    api = ghl.client()
    created = api.post("/links/", json={"locationId": ghl.location_id, "name": "Spring offer",
                                        "redirectTo": "https://shop.example.com/spring"})
    assert created.status_code == 201
    link = created.json()["link"]
    assert link == {"id": link["id"], "name": "Spring offer", "redirectTo": "https://shop.example.com/spring",
                    "fieldKey": "{{trigger_link." + link["id"] + "}}", "locationId": ghl.location_id}
    read = api.get(f"/links/id/{link['id']}", params={"locationId": ghl.location_id})
    assert (read.status_code, read.json()["link"]) == (200, link)

    renamed = api.put(f"/links/{link['id']}", json={"name": "Summer offer", "redirectTo": "https://x.example/s"})
    assert renamed.status_code == 201
    assert renamed.json()["link"] == {**link, "name": "Summer offer", "redirectTo": "https://x.example/s"}
    assert api.get("/links/", params={"locationId": ghl.location_id}).json()["links"] == [renamed.json()["link"]]

    deleted = api.delete(f"/links/{link['id']}")
    assert (deleted.status_code, deleted.json()["succeded"]) == (201, True)  # sic: GHL's spelling
    assert api.get("/links/", params={"locationId": ghl.location_id}).json()["links"] == []
    gone = api.get(f"/links/id/{link['id']}", params={"locationId": ghl.location_id})
    assert (gone.status_code, gone.json()["message"]) == (400, "Link not found")
    assert api.put(f"/links/{link['id']}", json={"name": "n", "redirectTo": "r"}).status_code == 400


def test_search_matches_names_and_pages(ghl):
    first, _, third = (ghl.trigger_link(name=name) for name in ("Spring Offer", "Free guide", "spring webinar"))
    api = ghl.client()
    found = api.get("/links/search", params={"locationId": ghl.location_id, "query": "SPRING"}).json()["links"]
    assert [link["id"] for link in found] == [first["id"], third["id"]]
    paged = api.get("/links/search", params={"locationId": ghl.location_id, "query": "spring", "skip": "1",
                                             "limit": "1"}).json()["links"]
    assert [link["id"] for link in paged] == [third["id"]]
    assert len(api.get("/links/search", params={"locationId": ghl.location_id}).json()["links"]) == 3


def test_links_stay_in_their_location(ghl):
    ours, second = ghl.trigger_link(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=second))
    assert api.get(f"/links/id/{ours['id']}", params={"locationId": second}).status_code == 403
    assert api.get("/links/", params={"locationId": second}).json()["links"] == []


def test_v3_delete_answers_both_spellings(ghl):
    link = ghl.trigger_link()
    answer = ghl.client(version="v3").delete(f"/links/{link['id']}")
    assert answer.json() | {"traceId": None} == {"succeded": True, "succeeded": True, "traceId": None}


def test_reads_need_links_readonly(ghl):
    link = ghl.trigger_link()
    api = ghl.client(scopes=["links.write"])
    for path in (f"/links/id/{link['id']}", "/links/search", "/links/"):
        assert api.get(path, params={"locationId": ghl.location_id}).status_code == 401, path


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    api, where = ghl.client(), {"locationId": ghl.location_id}
    link = api.post("/links/", json={**where, "name": "n", "redirectTo": "https://x.example"}).json()
    answers = [("GET", "/links/id/{linkId}", 200, api.get(f"/links/id/{link['link']['id']}", params=where)),
               ("GET", "/links/search", 200, api.get("/links/search", params=where))]
    for method, path, status, answer in answers:
        assert upstream.response_problems("links.json", method, path, status, answer.json()) == [], path
