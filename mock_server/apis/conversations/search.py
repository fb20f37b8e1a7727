"""GET /conversations/search: the location's conversations by contact, assignee, followers, last message,
read state and text, ordered by their last (manual) message date and paged by ``startAfterDate``.

``startAfterDate`` is the sort value (epoch ms) of the last conversation of the previous page, as the
file describes it; the next page starts strictly after it. ``total`` counts every match.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.conversations import records
from mock_server.apis.conversations.tables import CONVERSATIONS
from mock_server.platform.tenant_context import Tenant

# The stored date each ``sortBy`` orders by. DECISION: the mock has no score profiles nor due dates, so
# score_profile, overdue_at and due_at order by the last message date too.
SORT_DATES = {"last_message_date": "lastMessageDate", "last_manual_message_date": "lastManualMessageDate"}
DEFAULT_SORT_BY = "last_message_date"
UNASSIGNED = "unassigned"
TEXT_FIELDS = ("firstName", "lastName", "name", "email", "phone", "companyName")


def search(tenant: Tenant, q: Any) -> dict[str, Any]:
    field = SORT_DATES.get(q.sortBy or DEFAULT_SORT_BY, "lastMessageDate")
    found = [c for c in _candidates(tenant, q.contactId) if _matches(tenant, c, q)]
    descending = (q.sort or "desc") == "desc"

    def value(record: dict[str, Any]) -> int:
        stamp = record.get(field) or record.get("lastMessageDate") or record["dateAdded"]
        return records.epoch_ms(stamp)

    found.sort(key=lambda c: (value(c), c["id"]), reverse=descending)
    if q.startAfterDate is not None:
        after = int(q.startAfterDate)
        found = [c for c in found if (value(c) < after if descending else value(c) > after)]
    return {"conversations": [records.search_view(tenant, c) for c in found[:q.limit]], "total": len(found)}


def _candidates(tenant: Tenant, contact_id: str | None) -> list[dict[str, Any]]:
    if contact_id:
        return list(tenant.store.find(CONVERSATIONS, "contactId", contact_id))
    return list(tenant.store.scan(CONVERSATIONS))


def _matches(tenant: Tenant, c: dict[str, Any], q: Any) -> bool:
    if q.id and c["id"] != q.id:
        return False
    if q.assignedTo and not _assigned(c, _ids(q.assignedTo)):
        return False
    if q.followers and not set(_ids(q.followers)) & set(c.get("followers", ())):
        return False
    if q.mentions:
        return False  # DECISION: nothing in the mock mentions users in conversations, so none matches
    if q.scoreProfile or q.scoreProfileMin is not None or q.scoreProfileMax is not None:
        return False  # DECISION: the mock has no score profiles, so no conversation has a score
    for key in ("lastMessageType", "lastMessageAction", "lastMessageDirection"):
        wanted = getattr(q, key)
        if wanted and c.get(key) != wanted:
            return False
    if not _status(c, q.status or "all"):
        return False
    if (q.startDate is not None or q.endDate is not None) and not _dated(c, q.startDate, q.endDate):
        return False
    return not q.query or _mentions_text(tenant, c, q.query.strip().lower())


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _assigned(c: dict[str, Any], wanted: list[str]) -> bool:
    owner = c.get("assignedTo")
    return (owner in wanted) or (owner is None and UNASSIGNED in wanted)


def _status(c: dict[str, Any], status: str) -> bool:
    """DECISION: ``recents`` is every conversation (the UI's recent tab orders by last message, as all do)."""
    if status == "read":
        return c.get("unreadCount", 0) == 0
    if status == "unread":
        return c.get("unreadCount", 0) > 0
    if status == "starred":
        return bool(c.get("starred"))
    return True


def _dated(c: dict[str, Any], start: float | None, end: float | None) -> bool:
    """``startDate`` / ``endDate`` (epoch ms) bound the conversation's last message date (else its creation)."""
    moment = records.epoch_ms(c.get("lastMessageDate") or c["dateAdded"])
    return (start is None or moment >= start) and (end is None or moment <= end)


def _mentions_text(tenant: Tenant, c: dict[str, Any], needle: str) -> bool:
    """Free text over the contact's names, email, phone and company, and the last message."""
    contact = tenant.store.get(CONTACTS, c["contactId"]) or {}
    texts = [*(contact.get(f) for f in TEXT_FIELDS), c.get("lastMessageBody")]
    return any(needle in str(t).lower() for t in texts if t)
