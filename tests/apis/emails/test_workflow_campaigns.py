"""Workflow e-mail campaigns (emails-v3.json): seeded for a workflow of the location, listed with its name and
status, read with their steps (content served back), 404 when unknown."""

from __future__ import annotations

import pytest

BASE = "/emails/locations/{}/campaigns/workflows"


def _workflow(ghl, name, status="published"):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/workflows", json={"name": name, "status": status})
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_a_seeded_campaign_shows_its_workflow_and_steps(ghl):
    workflow = _workflow(ghl, "Onboarding")
    seeded = ghl.email_workflow_campaign(workflow["id"], steps=[
        {"name": "Welcome", "subject": "Hello", "fromEmail": "hi@acme.test", "html": "<p>Welcome</p>"},
        {"name": "Follow up", "subject": "Still there?", "isPlainText": True, "html": "Plain"}])
    read = ghl.client().get(BASE.format(ghl.location_id) + f"/{seeded['id']}").json()
    assert (read["name"], read["status"], read["source"], read["sourceId"]) == (
        "Onboarding", "published", "workflow", workflow["id"])
    steps = read["subSources"]
    assert [(s["name"], s["subject"], s["editorType"]) for s in steps] == [
        ("Welcome", "Hello", "html"), ("Follow up", "Still there?", "text")]
    assert ghl.client().get(steps[0]["editorContentUrl"]).text == "<p>Welcome</p>"
    assert ghl.client().get(steps[1]["editorContentUrl"]).text == "Plain"


def test_listing_filters(ghl):
    ghl.freeze("2026-05-01T10:00:00Z")
    live = ghl.email_workflow_campaign(_workflow(ghl, "Live nurture")["id"])
    ghl.advance(minutes=1)
    draft = ghl.email_workflow_campaign(_workflow(ghl, "Draft idea", status="draft")["id"])

    def ids(**params):
        answer = ghl.client().get(BASE.format(ghl.location_id), params=params)
        assert answer.status_code == 200, answer.text
        return [c["id"] for c in answer.json()["campaigns"]]

    assert ids() == [draft["id"], live["id"]]
    assert ids(status="published") == [live["id"]] and ids(search="IDEA") == [draft["id"]]
    assert ids(limit=1, offset=1) == [live["id"]]


@pytest.mark.ghl_allow_violations
def test_refusals(ghl):
    seed = f"/_mock/locations/{ghl.location_id}/email-workflow-campaigns"
    assert ghl.client().post(seed, json={"workflowId": "noSuchWorkflow000000"}).status_code == 400
    assert ghl.client().post(seed, json={"workflowId": _workflow(ghl, "W")["id"], "steps": []}).status_code == 422
    missing = ghl.client().get(BASE.format(ghl.location_id) + "/noSuchCampaign000000")
    assert (missing.status_code, missing.json()["message"]) == (404, "Campaign not found")
    assert ghl.client().get(BASE.format(ghl.location_id)).json()["total"] == 0
