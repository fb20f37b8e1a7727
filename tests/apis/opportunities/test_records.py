"""Opportunity records over HTTP: references checked, status and stage clocks, followers, orphans."""

from __future__ import annotations


def test_create_lands_on_first_stage_with_contact_summary_and_clock_stamps(ghl):
    stamp = ghl.freeze("2025-03-01T10:00:00Z")
    pipeline = ghl.pipeline(stages=["New", "Won deal"])
    contact = ghl.contact(firstName="Ada", lastName="Lovelace")
    answer = ghl.client().post("/opportunities/", json={
        "locationId": ghl.location_id, "pipelineId": pipeline["id"], "contactId": contact["id"], "name": "Engine",
        "status": "open", "monetaryValue": 1200})
    assert answer.status_code == 201, answer.text
    opp = answer.json()["opportunity"]
    assert opp["pipelineStageId"] == pipeline["stages"][0]["id"]
    assert opp["contact"]["name"] == "Ada Lovelace" and opp["monetaryValue"] == 1200
    assert opp["lastStatusChangeAt"] == opp["lastStageChangeAt"] == "2025-03-01T10:00:00.000Z" == opp["createdAt"]
    assert stamp is not None


def test_unknown_or_foreign_references_are_refused_and_nothing_is_written(ghl):
    api = ghl.client()
    pipeline, other = ghl.pipeline(), ghl.pipeline()
    contact = ghl.contact()
    base = {"locationId": ghl.location_id, "pipelineId": pipeline["id"], "contactId": contact["id"], "name": "X",
            "status": "open"}
    cases = {
        "pipelineId": ("nope", "Pipeline not found"),
        "pipelineStageId": (other["stages"][1]["id"], "Pipeline stage not found in this pipeline"),
        "contactId": ("nope", "Contact with id nope not found"),
        "assignedTo": ("nope", "The user does not exist."),
    }
    for field, (value, message) in cases.items():
        answer = api.post("/opportunities/", json={**base, field: value})
        assert answer.status_code == 400, field
        assert answer.json()["message"] == message
    listed = api.get("/opportunities/search", params={"location_id": ghl.location_id}).json()
    assert listed["meta"]["total"] == 0


def test_status_and_stage_changes_move_their_clocks(ghl):
    api = ghl.client()
    ghl.freeze("2025-03-01T10:00:00Z")
    pipeline = ghl.pipeline(stages=["A", "B"])
    reason = ghl.lost_reason("Too expensive")
    opp = ghl.opportunity(pipeline=pipeline)
    ghl.advance(hours=1)
    moved = api.put(f"/opportunities/{opp['id']}", json={"pipelineStageId": pipeline["stages"][1]["id"]}).json()
    assert moved["opportunity"]["lastStageChangeAt"] == "2025-03-01T11:00:00.000Z"
    assert moved["opportunity"]["lastStatusChangeAt"] == "2025-03-01T10:00:00.000Z"
    ghl.advance(hours=1)
    answer = api.put(f"/opportunities/{opp['id']}/status", json={"status": "lost", "lostReasonId": reason["id"]})
    assert answer.status_code == 200 and answer.json()["succeded"] is True
    now = api.get(f"/opportunities/{opp['id']}").json()["opportunity"]
    assert now["status"] == "lost" and now["lostReasonId"] == reason["id"]
    assert now["lastStatusChangeAt"] == "2025-03-01T12:00:00.000Z"
    assert api.put(f"/opportunities/{opp['id']}/status", json={"status": "all"}).status_code == 422
    assert api.put(f"/opportunities/{opp['id']}/status", json={"status": "lost", "lostReasonId": "x"}).status_code == 400


def test_followers_merge_and_delete_carries_a_json_body(ghl):
    api = ghl.client()
    opp = ghl.opportunity()
    u1, u2, u3 = (ghl.user()["id"] for _ in range(3))
    added = api.post(f"/opportunities/{opp['id']}/followers", json={"followers": [u1, u2, u1]})
    assert added.status_code == 201 and added.json()["followersAdded"] == [u1, u2]
    again = api.post(f"/opportunities/{opp['id']}/followers", json={"followers": [u2, u3]}).json()
    assert again == {**again, "followers": [u1, u2, u3], "followersAdded": [u3]}
    removed = api.request("DELETE", f"/opportunities/{opp['id']}/followers", json={"followers": [u2]}).json()
    assert removed["followers"] == [u1, u3] and removed["followersRemoved"] == [u2]
    everything = api.request("DELETE", f"/opportunities/{opp['id']}/followers",
                             params={"isRemoveAllFollowers": "true"}, json={"followers": []}).json()
    assert everything["followers"] == [] and everything["followersRemoved"] == [u1, u3]


def test_delete_contact_deletes_its_opportunities(ghl):
    api = ghl.client()
    contact = ghl.contact()
    opp, other = ghl.opportunity(contact=contact), ghl.opportunity()
    assert api.delete(f"/contacts/{contact['id']}").status_code == 200
    assert api.get(f"/opportunities/{opp['id']}").status_code == 400
    assert api.get(f"/opportunities/{other['id']}").status_code == 200
    found = api.get("/opportunities/search", params={"location_id": ghl.location_id}).json()["opportunities"]
    assert [o["id"] for o in found] == [other["id"]]


def test_delete_answers_succeded_and_the_record_is_gone(ghl):
    api = ghl.client()
    opp = ghl.opportunity()
    answer = api.delete(f"/opportunities/{opp['id']}")
    assert answer.status_code == 200 and answer.json()["succeded"] is True
    assert api.get(f"/opportunities/{opp['id']}").json()["message"] == f"Opportunity with id {opp['id']} not found"


def test_literal_paths_win_over_id(ghl):
    api = ghl.client()
    ghl.pipeline(name="Sales")
    assert api.get("/opportunities/pipelines", params={"locationId": ghl.location_id}).json()["pipelines"][0][
        "name"] == "Sales"
    assert api.get("/opportunities/lost-reason", params={"locationId": ghl.location_id}).status_code == 200


def test_one_opportunity_per_contact_and_pipeline_unless_the_location_allows_duplicates(ghl):
    api = ghl.client()
    pipeline, other = ghl.pipeline(), ghl.pipeline()
    contact = ghl.contact()
    first = ghl.opportunity(pipeline=pipeline, contact=contact, name="First")
    body = {"locationId": ghl.location_id, "pipelineId": pipeline["id"], "contactId": contact["id"],
            "name": "Second", "status": "open"}
    refused = api.post("/opportunities/", json=body)
    assert refused.status_code == 400
    assert refused.json()["message"] == "Can not create duplicate opportunity for the contact."
    elsewhere = ghl.opportunity(pipeline=other, contact=contact, name="In another pipeline")
    moved = api.put(f"/opportunities/{elsewhere['id']}", json={"pipelineId": pipeline["id"]})
    assert moved.status_code == 400  # moving into the pipeline would make the duplicate too
    listed = api.get("/opportunities/search", params={"location_id": ghl.location_id, "contact_id": contact["id"]})
    assert {o["name"] for o in listed.json()["opportunities"]} == {"First", "In another pipeline"}

    ghl.location_settings(allowDuplicateOpportunity=True)
    assert api.post("/opportunities/", json=body).status_code == 201
    assert api.get(f"/opportunities/{first['id']}").json()["opportunity"]["name"] == "First"


def test_opportunity_custom_fields_are_checked_and_go_with_their_definition(ghl):
    api = ghl.client()
    field = api.post(f"/locations/{ghl.location_id}/customFields",
                     json={"name": "Deal size", "dataType": "NUMERICAL", "model": "opportunity"}).json()["customField"]
    contact_field = api.post(f"/locations/{ghl.location_id}/customFields",
                             json={"name": "Pincode", "dataType": "TEXT"}).json()["customField"]
    pipeline = ghl.pipeline()
    body = {"locationId": ghl.location_id, "pipelineId": pipeline["id"], "contactId": ghl.contact()["id"],
            "name": "Big", "status": "open"}
    wrong_type = api.post("/opportunities/", json={**body, "customFields": [{"id": field["id"], "field_value": "x"}]})
    assert wrong_type.status_code == 422
    contacts_field = api.post("/opportunities/", json={**body, "customFields": [
        {"id": contact_field["id"], "field_value": "12345"}]})
    assert contacts_field.status_code == 422  # a contact field is no opportunity field: unknown here, as in contacts
    assert contact_field["id"] in str(contacts_field.json()["message"])
    made = api.post("/opportunities/", json={**body, "customFields": [{"id": field["id"], "field_value": 250}]})
    assert made.status_code == 201, made.text
    opportunity_id = made.json()["opportunity"]["id"]
    read = api.get(f"/opportunities/{opportunity_id}").json()["opportunity"]
    assert read["customFields"] == [{"id": field["id"], "fieldValue": 250}]

    assert api.delete(f"/locations/{ghl.location_id}/customFields/{field['id']}").status_code == 200
    assert api.get(f"/opportunities/{opportunity_id}").json()["opportunity"]["customFields"] == []
