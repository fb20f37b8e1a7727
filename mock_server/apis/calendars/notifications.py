"""Calendar notifications: who is told what (booked, reminder ...) through which channel.

The mock keeps them as settings; it sends nothing.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars import lookups, tables
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known.
NOTIFICATION_NOT_FOUND = "Notification not found"
UPDATED = "Notification updated successfully"
DELETED = "Notification deleted successfully"
# CreateCalendarNotificationDTO's default.
DEFAULTS = {"isActive": True, "deleted": False}


def list_notifications(tenant: Tenant, calendar_id: str, *, is_active: bool | None,
                       deleted: bool | None, skip: int, limit: int) -> list[dict]:
    """DECISION: deleted notifications are listed only when ``deleted=true`` is asked for."""
    lookups.calendar(tenant, calendar_id)
    found = [n for n in tenant.store.find(tables.NOTIFICATIONS, "calendarId", calendar_id)
             if (is_active is None or n.get("isActive") == is_active) and n.get("deleted", False) == bool(deleted)]
    return [public(n) for n in found[skip:skip + limit]]


def create_notifications(tenant: Tenant, calendar_id: str, items: list[dict[str, Any]]) -> list[dict]:
    lookups.calendar(tenant, calendar_id)
    created = []
    for fields in items:
        record = {**DEFAULTS, **fields, "id": tenant.new_id(), "calendarId": calendar_id}
        created.append(public(tenant.store.put(tables.NOTIFICATIONS, record)))
    return created


def get_notification(tenant: Tenant, calendar_id: str, notification_id: str) -> dict:
    return public(_stored(tenant, calendar_id, notification_id))


def update_notification(tenant: Tenant, calendar_id: str, notification_id: str,
                        changes: dict[str, Any]) -> str:
    record = _stored(tenant, calendar_id, notification_id)
    record.update({k: v for k, v in changes.items() if v is not None})
    tenant.store.put(tables.NOTIFICATIONS, record)
    return UPDATED


def delete_notification(tenant: Tenant, calendar_id: str, notification_id: str) -> str:
    """DECISION: a soft delete (the list filters on ``deleted``); the record stays readable by id."""
    record = _stored(tenant, calendar_id, notification_id)
    record["deleted"] = True
    tenant.store.put(tables.NOTIFICATIONS, record)
    return DELETED


def public(record: dict) -> dict:
    """CalendarNotificationResponseDTO: the id is ``_id``."""
    out = {k: v for k, v in record.items() if k != "id"}
    return {"_id": record["id"], **out}


def _stored(tenant: Tenant, calendar_id: str, notification_id: str) -> dict:
    lookups.calendar(tenant, calendar_id)
    record = tenant.store.get(tables.NOTIFICATIONS, notification_id)
    if record is None or record.get("calendarId") != calendar_id:
        raise BadRequest(NOTIFICATION_NOT_FOUND)
    return record
