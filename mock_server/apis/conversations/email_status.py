"""``PUT /conversations/messages/email/{id}/status`` (conversations-v3.json): what the custom conversation
provider that sent an e-mail reports about its delivery, kept on the message.

Only the provider's own app may report (``providers.check_status_update``: GHL's 403 for any other caller, and
for e-mails the location's built-in service sent). ``status`` overwrites the message's; ``recipients`` upserts a
status per recipient address (which must be one the e-mail went to); ``events`` merges delivery counters,
inferring the ones a reported event implies (a click implies an open and a delivery; an open a delivery; a
delivery or a failure an acceptance), and the first time ``delivered``, ``opened`` and ``clicked`` happen is
recorded. None of it is read back by GHL's API but the status (``GET /conversations/messages/{id}``, ``.../email/
{id}``); the rest is kept on the message as GHL keeps it.

DECISION (the file is ambiguous or silent):
- a counter sent replaces the stored one, key by key ("merged, not replaced": the events object is not replaced
  as a whole; a 0 changes nothing); an implied counter is set to 1 when neither sent nor stored;
- open tracking counts as enabled (the mock's e-mails keep no tracking setting), so engagement implies an open;
- a recipient not among the e-mail's ``to``/``cc``/``bcc`` (compared case-insensitively) is a 400, and nothing
  of the request is kept;
- ``failReason`` is kept only with a ``failed`` recipient status.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.conversations import providers
from mock_server.apis.conversations.messages import EMAIL_NOT_FOUND
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

EMAIL_TYPES = ("TYPE_EMAIL", "TYPE_CUSTOM_PROVIDER_EMAIL")
NOT_A_RECIPIENT = "{email} is not a recipient of this email"
UPDATED = "Updated email message successfully"  # the text the file gives for this answer
ENGAGEMENT = ("clicked", "complained", "unsubscribed", "replied")
ACCEPTANCE = ("delivered", "permanent_fail", "temporary_fail")
FIRST_SEEN = ("delivered", "opened", "clicked")


def update(tenant: Tenant, message_id: str, body: dict[str, Any], client_id: str | None) -> dict[str, Any]:
    message = tenant.store.get(MESSAGES, message_id)
    if message is None or message["messageType"] not in EMAIL_TYPES:
        raise BadRequest(EMAIL_NOT_FOUND.format(message_id=message_id))
    providers.check_status_update(tenant, message, client_id)
    now = iso_z(tenant.now())
    if body.get("recipients"):
        message["recipientStatuses"] = _upsert(message, body["recipients"])
    if body.get("events"):
        message["emailEvents"] = events = _merge(message.get("emailEvents") or {}, body["events"])
        first = message.setdefault("emailEventTimes", {})
        first.update({k: now for k in FIRST_SEEN if events.get(k) and k not in first})
    message["status"] = body["status"]
    message["dateUpdated"] = now
    tenant.store.put(MESSAGES, message)
    return {"success": True, "message": UPDATED}


def _merge(stored: dict[str, int], sent: dict[str, int]) -> dict[str, int]:
    reported = {k: v for k, v in sent.items() if v}
    merged = {**stored, **reported}

    def imply(name: str, when: tuple[str, ...]) -> None:
        if any(reported.get(k) for k in when) and name not in reported and not merged.get(name):
            merged[name] = 1
            reported[name] = 1  # what is implied implies in turn (a click: an open, a delivery, an acceptance)

    imply("opened", ENGAGEMENT)
    imply("delivered", (*ENGAGEMENT, "opened"))
    imply("accepted", ACCEPTANCE)
    return merged


def _upsert(message: dict[str, Any], recipients: list[dict[str, Any]]) -> dict[str, Any]:
    addresses = {a.lower() for a in [*(message.get("to") or []), *(message.get("cc") or []),
                                     *(message.get("bcc") or [])]}
    statuses = dict(message.get("recipientStatuses") or {})
    for entry in recipients:
        email = entry["emailId"].lower()
        if email not in addresses:
            raise BadRequest(NOT_A_RECIPIENT.format(email=entry["emailId"]))
        kept = {"status": entry["status"]}
        if entry["status"] == "failed" and entry.get("failReason"):
            kept["failReason"] = entry["failReason"]
        statuses[email] = kept
    return statuses
