"""The opportunity events, paired as GHL sends them live (``mock_server/apis/opportunities/events.py``)."""

from __future__ import annotations


def _types(ghl, since: int = 0) -> list[str]:
    return [e["type"] for e in ghl.events()][since:]


def test_each_change_sends_opportunity_update_and_one_event_per_changed_field(ghl):
    api = ghl.client()
    pipeline = ghl.pipeline(stages=["New", "Won"])
    contact = ghl.contact()
    mark = len(ghl.events())
    created = api.post("/opportunities/", json={
        "locationId": ghl.location_id, "pipelineId": pipeline["id"], "contactId": contact["id"], "name": "Deal",
        "status": "open", "monetaryValue": 100}).json()["opportunity"]
    assert _types(ghl, mark) == ["OpportunityCreate", "OpportunityUpdate"]
    api.put(f"/opportunities/{created['id']}", json={
        "pipelineStageId": pipeline["stages"][1]["id"], "monetaryValue": 250, "assignedTo": ghl.user_id})
    assert _types(ghl, mark + 2) == ["OpportunityUpdate", "OpportunityStageUpdate",
                                     "OpportunityMonetaryValueUpdate", "OpportunityAssignedToUpdate"]
    api.put(f"/opportunities/{created['id']}/status", json={"status": "won"})
    api.put(f"/opportunities/{created['id']}/status", json={"status": "won"})  # unchanged: the update alone
    assert _types(ghl, mark + 6) == ["OpportunityUpdate", "OpportunityStatusUpdate", "OpportunityUpdate"]
    status = ghl.events("OpportunityStatusUpdate")[0]["payload"]
    assert (status["id"], status["status"], status["monetaryValue"]) == (created["id"], "won", 250)
    api.delete(f"/opportunities/{created['id']}")
    assert _types(ghl, mark + 9) == ["OpportunityDelete", "OpportunityUpdate"]
