"""Generation details (conversation-ai.json): what an agent's answer was made from, recorded on the control
plane (GHL's model makes the answer) for a message of the location and filled in from the agent and its
knowledge bases."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis.conversation_ai.tables import GENERATIONS
from mock_server.testing.tenant import GhlTenant


def _seed(ghl, **body):
    return ghl.client().post(f"/_mock/locations/{ghl.location_id}/conversation-ai/generations", json=body)


def _record(ghl, agent, message=None, **overrides):
    """Details of the agent's answer ``message`` (a new message of the location if none): the message."""
    message = message or ghl.message()
    answer = _seed(ghl, **{"messageId": message["id"], "agentId": agent["id"], "input": "Do you ship to Canada?",
                           "responseMessage": "Yes, for $15.", "history": [{"role": "user", "content": "Hi"}]}
                   | overrides)
    assert answer.status_code == 201, answer.text
    return message


def _details(api, message, source="conversation"):
    return api.get("/conversation-ai/generations", params={"messageId": message["id"], "source": source})


def test_details_come_from_the_agent_and_its_knowledge(ghl):
    base = ghl.knowledge_base()
    shipping = ghl.knowledge_base_faq(base, question="Do you ship abroad to Canada?", answer="Yes, $15 flat.")
    ghl.knowledge_base_faq(base, question="What are your hours?", answer="9 to 5")
    page = ghl.knowledge_base_page(base)
    agent = ghl.ai_agent(knowledgeBaseIds=[base["id"]], mode="auto-pilot")
    answer = _details(ghl.client(), _record(ghl, agent))
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
    second = _record(ghl, agent, input=f"Tell me about {word}")
    assert _details(ghl.client(), second).json()["website"] == [{"id": page["id"], "url": page["url"], "content": text}]


def test_recording_again_replaces_the_details(ghl):
    agent = ghl.ai_agent()
    message = _record(ghl, agent)
    _record(ghl, agent, message, responseMessage="No, sorry.", source="workflow")
    assert _details(ghl.client(), message).status_code == 400
    assert _details(ghl.client(), message, "workflow").json()["responseMessage"] == "No, sorry."


def test_a_message_without_details_or_another_source_has_none(ghl):
    message = _record(ghl, ghl.ai_agent())
    for asked, source in ((message, "workflow"), (ghl.message(), "conversation")):
        answer = _details(ghl.client(), asked, source)
        assert (answer.status_code, answer.json()["message"]) == (400, "Generation details not found for this message")


def test_a_message_the_location_does_not_have_has_no_details(ghl):
    answer = _details(ghl.client(), {"id": "NoSuchMessage0000000"})
    assert (answer.status_code, answer.json()["message"]) == (400, "Message with id NoSuchMessage0000000 not found")


def test_the_seed_needs_a_message_and_an_agent_of_the_location(ghl):
    agent, elsewhere = ghl.ai_agent(), GhlTenant(ghl.app, seed="another location's messages")
    theirs = elsewhere.message()["id"]
    elsewhere.close()
    for message_id in ("NoSuchMessage0000000", theirs):
        answer = _seed(ghl, messageId=message_id, agentId=agent["id"], input="hi", responseMessage="hello")
        assert (answer.status_code, answer.json()["message"]) == (400, f"Message with id {message_id} not found")
    answer = _seed(ghl, messageId=ghl.message()["id"], agentId="nope", input="hi", responseMessage="hello")
    assert (answer.status_code, answer.json()["message"]) == (400, "Agent not found")
    assert ghl.world.tenant(ghl.location_id).store.count(GENERATIONS) == 0


def test_deleting_the_conversation_deletes_the_details_of_its_messages(ghl):
    message = _record(ghl, ghl.ai_agent())
    generations = ghl.world.tenant(ghl.location_id).store
    assert generations.count(GENERATIONS) == 1
    assert ghl.client().delete(f"/conversations/{message['conversationId']}").status_code == 200
    assert generations.count(GENERATIONS) == 0
    assert _details(ghl.client(), message).json()["message"] == f"Message with id {message['id']} not found"


def test_another_location_sees_no_generation(ghl):
    message = _record(ghl, ghl.ai_agent())
    api = ghl.client(token=ghl.token(location_id=ghl.location()["id"]))
    assert _details(api, message).status_code == 400
    assert _details(ghl.client(), message).status_code == 200


@pytest.mark.ghl_allow_violations
def test_the_token_needs_the_scope(ghl):
    answer = _details(ghl.client(scopes=["conversation-ai.write"]), _record(ghl, ghl.ai_agent()))
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    answer = _details(ghl.client(), _record(ghl, ghl.ai_agent()))
    assert upstream.response_problems("conversation-ai.json", "GET", "/conversation-ai/generations", 200,
                                      answer.json()) == []
