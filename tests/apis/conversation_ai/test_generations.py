"""Generation details (conversation-ai.json): what an agent's answer was made from, recorded on the control
plane (GHL's model makes the answer) and filled in from the agent and its knowledge bases."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream


def _record(ghl, agent, **overrides):
    body = {"messageId": "msg-1", "agentId": agent["id"], "input": "Do you ship to Canada?",
            "responseMessage": "Yes, for $15.", "history": [{"role": "user", "content": "Hi"}]} | overrides
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/conversation-ai/generations", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_details_come_from_the_agent_and_its_knowledge(ghl):
    base = ghl.knowledge_base()
    shipping = ghl.knowledge_base_faq(base, question="Do you ship abroad to Canada?", answer="Yes, $15 flat.")
    ghl.knowledge_base_faq(base, question="What are your hours?", answer="9 to 5")
    page = ghl.knowledge_base_page(base)
    agent = ghl.ai_agent(knowledgeBaseIds=[base["id"]], mode="auto-pilot")
    _record(ghl, agent)
    answer = ghl.client().get("/conversation-ai/generations", params={"messageId": "msg-1", "source": "conversation"})
    assert answer.status_code == 200
    details = answer.json()
    assert details | {"traceId": None} == {
        "agentId": agent["id"], "mode": "auto-pilot", "intent": agent["goal"],
        "prompt": f"Personality:\n{agent['personality']}\n\nIntent:\n{agent['goal']}\n\n"
                  f"Additional Information:\n{agent['instructions']}",
        "input": "Do you ship to Canada?", "responseMessage": "Yes, for $15.",
        "faqs": [{"id": shipping["id"], "title": shipping["question"],
                  "content": "Do you ship abroad to Canada?\nYes, $15 flat."}],
        "website": [], "history": [{"role": "user", "content": "Hi"}], "actionLogs": [], "traceId": None}
    text = ghl.client().get(page["content"]).text
    word = next(w for w in text.split() if len(w.strip(".,")) >= 4).strip(".,")
    _record(ghl, agent, messageId="msg-2", input=f"Tell me about {word}")
    website = ghl.client().get("/conversation-ai/generations", params={"messageId": "msg-2",
                                                                       "source": "conversation"}).json()["website"]
    assert website == [{"id": page["id"], "url": page["url"], "content": text}]


def test_an_unknown_message_or_source_has_no_details(ghl):
    _record(ghl, ghl.ai_agent())
    api = ghl.client()
    for params in ({"messageId": "msg-1", "source": "workflow"}, {"messageId": "other", "source": "conversation"}):
        answer = api.get("/conversation-ai/generations", params=params)
        assert (answer.status_code, answer.json()["message"]) == (400, "Generation details not found for this message")


def test_the_seed_needs_an_agent_of_the_location(ghl):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/conversation-ai/generations", json={
        "messageId": "m", "agentId": "nope", "input": "hi", "responseMessage": "hello"})
    assert (answer.status_code, answer.json()["message"]) == (400, "Agent not found")


def test_another_location_sees_no_generation(ghl):
    _record(ghl, ghl.ai_agent())
    api = ghl.client(token=ghl.token(location_id=ghl.location()["id"]))
    assert api.get("/conversation-ai/generations", params={"messageId": "msg-1",
                                                           "source": "conversation"}).status_code == 400
    assert ghl.client().get("/conversation-ai/generations", params={"messageId": "msg-1",
                                                                    "source": "conversation"}).status_code == 200


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl):
    _record(ghl, ghl.ai_agent())
    answer = ghl.client(scopes=["conversation-ai.write"]).get("/conversation-ai/generations", params={
        "messageId": "msg-1", "source": "conversation"})
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    _record(ghl, ghl.ai_agent())
    answer = ghl.client().get("/conversation-ai/generations", params={"messageId": "msg-1", "source": "conversation"})
    assert upstream.response_problems("conversation-ai.json", "GET", "/conversation-ai/generations", 200,
                                      answer.json()) == []
