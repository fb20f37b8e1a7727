"""The outbox: what the location's built-in channels "sent" (no conversation provider), kept readable.

GHL's sandbox cannot send SMS or e-mail; the mock sends nothing either, and keeps each SMS and e-mail its own
LC Phone / LC Email would have sent (like LocalStack's ``/_aws/ses``): ``GET /_mock/outbox/messages``,
``ghl.sent_messages()`` and the dashboard read it. DECISION: the built-in channel delivers at once (the
message is ``delivered``), or fails with the location's ``builtInFailure`` (messaging_settings.py).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.conversations import messaging_settings
from mock_server.apis.conversations.tables import OUTBOX
from mock_server.platform.tenant_context import Tenant

CAPTURED_CHANNELS = ("SMS", "Email")


def capture(tenant: Tenant, message: dict[str, Any], contact: dict[str, Any], channel: str,
            body: dict[str, Any]) -> dict[str, Any]:
    """Keep the message as the built-in service would have sent it; set its outcome on ``message``."""
    failure = messaging_settings.get(tenant).get("builtInFailure")
    if failure:
        message.update(status="failed", error=dict(failure))
    elif message["status"] == "pending":
        message["status"] = "delivered"
    sent: dict[str, Any] = {
        # its own id (ids are unique across tables); ``seq`` keeps the order sends share a timestamp in
        "id": tenant.new_id(), "seq": tenant.store.count(OUTBOX), "messageId": message["id"], "locationId": tenant.location_id, "channel": channel,
        "contactId": message["contactId"], "conversationId": message["conversationId"],
        "sentAt": message["dateAdded"], "status": message["status"],
        "attachments": list(message.get("attachments") or []), "userId": message.get("userId"),
    }
    if channel == "Email":
        sent.update(to=list(message.get("to") or []), cc=list(message.get("cc") or []),
                    bcc=list(message.get("bcc") or []), **{"from": message.get("from")},
                    subject=message.get("subject"),
                    **({"html": message.get("body")} if body.get("html") else {"text": message.get("body")}))
    else:
        sent.update(to=body.get("toNumber") or contact.get("phone"), **{"from": body.get("fromNumber")},
                    text=message.get("body") or "")
    if failure:
        sent["error"] = dict(failure)
    return tenant.store.put(OUTBOX, {k: v for k, v in sent.items() if v is not None})


def sent_messages(tenant: Tenant, channel: str | None = None) -> list[dict[str, Any]]:
    """The location's captured messages, oldest first (``channel``: only ``SMS`` or ``Email``)."""
    found = [r for r in tenant.store.scan(OUTBOX) if channel in (None, r["channel"])]
    found.sort(key=lambda r: (r["sentAt"], r["seq"]))
    return [{k: v for k, v in r.items() if k not in ("id", "seq")} for r in found]
