"""Association definitions: the standard ones every location has, and the location's own."""

from __future__ import annotations

import pytest

PAGE = {"skip": 0, "limit": 100}


def _listed(ghl, **params):
    return ghl.client().get("/associations/", params={"locationId": ghl.location_id, **PAGE, **params}).json()


def test_every_location_has_the_standard_associations_which_cannot_change(ghl):
    api = ghl.client()
    listed = _listed(ghl)
    assert [(a["id"], a["associationType"], a["locationId"]) for a in listed["associations"]] == [
        ("BUSINESSES_CONTACTS_ASSOCIATION", "SYSTEM_DEFINED", ghl.location_id),
        ("OPPORTUNITIES_CONTACTS_ASSOCIATION", "SYSTEM_DEFINED", ghl.location_id)]
    opportunities = api.get("/associations/OPPORTUNITIES_CONTACTS_ASSOCIATION").json()
    assert (opportunities["firstObjectKey"], opportunities["secondObjectKey"]) == ("opportunity", "contact")
    by_key = api.get("/associations/key/BUSINESSES_CONTACTS_ASSOCIATION", params={"locationId": ghl.location_id})
    assert (by_key.json()["firstObjectKey"], by_key.json()["secondObjectKey"]) == ("business", "contact")

    changed = api.put("/associations/OPPORTUNITIES_CONTACTS_ASSOCIATION",
                      json={"firstObjectLabel": "Deal", "secondObjectLabel": "Person"})
    deleted = api.delete("/associations/BUSINESSES_CONTACTS_ASSOCIATION")
    assert (changed.status_code, changed.json()["message"]) == (400, "SYSTEM_DEFINED association cannot be updated")
    assert (deleted.status_code, deleted.json()["message"]) == (400, "SYSTEM_DEFINED association cannot be deleted")
    assert api.get("/associations/OPPORTUNITIES_CONTACTS_ASSOCIATION").json()["firstObjectLabel"] == "Opportunities"


def test_an_association_of_the_locations_own_lifecycle(ghl):
    api = ghl.client()
    ghl.custom_object("children")
    created = api.post("/associations/", json={
        "locationId": ghl.location_id, "key": "student_teacher", "firstObjectKey": "custom_objects.children",
        "firstObjectLabel": "student", "secondObjectKey": "contact", "secondObjectLabel": "Teacher"})
    assert created.status_code == 201
    student = created.json()
    assert {k: student[k] for k in ("key", "firstObjectKey", "firstObjectLabel", "secondObjectKey",
                                    "secondObjectLabel", "associationType", "locationId")} == {
        "key": "student_teacher", "firstObjectKey": "custom_objects.children", "firstObjectLabel": "student",
        "secondObjectKey": "contact", "secondObjectLabel": "Teacher", "associationType": "USER_DEFINED",
        "locationId": ghl.location_id}
    student.pop("traceId")
    assert {k: v for k, v in api.get(f"/associations/{student['id']}").json().items() if k != "traceId"} == student
    assert api.get("/associations/key/student_teacher", params={"locationId": ghl.location_id}).json()["id"] == \
        student["id"]

    for_children = api.get("/associations/objectKey/custom_objects.children").json()["associations"]
    for_contacts = api.get("/associations/objectKey/contact", params={"locationId": ghl.location_id}).json()
    assert [a["id"] for a in for_children] == [student["id"]]
    assert [a["id"] for a in for_contacts["associations"]] == [
        "BUSINESSES_CONTACTS_ASSOCIATION", "OPPORTUNITIES_CONTACTS_ASSOCIATION", student["id"]]
    assert api.get("/associations/objectKey/business").json()["associations"][0]["id"] == \
        "BUSINESSES_CONTACTS_ASSOCIATION"

    relabelled = api.put(f"/associations/{student['id']}", json={"firstObjectLabel": "pupil",
                                                                  "secondObjectLabel": "tutor"}).json()
    assert (relabelled["firstObjectLabel"], relabelled["secondObjectLabel"], relabelled["key"]) == \
        ("pupil", "tutor", "student_teacher")

    gone = api.delete(f"/associations/{student['id']}")
    assert {k: v for k, v in gone.json().items() if k != "traceId"} == {
        "deleted": True, "id": student["id"], "message": "Association deleted successfully"}
    for answer in (api.get(f"/associations/{student['id']}"),
                   api.get("/associations/key/student_teacher", params={"locationId": ghl.location_id}),
                   api.delete(f"/associations/{student['id']}")):
        assert (answer.status_code, answer.json()["message"]) == (400, "Association not found")
    assert _listed(ghl)["total"] == 2


def test_listing_pages_with_skip_and_limit_and_counts_everything(ghl):
    made = [ghl.association(key=f"link_{n}")["id"] for n in range(3)]
    everything = ["BUSINESSES_CONTACTS_ASSOCIATION", "OPPORTUNITIES_CONTACTS_ASSOCIATION", *made]
    assert [a["id"] for a in _listed(ghl)["associations"]] == everything
    page = _listed(ghl, skip=1, limit=2)
    assert ([a["id"] for a in page["associations"]], page["total"]) == (everything[1:3], 5)


def test_keys_are_unique_in_a_location_and_object_keys_must_be_known(ghl):
    api = ghl.client()
    ghl.association(key="spouse")

    def create(**fields):
        body = {"locationId": ghl.location_id, "key": "fresh", "firstObjectKey": "contact",
                "firstObjectLabel": "A", "secondObjectKey": "contact", "secondObjectLabel": "B", **fields}
        return api.post("/associations/", json=body)

    for key in ("spouse", "OPPORTUNITIES_CONTACTS_ASSOCIATION"):
        taken = create(key=key)
        assert (taken.status_code, taken.json()["message"]) == (400, f"Association with key {key} already exists")
    for object_key in ("invoice", "custom_objects.", "Contact", "custom_objects.unmade"):
        refused = create(secondObjectKey=object_key)
        assert (refused.status_code, refused.json()["message"]) == (400, f"Invalid object key: {object_key}")
    assert _listed(ghl)["total"] == 3


def test_another_locations_association_cannot_be_read(ghl):
    mine = ghl.association(key="mine")
    other = ghl.location()
    theirs = ghl.client(token=ghl.token(location_id=other["id"]))
    answer = theirs.get(f"/associations/{mine['id']}")
    assert answer.status_code == 403  # the platform's tenant check: the id belongs to another location
    assert [a["key"] for a in theirs.get("/associations/", params={"locationId": other["id"], **PAGE})
            .json()["associations"]] == ["BUSINESSES_CONTACTS_ASSOCIATION", "OPPORTUNITIES_CONTACTS_ASSOCIATION"]


@pytest.mark.ghl_allow_violations("missing_required", "invalid_value")  # bad bodies and queries on purpose
def test_bad_input_gets_ghls_422(ghl):
    api = ghl.client()
    no_labels = api.post("/associations/", json={"locationId": ghl.location_id, "key": "k",
                                                 "firstObjectKey": "contact", "secondObjectKey": "contact"})
    assert no_labels.status_code == 422 and "firstObjectLabel must be a string" in no_labels.json()["message"]
    no_paging = api.get("/associations/", params={"locationId": ghl.location_id})
    assert no_paging.status_code == 422
    update = api.put("/associations/OPPORTUNITIES_CONTACTS_ASSOCIATION", json={"firstObjectLabel": "x"})
    assert update.status_code == 422 and "secondObjectLabel must be a string" in update.json()["message"]
