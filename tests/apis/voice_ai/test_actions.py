"""Voice AI agent actions (voice-ai.json): typed parameters, the records they name, kept with their agent."""

from __future__ import annotations

import pytest

SMS = {"triggerPrompt": "Wants the link", "triggerMessage": "Texting it now.", "messageBody": "https://example.com"}


def test_action_lifecycle(ghl):
    agent, api = ghl.voice_agent(), ghl.client()
    body = {"agentId": agent["id"], "locationId": ghl.location_id, "actionType": "SMS", "name": "Send link",
            "actionParameters": SMS}
    created = api.post("/voice-ai/actions", json=body)
    assert created.status_code == 201, created.text
    action = created.json()
    assert {k: action[k] for k in ("actionType", "name", "actionParameters")} == \
        {"actionType": "SMS", "name": "Send link", "actionParameters": SMS}
    url, params = f"/voice-ai/actions/{action['id']}", {"locationId": ghl.location_id}
    agent_url = f"/voice-ai/agents/{agent['id']}"
    assert [a["id"] for a in api.get(agent_url, params=params).json()["actions"]] == [action["id"]]

    transfer = {"triggerPrompt": "Asks for a human", "transferToType": "number", "transferToValue": "+15550100",
                "triggerMessage": "Connecting you."}
    updated = api.put(url, json={**body, "actionType": "CALL_TRANSFER", "name": "Transfer",
                                 "actionParameters": transfer})
    assert updated.status_code == 200, updated.text
    read = api.get(url, params=params).json()
    assert (read["actionType"], read["name"], read["actionParameters"]) == ("CALL_TRANSFER", "Transfer", transfer)

    deleted = api.delete(url, params={**params, "agentId": agent["id"]})
    assert (deleted.status_code, deleted.content) == (204, b"")
    gone = api.get(url, params=params)
    assert (gone.status_code, gone.json()["message"]) == (400, f"No Action found for the id: {action['id']}")
    assert api.get(agent_url, params=params).json()["actions"] == []


def test_deleting_the_agent_deletes_its_actions(ghl):
    action = ghl.voice_action()
    api, params = ghl.client(), {"locationId": ghl.location_id}
    agent_id = api.get("/voice-ai/agents", params=params).json()["agents"][0]["id"]
    api.delete(f"/voice-ai/agents/{agent_id}", params=params)
    assert api.get(f"/voice-ai/actions/{action['id']}", params=params).status_code == 400


def test_an_action_is_changed_and_deleted_through_its_own_agent(ghl):
    action, other = ghl.voice_action(), ghl.voice_agent()
    api, params = ghl.client(), {"locationId": ghl.location_id}
    body = {"agentId": other["id"], "locationId": ghl.location_id, "actionType": "SMS", "name": "x",
            "actionParameters": SMS}
    moved = api.put(f"/voice-ai/actions/{action['id']}", json=body)
    assert (moved.status_code, moved.json()["message"]) == \
        (400, f"Action {action['id']} does not belong to agent {other['id']}")
    refused = api.delete(f"/voice-ai/actions/{action['id']}", params={**params, "agentId": other["id"]})
    assert refused.status_code == 400
    assert api.get(f"/voice-ai/actions/{action['id']}", params=params).status_code == 200
    unknown = api.post("/voice-ai/actions", json={**body, "agentId": "nope"})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "No Agent found for the id: nope")


@pytest.mark.ghl_allow_violations
def test_parameters_must_be_those_of_the_type(ghl):
    agent, api = ghl.voice_agent(), ghl.client()
    body = {"agentId": agent["id"], "locationId": ghl.location_id, "name": "x"}
    wrong = api.post("/voice-ai/actions", json={**body, "actionType": "WORKFLOW_TRIGGER", "actionParameters": SMS})
    assert (wrong.status_code, wrong.json()["message"]) == \
        (422, ["actionParameters must be the parameters of a WORKFLOW_TRIGGER action"])
    extraction = {"contactFieldId": "f", "description": "Their budget", "examples": []}
    empty = api.post("/voice-ai/actions", json={**body, "actionType": "DATA_EXTRACTION",
                                                "actionParameters": extraction})
    assert (empty.status_code, empty.json()["message"]) == \
        (422, ["actionParameters.examples must contain between 1 and 5 elements"])
    shapeless = api.post("/voice-ai/actions", json={**body, "actionType": "SMS", "actionParameters": {"x": 1}})
    assert shapeless.status_code == 422
    assert ghl.client().get(f"/voice-ai/agents/{agent['id']}",
                            params={"locationId": ghl.location_id}).json()["actions"] == []


def test_the_records_parameters_name_must_exist(ghl):
    agent, api = ghl.voice_agent(), ghl.client()
    body = {"agentId": agent["id"], "locationId": ghl.location_id, "name": "x"}
    trigger = {"triggerPrompt": "p", "triggerMessage": "m", "workflowId": "nope"}
    missing = api.post("/voice-ai/actions", json={**body, "actionType": "WORKFLOW_TRIGGER",
                                                  "actionParameters": trigger})
    assert (missing.status_code, missing.json()["message"]) == (400, "Workflow not found")
    calendar = ghl.calendar()
    booking = {"calendarId": calendar["id"], "daysOfOfferingDates": 3, "slotsPerDay": 2, "hoursBetweenSlots": 1}
    booked = api.post("/voice-ai/actions", json={**body, "actionType": "APPOINTMENT_BOOKING",
                                                 "actionParameters": booking})
    assert booked.status_code == 201 and booked.json()["actionParameters"] == booking
    field = ghl.custom_field()
    extraction = {"contactFieldId": field["id"], "description": "Budget", "examples": ["$500"]}
    assert api.post("/voice-ai/actions", json={**body, "actionType": "IN_CALL_DATA_EXTRACTION",
                                               "actionParameters": extraction}).status_code == 201


def test_actions_stay_in_their_location(ghl):
    action, second = ghl.voice_action(), ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert other.get(f"/voice-ai/actions/{action['id']}", params={"locationId": second}).status_code == 403


def test_scopes(ghl):
    action, params = ghl.voice_action(), {"locationId": ghl.location_id}
    agents_only = ghl.client(scopes=["voice-ai-agents.readonly", "voice-ai-agents.write"])
    refused = agents_only.get(f"/voice-ai/actions/{action['id']}", params=params)
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")
    reader = ghl.client(scopes=["voice-ai-agent-goals.readonly"])
    assert reader.get(f"/voice-ai/actions/{action['id']}", params=params).status_code == 200
    assert reader.delete(f"/voice-ai/actions/{action['id']}", params=params).status_code == 401
