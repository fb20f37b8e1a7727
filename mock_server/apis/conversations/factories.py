"""The ``ghl`` factories of the Conversations area: conversations and messages."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class ConversationFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def conversation(self, contact: Ref | None = None) -> dict[str, Any]:
        """The conversation of ``contact`` (a new contact if none), created through POST /conversations/."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        body = {"locationId": self.location_id, "contactId": contact_id}
        return self.api("POST", "/conversations/", body, what="ghl.conversation()")["conversation"]

    def message(self, contact: Ref | None = None, *, inbound: bool = False, type: str = "SMS",
                **overrides: Any) -> dict[str, Any]:
        """A message in ``contact``'s conversation (a new contact if none; the conversation is created as GHL
        does on a first message), as ``GET /conversations/messages/{id}`` answers it. Outbound: sent through
        POST /conversations/messages (``type`` SMS, Email ...); ``inbound=True``: added through
        POST /conversations/messages/inbound (``type`` may be ``Call``, with ``call={"status": ...}``)."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        text = overrides.pop("message", None) or self.fake.message_text()
        if inbound:
            conversation = self._conversation_of(contact_id)
            body = {"type": type, "contactId": contact_id, "conversationId": conversation,
                    "conversationProviderId": "ghl-mock-fixtures", "message": text, **overrides}
            made = self.api("POST", "/conversations/messages/inbound", body, what="ghl.message()")
        else:
            body = {"type": type, "contactId": contact_id, "message": text, **overrides}
            if type == "Email":
                body.setdefault("subject", self.fake.message_text())
            made = self.api("POST", "/conversations/messages", body, what="ghl.message()")
        return self.api("GET", f"/conversations/messages/{made['messageId']}", what="ghl.message()")

    def _conversation_of(self, contact_id: str) -> str:
        found = self.api("GET", "/conversations/search", params={"locationId": self.location_id,
                                                                 "contactId": contact_id})["conversations"]
        return found[0]["id"] if found else self.conversation(contact_id)["id"]
