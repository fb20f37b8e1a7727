"""Reviews in conversations: a review a contact left (seeded through the control plane: GHL's API cannot
create one) and the location's reply to it (``POST /conversations/messages/review-reply``).

The review is an inbound ``TYPE_REVIEW`` message in the contact's conversation, which then names its
``reviewId``; the reply is an outbound ``TYPE_REVIEW`` message, posted at once (DECISION: ``delivered``).
A conversation without a review gets a 400 (the file: "must have reviewId").
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import records as contacts
from mock_server.apis.conversations import messages, records
from mock_server.apis.conversations.tables import CONVERSATIONS, MESSAGES
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

NO_REVIEW = "Conversation {id} has no review to reply to"  # DECISION: text not known
REPLIED = "Review reply sent successfully."  # DECISION: text not known
REVIEW_CONVERSATION = 4  # the file's conversation type for reviews


class ReviewSeed(BodyModel):
    contactId: str
    rating: int = Field(ge=1, le=5)
    body: str = ""


def seed_review(tenant: Tenant, body: ReviewSeed) -> dict[str, Any]:
    """A review the contact left: an inbound TYPE_REVIEW message; its conversation now names the review."""
    contact = contacts.get_contact(tenant, body.contactId)
    conversation = records.conversation_for(tenant, contact["id"], REVIEW_CONVERSATION)
    conversation["reviewId"] = tenant.new_id()
    tenant.store.put(CONVERSATIONS, conversation)
    message = messages.build_message(tenant, conversation, "TYPE_REVIEW", "inbound", "delivered",
                                     iso_z(tenant.now()), {"body": body.body, "reviewRating": body.rating})
    tenant.store.put(MESSAGES, message)
    records.note_message(tenant, tenant.store.get(CONVERSATIONS, conversation["id"]), message)
    return {"reviewId": conversation["reviewId"], "conversationId": conversation["id"], "messageId": message["id"]}


def reply(tenant: Tenant, conversation_id: str, text: str, user_id: str | None) -> dict[str, Any]:
    conversation = records.get_conversation(tenant, conversation_id)
    if not conversation.get("reviewId"):
        raise BadRequest(NO_REVIEW.format(id=conversation_id))
    message = messages.build_message(tenant, conversation, "TYPE_REVIEW", "outbound", "delivered",
                                     iso_z(tenant.now()), {"body": text, "userId": user_id})
    tenant.store.put(MESSAGES, message)
    records.note_message(tenant, conversation, message)
    return {"conversationId": conversation["id"], "messageId": message["id"], "status": "delivered", "msg": REPLIED}
