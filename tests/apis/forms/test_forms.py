"""GET /forms/: the location's seeded forms, paged, and their folders by ``type``."""

from __future__ import annotations

import pytest


def _list(ghl, **params):
    answer = ghl.client().get("/forms/", params={"locationId": ghl.location_id, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_seeded_forms_are_listed_in_order_with_their_total(ghl):
    made = [ghl.form(f"Form {n}") for n in range(3)]
    body = _list(ghl)
    assert body["forms"] == [{"id": f["id"], "name": f["name"], "locationId": ghl.location_id} for f in made]
    assert body["total"] == 3


def test_skip_and_limit_page_the_forms(ghl):
    made = [ghl.form(f"Form {n}")["id"] for n in range(5)]
    page = _list(ghl, skip=1, limit=2)
    assert [f["id"] for f in page["forms"]] == made[1:3] and page["total"] == 5
    assert [f["id"] for f in _list(ghl, skip=4)["forms"]] == made[4:]
    assert len(_list(ghl, limit=50)["forms"]) == 5


@pytest.mark.ghl_allow_violations
def test_the_default_page_is_ten_and_the_limit_at_most_fifty(ghl):
    for n in range(12):
        ghl.form(f"Form {n}")
    assert len(_list(ghl)["forms"]) == 10
    for limit in (51, 0):
        answer = ghl.client().get("/forms/", params={"locationId": ghl.location_id, "limit": limit})
        assert answer.status_code == 422, answer.text


def test_folders_are_listed_only_when_asked_for(ghl):
    folder = ghl.form("Lead forms", type="folder")
    inside = ghl.form("Quote request", parentId=folder["id"])
    assert [f["id"] for f in _list(ghl)["forms"]] == [inside["id"]]
    assert [f["id"] for f in _list(ghl, type="folder")["forms"]] == [folder["id"]]


@pytest.mark.ghl_allow_violations
def test_a_form_cannot_be_put_in_a_form_nor_seeded_as_a_survey(ghl):
    form = ghl.form("Plain")
    control = ghl.client()
    answer = control.post(f"/_mock/locations/{ghl.location_id}/forms", json={"name": "X", "parentId": form["id"]})
    assert (answer.status_code, answer.json()["message"]) == (400, f"parentId {form['id']} is not a folder")
    answer = control.post(f"/_mock/locations/{ghl.location_id}/forms", json={"name": "X", "type": "survey"})
    assert answer.status_code == 422
    assert _list(ghl)["total"] == 1


@pytest.mark.ghl_allow_violations
def test_forms_of_another_location_are_not_listed(ghl):
    ghl.form("Mine")
    other = ghl.location()
    answer = ghl.client().get("/forms/", params={"locationId": other["id"]})
    assert answer.status_code in (400, 403), answer.text
    assert _list(ghl)["total"] == 1
