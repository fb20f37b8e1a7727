"""The Conversations area's part of the demo (``Area.demo``): texts and emails with some contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """Conversations with some contacts: a text or an email sent, most answered, every fourth with a call."""
    messages, conversations = 0, []
    for n, contact_id in enumerate(demo.fake.sample(demo.made["contacts"], demo.plan.conversations, "conversations")):
        channel = "Email" if n % 3 == 2 else "SMS"
        body = {"type": channel, "contactId": contact_id, "message": demo.fake.message_text()}
        if channel == "Email":
            body["subject"] = "Following up"
        sent = demo.call("POST", "/conversations/messages", token=demo.main_token, json=body)  # delivered by LC Phone/Email
        messages += 1
        conversations.append(sent["conversationId"])
        replies = [{"type": channel, "message": demo.fake.message_text()}] if n % 2 == 0 else []
        if n % 4 == 0:
            # a call log names its Call provider (an id the mock has no app for: taken as a built-in one's)
            replies.append({"type": "Call", "call": {"status": "completed"}, "conversationProviderId": "demo-calls"})
        for reply in replies:
            demo.call("POST", "/conversations/messages/inbound", token=demo.main_token, json={
                **reply, "conversationId": sent["conversationId"], "contactId": contact_id})
            messages += 1
    demo.made["conversations"] = conversations  # for later areas' messages (an AI agent's answer)
    demo.summary.update(conversations=demo.plan.conversations, messages=messages)
