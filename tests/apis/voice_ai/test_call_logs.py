"""Voice AI call logs (voice-ai.json): seeded as GHL records calls, then filtered, sorted and paged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from mock_server.contracts import upstream

LOGS = "/voice-ai/dashboard/call-logs"


def test_a_seeded_call_is_read_with_the_actions_it_executed(ghl):
    ghl.freeze(datetime(2025, 1, 2, 9, 0, tzinfo=UTC))
    action = ghl.voice_action()
    contact = ghl.contact()
    log = ghl.voice_call_log(_agent_of(ghl), contactId=contact["id"],
                             actionIds=[action["id"]], extractedData={"budget": "500"})
    read = ghl.client().get(f"{LOGS}/{log['id']}", params={"locationId": ghl.location_id})
    assert read.status_code == 200, read.text
    call = read.json()
    assert (call["contactId"], call["createdAt"], call["isAgentDeleted"], call["extractedData"]) == \
        (contact["id"], "2025-01-02T09:00:00.000Z", False, {"budget": "500"})
    assert call["executedCallActions"] == [{
        "actionId": action["id"], "actionType": "SMS", "actionName": action["name"],
        "actionParameters": action["actionParameters"], "triggerReceivedAt": "2025-01-02T09:00:10.000Z",
        "executedAt": "2025-01-02T09:00:11.000Z"}]


def _agent_of(ghl):
    return ghl.client().get("/voice-ai/agents", params={"locationId": ghl.location_id}).json()["agents"][0]["id"]


def test_a_log_outlives_its_agent(ghl):
    agent = ghl.voice_agent()
    log = ghl.voice_call_log(agent)
    api, params = ghl.client(), {"locationId": ghl.location_id}
    api.delete(f"/voice-ai/agents/{agent['id']}", params=params)
    assert api.get(f"{LOGS}/{log['id']}", params=params).json()["isAgentDeleted"] is True
    missing = api.get(f"{LOGS}/nope", params=params)
    assert (missing.status_code, missing.json()["message"]) == (400, "No Call Log found for the id: nope")


def test_filters(ghl):
    ghl.freeze(datetime(2025, 1, 2, tzinfo=UTC))
    first, second = ghl.voice_agent(), ghl.voice_agent()
    sms = ghl.voice_action(first)
    alice, bob = ghl.contact(), ghl.contact()
    early = ghl.voice_call_log(first, contactId=alice["id"], actionIds=[sms["id"]], duration=30)
    ghl.advance(hours=1)
    trial = ghl.voice_call_log(first, contactId=bob["id"], trialCall=True, duration=300)
    ghl.advance(hours=1)
    other = ghl.voice_call_log(second, duration=120)
    api, base = ghl.client(), {"locationId": ghl.location_id}

    def ids(**params):
        answer = api.get(LOGS, params={**base, **params})
        assert answer.status_code == 200, answer.text
        return [log["id"] for log in answer.json()["callLogs"]]

    assert ids() == [other["id"], trial["id"], early["id"]]  # newest first
    assert ids(agentId=first["id"]) == [trial["id"], early["id"]]
    assert ids(contactId=f"{alice['id']},{bob['id']}") == [trial["id"], early["id"]]
    assert ids(callType="TRIAL") == [trial["id"]]
    assert ids(callType="LIVE") == [other["id"], early["id"]]
    assert ids(actionType="CALL_TRANSFER,SMS") == [early["id"]]
    start = int(datetime(2025, 1, 2, 0, 30, tzinfo=UTC).timestamp() * 1000)
    assert ids(startDate=start, endDate=start + 3_600_000) == [trial["id"]]
    assert ids(sortBy="duration", sort="ascend") == [early["id"], other["id"], trial["id"]]
    assert ids(sortBy="duration") == [trial["id"], other["id"], early["id"]]
    paged = api.get(LOGS, params={**base, "page": 2, "pageSize": 2}).json()
    assert ([log["id"] for log in paged["callLogs"]], paged["total"]) == ([early["id"]], 3)


@pytest.mark.ghl_allow_violations
def test_bad_ranges_and_types_are_refused(ghl):
    api, base = ghl.client(), {"locationId": ghl.location_id}
    half = api.get(LOGS, params={**base, "startDate": 1})
    assert (half.status_code, half.json()["message"]) == (400, "Both startDate and endDate must be provided together")
    inverted = api.get(LOGS, params={**base, "startDate": 5, "endDate": 1})
    assert (inverted.status_code, inverted.json()["message"]) == (400, "startDate must be less than endDate")
    assert api.get(LOGS, params={**base, "actionType": "SMS,DANCE"}).status_code == 422
    assert api.get(LOGS, params={**base, "pageSize": 51}).status_code == 422


def test_the_seed_checks_what_the_call_names(ghl):
    api, seeds = ghl.client(), f"/_mock/locations/{ghl.location_id}/voice-ai/call-logs"
    assert api.post(seeds, json={"agentId": "nope"}).json()["message"] == "No Agent found for the id: nope"
    agent, stranger = ghl.voice_agent(), ghl.voice_action()
    refused = api.post(seeds, json={"agentId": agent["id"], "actionIds": [stranger["id"]]})
    assert (refused.status_code, refused.json()["message"]) == \
        (400, f"Action {stranger['id']} does not belong to agent {agent['id']}")
    assert api.get(LOGS, params={"locationId": ghl.location_id}).json()["total"] == 0


def test_logs_stay_in_their_location(ghl):
    log, second = ghl.voice_call_log(), ghl.location()["id"]
    other = ghl.client(token=ghl.token(location_id=second))
    assert other.get(f"{LOGS}/{log['id']}", params={"locationId": second}).status_code == 403
    assert other.get(LOGS, params={"locationId": second}).json()["callLogs"] == []
    refused = ghl.client(scopes=["voice-ai-agents.readonly"]).get(LOGS, params={"locationId": ghl.location_id})
    assert (refused.status_code, refused.json()["message"]) == (401, "The token is not authorized for this scope.")


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    action = ghl.voice_action()
    log = ghl.voice_call_log(_agent_of(ghl), contactId=ghl.contact()["id"], actionIds=[action["id"]])
    answer = ghl.client().get(f"{LOGS}/{log['id']}", params={"locationId": ghl.location_id}).json()
    assert upstream.response_problems("voice-ai.json", "GET", "/voice-ai/dashboard/call-logs/{callId}", 200,
                                      answer) == []
