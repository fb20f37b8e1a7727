"""The Conversation AI part of the demo sandbox, as the API shows it."""

from __future__ import annotations


def test_the_demo_has_an_agent_answering_from_the_knowledge_base(small_demo):
    api = small_demo.api
    agents = api.get("/conversation-ai/agents/search").json()
    assert small_demo.summary["aiAgents"] == agents["totalCount"] == 1
    agent = api.get(f"/conversation-ai/agents/{agents['agents'][0]['id']}").json()
    assert (agent["name"], agent["isPrimary"], len(agent["knowledgeBaseIds"]), [a["type"] for a in agent["actions"]]) \
        == ("Robin", True, 1, ["stopBot"])
    answered = small_demo.summary["aiAnsweredMessageId"]
    thread = api.get(f"/conversations/{api.get(f'/conversations/messages/{answered}').json()['conversationId']}"
                     "/messages").json()["messages"]["messages"]
    assert [m["body"] for m in thread[:2]] == ["Shipping to Canada is a flat $15.", "How much is shipping to Canada?"]
    details = api.get("/conversation-ai/generations", params={"messageId": answered, "source": "conversation"}).json()
    assert details["agentId"] == agent["id"] and [chunk["url"] for chunk in details["website"]] == [
        "https://help.example.com/docs/shipping"]
