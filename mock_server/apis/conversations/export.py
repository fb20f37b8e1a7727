"""GET /conversations/messages/export: every message of the location, filtered, sorted and paged by cursor.

The cursor is opaque to clients (the next page's offset, base64url-encoded JSON); ``nextCursor`` is absent on
the last page and ``total`` counts every match. DECISION: GHL documents no bound on the dates; ``startDate`` and
``endDate`` are inclusive bounds on ``dateAdded``.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from mock_server.apis.conversations import kinds, messages
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

BAD_CURSOR = "Invalid cursor"  # DECISION: text not known
CHANNEL_TYPES = {
    "Call": kinds.CALL_TYPES,
    "SMS": frozenset({"TYPE_SMS", "TYPE_CUSTOM_SMS", "TYPE_CUSTOM_PROVIDER_SMS"}),
    "Email": frozenset({"TYPE_EMAIL", "TYPE_CUSTOM_EMAIL", "TYPE_CUSTOM_PROVIDER_EMAIL"}),
    "WhatsApp": frozenset({"TYPE_WHATSAPP"}),
    "Instagram": frozenset({"TYPE_INSTAGRAM", "TYPE_INSTAGRAM_COMMENT"}),
    "Facebook": frozenset({"TYPE_FACEBOOK", "TYPE_FACEBOOK_COMMENT"}),
}
SORT_FIELDS = {"createdAt": "dateAdded", "updatedAt": "dateUpdated"}


def export(tenant: Tenant, query) -> dict[str, Any]:
    wanted = CHANNEL_TYPES.get(query.channel) if query.channel else None
    found = [m for m in tenant.store.scan(MESSAGES)  # an export reads them all: no index narrows it
             if (not query.conversationId or m["conversationId"] == query.conversationId)
             and (not query.contactId or m["contactId"] == query.contactId)
             and (wanted is None or m["messageType"] in wanted)
             and (not query.startDate or m["dateAdded"] >= query.startDate)
             and (not query.endDate or m["dateAdded"] <= query.endDate)]
    field = SORT_FIELDS[query.sortBy]
    found.sort(key=lambda m: (m.get(field) or m["dateAdded"], m["seq"], m["id"]), reverse=query.sortOrder == "desc")
    start = _offset(query.cursor)
    limit = int(query.limit)
    page = found[start:start + limit]
    answer: dict[str, Any] = {"messages": [messages.view(m) for m in page], "total": len(found)}
    if start + limit < len(found):
        answer["nextCursor"] = _cursor(start + limit)
    return answer


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode()


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        offset = json.loads(base64.urlsafe_b64decode(cursor.encode()))["offset"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BadRequest(BAD_CURSOR) from None
    if not isinstance(offset, int) or offset < 0:
        raise BadRequest(BAD_CURSOR)
    return offset
