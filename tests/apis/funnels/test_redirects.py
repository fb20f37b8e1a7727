"""Redirects (funnels.json): created, listed, searched, retargeted and deleted; duplicates and bad input refused."""

from __future__ import annotations

import pytest

REDIRECT = "/funnels/lookup/redirect"


def _body(ghl, **fields):
    return {"locationId": ghl.location_id, "domain": "Example.com", "path": "/Old-Page",
            "target": "https://new.example.com/page", "action": "url"} | fields


def _list(ghl, **params):
    return ghl.client().get(f"{REDIRECT}/list", params={"locationId": ghl.location_id, "limit": 20, "offset": 0,
                                                        **params})


def test_a_redirect_lifecycle(ghl):
    api = ghl.client()
    created = api.post(REDIRECT, json=_body(ghl))
    assert created.status_code == 200, created.text
    redirect = created.json()["data"]
    assert redirect == {"id": redirect["id"], "locationId": ghl.location_id, "domain": "example.com",
                        "path": "/Old-Page", "pathLowercase": "/old-page", "type": "Permanent",
                        "target": "https://new.example.com/page", "action": "url"}
    assert _list(ghl).json()["data"] == {"count": 1, "data": [redirect]}

    funnel = ghl.funnel()
    moved = api.patch(f"{REDIRECT}/{redirect['id']}", json={"locationId": ghl.location_id, "target": funnel["_id"],
                                                           "action": "funnel"})
    assert moved.status_code == 200
    assert moved.json()["data"] == {**redirect, "target": funnel["_id"], "action": "funnel"}

    deleted = api.delete(f"{REDIRECT}/{redirect['id']}", params={"locationId": ghl.location_id})
    assert (deleted.status_code, deleted.json()["data"]) == (200, {"status": "ok"})
    assert _list(ghl).json()["data"] == {"count": 0, "data": []}
    again = api.delete(f"{REDIRECT}/{redirect['id']}", params={"locationId": ghl.location_id})
    assert (again.status_code, again.json()["message"]) == (400, "Redirect not found")


def test_a_second_redirect_of_the_same_domain_and_path_is_refused(ghl):
    ghl.redirect(domain="example.com", path="/promo")
    for domain, path in (("example.com", "/promo"), ("EXAMPLE.com", "/PROMO"), ("example.com", "promo")):
        answer = ghl.client().post(REDIRECT, json=_body(ghl, domain=domain, path=path))
        assert (answer.status_code, answer.json()["message"]) == (
            400, "A redirect for this domain and path already exists")
    assert ghl.client().post(REDIRECT, json=_body(ghl, domain="other.example.com", path="/promo")).status_code == 200
    assert _list(ghl).json()["data"]["count"] == 2


def test_the_listing_pages_and_searches(ghl):
    made = [ghl.redirect(domain="shop.example.com", path=f"/item-{n}") for n in range(3)]
    ghl.redirect(domain="blog.example.com", path="/item-9")
    page = _list(ghl, limit=2, offset=1).json()["data"]
    assert page["count"] == 4 and [r["id"] for r in page["data"]] == [made[1]["id"], made[2]["id"]]
    found = _list(ghl, search="SHOP.example.com/item").json()["data"]
    assert [r["id"] for r in found["data"]] == [r["id"] for r in made] and found["count"] == 3


@pytest.mark.parametrize(("fields", "message"), [
    ({"domain": "https://example.com"}, "domain must be a valid domain name, without protocol or path"),
    ({"domain": "not a domain"}, "domain must be a valid domain name, without protocol or path"),
    ({"path": "/"}, "path must be a path of the domain, like /old-page"),
    ({"path": "/has space"}, "path must be a path of the domain, like /old-page"),
    ({"target": "ftp://x.example.com"}, "target must be a valid http or https URL"),
    ({"action": "funnel", "target": "no-such-funnel"}, "target must be the id of a funnel of this location"),
])
def test_bad_redirects_are_refused_and_nothing_is_kept(ghl, fields, message):
    answer = ghl.client().post(REDIRECT, json=_body(ghl, **fields))
    assert (answer.status_code, answer.json()["message"]) == (400, message)
    assert _list(ghl).json()["data"]["count"] == 0


def test_a_website_redirect_names_a_website(ghl):
    site, funnel = ghl.funnel(type="website"), ghl.funnel()
    assert ghl.client().post(REDIRECT, json=_body(ghl, action="website", target=site["_id"])).status_code == 200
    wrong = ghl.client().post(REDIRECT, json=_body(ghl, path="/x", action="website", target=funnel["_id"]))
    assert (wrong.status_code, wrong.json()["message"]) == (400, "target must be the id of a website of this location")


@pytest.mark.ghl_allow_violations
def test_the_listing_requires_limit_and_offset(ghl):
    # live: a missing offset is a 422 (a developer's notes on GHL's redirect listing)
    answer = ghl.client().get(f"{REDIRECT}/list", params={"locationId": ghl.location_id, "limit": 10})
    assert answer.status_code == 422
