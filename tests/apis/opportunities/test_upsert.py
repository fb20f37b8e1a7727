"""POST /opportunities/upsert: one opportunity per contact and pipeline."""

from __future__ import annotations


def _upsert(ghl, **fields):
    body = {"locationId": ghl.location_id, "followers": [], "isRemoveAllFollowers": False,
            "followersActionType": "add", **fields}
    return ghl.client().post("/opportunities/upsert", json=body)


def test_creates_then_updates_the_match_by_pipeline_and_contact(ghl):
    pipeline, other = ghl.pipeline(), ghl.pipeline()
    contact = ghl.contact(firstName="Grace", lastName="Hopper")
    follower = ghl.user()["id"]
    first = _upsert(ghl, pipelineId=pipeline["id"], contactId=contact["id"], monetaryValue=100)
    assert first.status_code == 200 and first.json()["new"] is True
    assert first.json()["opportunity"]["name"] == "Grace Hopper"
    second = _upsert(ghl, pipelineId=pipeline["id"], contactId=contact["id"], monetaryValue=250,
                     followers=[follower])
    assert second.json()["new"] is False
    assert second.json()["opportunity"]["id"] == first.json()["opportunity"]["id"]
    assert second.json()["opportunity"]["monetaryValue"] == 250 and second.json()["opportunity"]["followers"] == [follower]
    elsewhere = _upsert(ghl, pipelineId=other["id"], contactId=contact["id"])
    assert elsewhere.json()["new"] is True


def test_by_id_and_follower_removal(ghl):
    opp = ghl.opportunity()
    a, b = ghl.user()["id"], ghl.user()["id"]
    ghl.client().post(f"/opportunities/{opp['id']}/followers", json={"followers": [a, b]})
    answer = _upsert(ghl, id=opp["id"], pipelineId=opp["pipelineId"], followers=[a], followersActionType="remove")
    assert answer.json()["new"] is False and answer.json()["opportunity"]["followers"] == [b]


def test_without_contact_or_id_nothing_can_be_created(ghl):
    answer = _upsert(ghl, pipelineId=ghl.pipeline()["id"])
    assert answer.status_code == 400
    assert answer.json()["message"] == "contactId is required to create an opportunity"
