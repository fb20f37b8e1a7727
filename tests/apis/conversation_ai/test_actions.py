"""An agent's actions (conversation-ai.json): attached, listed, read, replaced, removed; each kind's rules, the
records they name, and the followup settings of advanced followups."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

STOP = {"type": "stopBot", "name": "Stop", "details": {
    "stopBotDetectionType": "Custom", "stopBotTriggerCondition": "Done", "reactivateEnabled": False, "enabled": True,
    "stopBotExamples": ["bye", "no thanks"], "finalMessage": "Bye!"}}
FOLLOWUP = {"type": "advancedFollowup", "name": "Nudge", "details": {
    "enabled": True, "scenarioId": "contactStoppedReplying",
    "followupSequence": [{"id": 1, "followupTimeUnit": "hours", "followupTime": 2}]}}
SETTINGS = {"dynamicChannelSwitching": False, "followUpHours": True, "timezoneToUse": "contact",
            "workingHours": [{"dayOfTheWeek": 1, "intervals": [{"startHour": 9, "startMinute": 0, "endHour": 17,
                                                                "endMinute": 30}]}]}


def _workflow(ghl) -> str:
    return ghl.api("POST", f"/_mock/locations/{ghl.location_id}/workflows", {"name": "Welcome"})["id"]


def test_action_lifecycle(ghl):
    agent, api = ghl.ai_agent(), ghl.client()
    base = f"/conversation-ai/agents/{agent['id']}/actions"
    created = api.post(base, json=STOP)
    assert created.status_code == 201
    action = created.json()["data"]
    assert action == {"id": action["id"], "agentId": agent["id"], **STOP}
    assert api.get(f"{base}/list").json()["data"] == [action]
    assert api.get(f"{base}/{action['id']}").json()["data"] == action

    workflow_id = _workflow(ghl)
    replaced = api.put(f"{base}/{action['id']}", json={"type": "triggerWorkflow", "name": "Enroll", "details": {
        "workflowIds": [workflow_id], "triggerCondition": "The contact asks for the guide"}})
    assert (replaced.status_code, replaced.json()["data"]["type"], replaced.json()["data"]["details"]["workflowIds"]) \
        == (200, "triggerWorkflow", [workflow_id])
    assert api.get(f"/conversation-ai/agents/{agent['id']}").json()["actions"] == [
        {"id": action["id"], "type": "triggerWorkflow"}]

    removed = api.delete(f"{base}/{action['id']}")
    assert removed.json() | {"traceId": None} == {"data": {"id": action["id"]}, "success": True, "traceId": None}
    assert api.get(f"{base}/list").json()["data"] == []
    gone = api.get(f"{base}/{action['id']}")
    assert (gone.status_code, gone.json()["message"]) == (400, "Action not found")


def test_an_action_belongs_to_its_agent(ghl):
    action, other = ghl.ai_agent_action(), ghl.ai_agent()
    answer = ghl.client().get(f"/conversation-ai/agents/{other['id']}/actions/{action['id']}")
    assert (answer.status_code, answer.json()["message"]) == (400, "Action not found")


@pytest.mark.ghl_allow_violations
def test_details_are_read_as_the_type_says(ghl):
    agent = ghl.ai_agent()
    answer = ghl.client().post(f"/conversation-ai/agents/{agent['id']}/actions",
                               json={**STOP, "type": "transferBot"})
    assert answer.status_code == 422
    assert answer.json()["message"][:2] == ["details.transferBotType must be one of the following values: Default, Custom",
                                            "details.transferToBot must be a string"]
    assert "property details.stopBotDetectionType should not exist" in answer.json()["message"]


@pytest.mark.ghl_allow_violations
def test_the_files_rules_per_kind(ghl):
    agent, api = ghl.ai_agent(), ghl.client()
    url = f"/conversation-ai/agents/{agent['id']}/actions"
    booking = {"type": "appointmentBooking", "name": "Book", "details": {
        "calendarId": "c", "onlySendLink": True, "triggerWorkflow": True, "sleepAfterBooking": False,
        "transferBot": False, "rescheduleEnabled": False, "cancelEnabled": False}}
    assert api.post(url, json=booking).json()["message"] == [
        "triggerWorkflow cannot be true when onlySendLink is true",
        "workflowIds is required when triggerWorkflow is true"]
    one_example = {**STOP, "details": {**STOP["details"], "stopBotExamples": ["bye"], "reactivateEnabled": True}}
    assert api.post(url, json=one_example).json()["message"] == [
        "stopBotExamples must contain at least 2 elements", "sleepTime is required when reactivateEnabled is true",
        "sleepTimeUnit is required when reactivateEnabled is true"]
    long_wait = {**FOLLOWUP, "details": {**FOLLOWUP["details"], "followupSequence": [
        {"id": 1, "followupTimeUnit": "minutes", "followupTime": 61, "aiEnabledMessage": False}]}}
    assert api.post(url, json=long_wait).json()["message"] == [
        "followupSequence.0.followupTime must not be greater than 60 minutes",
        "followupSequence.0.customMessage is required when aiEnabledMessage is false"]
    assert api.get(f"{url}/list").json()["data"] == []


def test_named_records_must_be_the_locations(ghl):
    agent, api = ghl.ai_agent(), ghl.client()
    url = f"/conversation-ai/agents/{agent['id']}/actions"
    booking = {"type": "appointmentBooking", "name": "Book", "details": {
        "calendarId": "nope", "onlySendLink": False, "triggerWorkflow": False, "sleepAfterBooking": False,
        "transferBot": False, "rescheduleEnabled": True, "cancelEnabled": True}}
    assert (api.post(url, json=booking).json()["message"]) == "Calendar not found"
    calendar = ghl.calendar()
    booked = api.post(url, json={**booking, "details": {**booking["details"], "calendarId": calendar["id"]}})
    assert booked.status_code == 201
    to_self = {"type": "transferBot", "name": "Hand over", "details": {
        "transferBotType": "Default", "transferToBot": agent["id"], "enabled": True}}
    assert api.post(url, json=to_self).json()["message"] == "An agent cannot transfer to itself"
    sales = ghl.ai_agent(name="Sales")
    transfer = api.post(url, json={**to_self, "details": {**to_self["details"], "transferToBot": sales["id"]}})
    assert transfer.status_code == 201
    trigger = {"type": "triggerWorkflow", "name": "Enroll", "details": {"workflowIds": ["nope"],
                                                                        "triggerCondition": "Asked"}}
    assert api.post(url, json=trigger).status_code == 400


def test_followup_settings_update_the_agents_advanced_followups(ghl):
    agent, api = ghl.ai_agent(), ghl.client()
    url = f"/conversation-ai/agents/{agent['id']}"
    followup = api.post(f"{url}/actions", json=FOLLOWUP).json()["data"]
    stop = api.post(f"{url}/actions", json=STOP).json()["data"]
    answer = api.patch(f"{url}/followup-settings", json={"actionIds": [followup["id"]], "followupSettings": SETTINGS})
    assert (answer.status_code, answer.json()["data"]["details"]["followupSettings"]) == (200, SETTINGS)
    assert api.get(f"{url}/actions/{followup['id']}").json()["data"]["details"]["followupSettings"] == SETTINGS
    refused = api.patch(f"{url}/followup-settings", json={"actionIds": [stop["id"]], "followupSettings": SETTINGS})
    assert (refused.status_code, refused.json()["message"]) == (
        400, f"Action {stop['id']} is not an advanced followup action of this agent")


def test_another_locations_actions_are_unknown(ghl):
    action, elsewhere = ghl.ai_agent_action(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=elsewhere))
    base = f"/conversation-ai/agents/{action['agentId']}"
    for answer in (api.get(f"{base}/actions/list"), api.get(f"{base}/actions/{action['id']}"),
                   api.post(f"{base}/actions", json=STOP), api.put(f"{base}/actions/{action['id']}", json=STOP),
                   api.delete(f"{base}/actions/{action['id']}"),
                   api.patch(f"{base}/followup-settings", json={"actionIds": [action["id"]],
                                                                 "followupSettings": SETTINGS})):
        assert answer.status_code == 403, answer.text
    assert ghl.client().get(f"{base}/actions/list").json()["data"] == [action]


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    agent, api = ghl.ai_agent(), ghl.client()
    base = f"/conversation-ai/agents/{agent['id']}"
    created = api.post(f"{base}/actions", json=FOLLOWUP)
    action_id = created.json()["data"]["id"]
    answers = {
        ("POST", "/conversation-ai/agents/{agentId}/actions", 201): created,
        ("GET", "/conversation-ai/agents/{agentId}/actions/list", 200): api.get(f"{base}/actions/list"),
        ("GET", "/conversation-ai/agents/{agentId}/actions/{actionId}", 200): api.get(f"{base}/actions/{action_id}"),
        ("PATCH", "/conversation-ai/agents/{agentId}/followup-settings", 200): api.patch(
            f"{base}/followup-settings", json={"actionIds": [action_id], "followupSettings": SETTINGS}),
        ("PUT", "/conversation-ai/agents/{agentId}/actions/{actionId}", 200): api.put(
            f"{base}/actions/{action_id}", json=STOP),
        ("DELETE", "/conversation-ai/agents/{agentId}/actions/{actionId}", 200): api.delete(
            f"{base}/actions/{action_id}")}
    for (method, path, status), answer in answers.items():
        assert answer.status_code == status, answer.text
        assert upstream.response_problems("conversation-ai.json", method, path, status, answer.json()) == [], path
