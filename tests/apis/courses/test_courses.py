"""Courses import (courses.json): what an import makes is kept, with ids, and read through the control plane."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mock_server.apis.courses.demo import course

IMPORT = "/courses/courses-exporter/public/import"


def imported(ghl):
    return ghl.client().get(f"/_mock/locations/{ghl.location_id}/courses").json()["products"]


def test_an_import_keeps_every_course_with_its_structure(ghl):
    ghl.freeze(datetime(2024, 1, 2, tzinfo=UTC))
    first, second = course("Growth 101"), course("Sales 201")
    answer = ghl.client().post(IMPORT, json={"locationId": ghl.location_id, "userId": ghl.user_id,
                                             "products": [first, second]})
    assert answer.status_code == 201 and answer.json()["success"] is True

    products = imported(ghl)
    assert [p["title"] for p in products] == ["Growth 101", "Sales 201"]
    growth = products[0]
    assert (growth["locationId"], growth["importedBy"], growth["importedAt"]) == \
        (ghl.location_id, ghl.user_id, "2024-01-02T00:00:00.000Z")
    assert growth["instructorDetails"] == first["instructorDetails"]
    start, bonus = growth["categories"]
    assert [post["title"] for post in start["posts"]] == ["Welcome", "First steps"]
    assert start["posts"][1]["postMaterials"] == first["categories"][0]["posts"][1]["postMaterials"]
    assert bonus["subCategories"][0]["posts"][0]["title"] == "Interview 1"
    ids = [growth["id"], start["id"], bonus["id"], bonus["subCategories"][0]["id"],
           *(post["id"] for post in start["posts"])]
    assert len(set(ids)) == len(ids)

    ghl.client().post(IMPORT, json={"locationId": ghl.location_id, "products": [first]})
    again = imported(ghl)
    assert [p["title"] for p in again] == ["Growth 101", "Sales 201", "Growth 101"]
    assert again[2]["id"] != growth["id"] and again[2]["importedBy"] is None


def test_imports_stay_in_their_location(ghl):
    ghl.course()
    second = ghl.location()["id"]
    assert ghl.client().get(f"/_mock/locations/{second}/courses").json()["products"] == []
    refused = ghl.client().post(IMPORT, json={"locationId": second, "products": [course("x")]})
    assert refused.status_code == 403


def test_an_unknown_importing_user_imports_nothing(ghl):
    answer = ghl.client().post(IMPORT, json={"locationId": ghl.location_id, "userId": "nobody",
                                             "products": [course("x")]})
    assert (answer.status_code, answer.json()["message"]) == (400, "The user does not exist.")
    assert imported(ghl) == []


@pytest.mark.ghl_allow_violations("missing_required")
def test_a_lesson_needs_its_description_and_nothing_is_kept_without_it(ghl):
    broken = course("x")
    del broken["categories"][0]["posts"][0]["description"]
    answer = ghl.client().post(IMPORT, json={"locationId": ghl.location_id, "products": [broken]})
    assert answer.status_code == 422
    assert imported(ghl) == []


def test_import_needs_courses_write(ghl):
    answer = ghl.client(scopes=["contacts.write"]).post(IMPORT, json={"locationId": ghl.location_id,
                                                                     "products": []})
    assert answer.status_code == 401


def test_the_course_factory_returns_the_stored_course(ghl):
    made = ghl.course(title="Made by a factory")
    assert imported(ghl) == [made] and made["title"] == "Made by a factory"
