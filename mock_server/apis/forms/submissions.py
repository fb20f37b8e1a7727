"""Submissions to a location's forms (surveys): made through the control plane (or ``ghl.form_submission()``,
which submits as a visitor would), listed by GHL's API with its filters and paging.

A submission keeps the visitor's answers by field key in ``others`` (with ``eventData``, where the visit came
from, and ``fieldsOriSequance``, the answers' order), and is filed under a contact (``visitor.py``).
The listing (``GET /forms/submissions``):
- ``startAt`` / ``endAt`` (``YYYY-MM-DD``, both days included) default, as the official file says, to the same
  day of the previous month and today: older submissions are listed only when asked for;
- ``q`` matches the contact id, or part of the name, email or phone (case-insensitive);
- ``page`` (from 1) and ``limit`` (1..100, default 20) page it, and ``meta`` says where the page is.
DECISION: newest first; days are UTC days (GHL does not say which time zone); an unknown ``formId`` lists
nothing; ``name`` and ``email`` are what the visitor typed (the full name, else first and last name).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.apis.forms import items, visitor
from mock_server.apis.forms.collections import Collection
from mock_server.platform.errors import Unprocessable
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# Keys of ``others`` the submission itself writes, so no answer may use them.
RESERVED = ("eventData", "fieldsOriSequance")
# DECISION: class-validator's wording (the control plane's own check).
RESERVED_KEY = "answers.{key} is reserved: it is the submission's own field"
START_AFTER_END = "startAt must not be after endAt"


class EventData(BodyModel):
    """Where the visit came from (the official ``EventDataSchema``; all optional)."""

    fbc: str | None = None
    fbp: str | None = None
    page: dict[str, str] | None = None  # {url, title}
    type: str | None = None
    domain: str | None = None
    medium: str | None = None
    source: str | None = None
    version: str | None = None
    adSource: str | None = None
    mediumId: str | None = None
    parentId: str | None = None
    referrer: str | None = None
    fbEventId: str | None = None
    timestamp: int | None = Field(None, ge=0, le=10**14)
    parentName: str | None = None
    fingerprint: str | None = None
    pageVisitType: str | None = None
    contactSessionIds: dict[str, list[str] | None] | None = None


class SubmissionSeed(BodyModel):
    answers: dict[str, Any] = Field(min_length=1, max_length=200)  # by form field key: first_name, email ...
    eventData: EventData | None = None
    createdAt: IsoInstant | None = None  # when it was submitted; the mock clock's now by default


def submit(tenant: Tenant, collection: Collection, item_id: str, body: SubmissionSeed) -> dict[str, Any]:
    """File a visitor's answers to the form (survey) ``item_id``; answered as the listing shows it."""
    item = items.require_item(tenant, collection, item_id)
    taken = [RESERVED_KEY.format(key=k) for k in RESERVED if k in body.answers]
    if taken:
        raise Unprocessable(taken)
    contact = visitor.file_under_contact(tenant, body.answers)
    answers = body.answers
    name = answers.get("full_name") or " ".join(
        str(answers[k]).strip() for k in ("first_name", "last_name") if answers.get(k)) or None
    submitted = body.createdAt or iso_z(tenant.now())
    event = {"medium": collection.kind, "pageVisitType": collection.kind, "parentId": item["id"],
             "parentName": item["name"], "timestamp": _epoch_ms(submitted),
             **(body.eventData.model_dump(exclude_none=True) if body.eventData else {})}
    record = {"id": tenant.new_uuid(), "locationId": tenant.location_id, "contactId": contact["id"],
              "position": tenant.store.count(collection.submissions),  # the order of submission
              "createdAt": submitted, collection.item_id: item["id"], "name": name,
              "email": answers.get("email") if isinstance(answers.get("email"), str) else None,
              "phone": contact.get("phone"),
              "others": {**answers, "eventData": event, "fieldsOriSequance": list(answers)}}
    return view(tenant.store.put(collection.submissions, record), collection)


def list_submissions(tenant: Tenant, collection: Collection, *, item_id: str | None, q: str | None,
                     start_at: str | None, end_at: str | None, page: int, limit: int) -> dict[str, Any]:
    """``{submissions, meta: {total, currentPage, nextPage, prevPage}}``."""
    today = tenant.now().date()
    first = date.fromisoformat(start_at) if start_at else _month_before(today)
    last = date.fromisoformat(end_at) if end_at else today
    if first > last:
        raise Unprocessable([START_AFTER_END])
    records = (tenant.store.find(collection.submissions, collection.item_id, item_id) if item_id
               else tenant.store.scan(collection.submissions))
    found = [r for r in records if first <= date.fromisoformat(r["createdAt"][:10]) <= last and _matches(r, q)]
    found.sort(key=lambda r: (r["createdAt"], r["position"]), reverse=True)
    pages = -(-len(found) // limit)
    shown = found[(page - 1) * limit:page * limit]
    return {"submissions": [view(r, collection) for r in shown],
            "meta": {"total": len(found), "currentPage": page, "nextPage": page + 1 if page < pages else None,
                     "prevPage": page - 1 if page > 1 else None}}


def view(record: dict[str, Any], collection: Collection) -> dict[str, Any]:
    """A submission as GHL lists it (the phone it is searched by stays inside)."""
    fields = ("id", "contactId", "createdAt", collection.item_id, "name", "email", "others")
    return {k: record[k] for k in fields if record.get(k) is not None}


def _matches(record: dict[str, Any], q: str | None) -> bool:
    if not q:
        return True
    needle = q.strip().lower()
    return record["contactId"] == q.strip() or any(
        needle in str(record.get(k) or "").lower() for k in ("name", "email", "phone"))


def _month_before(day: date) -> date:
    """The same day of the previous month (the last day of that month when it is shorter)."""
    first_of_month = day.replace(day=1)
    previous = first_of_month - timedelta(days=1)
    return previous.replace(day=min(day.day, previous.day))


def _epoch_ms(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
