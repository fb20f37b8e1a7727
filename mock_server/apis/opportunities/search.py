"""Finding opportunities: GET /opportunities/search (query filters, ``meta`` paging) and
POST /opportunities/search (GHL's advanced search: filters, sort, page or searchAfter).

Both read the location's opportunities as *search documents*: GHL's snake_case search names over the
stored record (``pipeline_id``, ``date_added`` ...). Every order ends with the opportunity id, so a cursor
``[sort value, id]`` names one position exactly; dates travel in cursors as epoch milliseconds.

Advanced filters use the contact search's grammar (``contacts/search_filters.py``: conditions, AND/OR
groups, eq / not_eq / contains / not_contains / exists / not_exists / range) over ``ADVANCED_FIELDS``;
anything else is refused with a 422 naming it.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from mock_server.apis.associations import relations
from mock_server.apis.calendars import tables as calendar_tables
from mock_server.apis.contacts import search_filters
from mock_server.apis.contacts.search_filters import Context, FieldCatalog
from mock_server.apis.contacts.tables import CONTACTS, NOTES, TASKS
from mock_server.apis.locations.service import location_timezone
from mock_server.apis.opportunities import records
from mock_server.apis.opportunities.tables import OPPORTUNITIES
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

# GHL's search names -> the stored field.
DOCUMENT_FIELDS = {
    "id": "id", "name": "name", "status": "status", "pipeline_id": "pipelineId",
    "pipeline_stage_id": "pipelineStageId", "contact_id": "contactId", "assigned_to": "assignedTo",
    "source": "source", "lost_reason_id": "lostReasonId", "monetary_value": "monetaryValue",
    "date_added": "createdAt", "date_updated": "updatedAt", "last_status_change_at": "lastStatusChangeAt",
    "last_stage_change_at": "lastStageChangeAt", "followers": "followers",
}
DATE_FIELDS = frozenset({"date_added", "date_updated", "last_status_change_at", "last_stage_change_at"})
ADVANCED_FIELDS = FieldCatalog(
    text=frozenset({"id", "name", "status", "pipeline_id", "pipeline_stage_id", "contact_id", "assigned_to",
                    "source", "lost_reason_id"}),
    date=DATE_FIELDS, list=frozenset({"followers"}), number=frozenset({"monetary_value"}))
SORT_FIELDS = DATE_FIELDS | {"name", "monetary_value"}
# DECISION: GHL's default order is not documented; newest first, as its opportunity lists show.
DEFAULT_SORT = ("date_added", "desc")
# GET's ``order``. DECISION: GHL does not document its values; these two name the orders its UI offers.
ORDERS = {"added_desc": ("date_added", "desc"), "added_asc": ("date_added", "asc")}
MAX_PAGED_RECORDS = 10_000  # as the contact search: page x limit at most 10,000, then searchAfter

# DECISION: GHL's texts for these refusals are not known; each names what was refused.
UNSUPPORTED_SORT = "sort.{i}.field {field} is not a supported sort field (supported: {supported})"
ONE_SORT = "sort supports one field"
UNSUPPORTED_ORDER = "order must be one of the following values: " + ", ".join(ORDERS)
BAD_DATE = "{name} must be a date in mm-dd-yyyy format"
BAD_CURSOR = "searchAfter must be the searchAfter value of an opportunity from the previous page"
PAST_WINDOW = f"page x limit must not exceed {MAX_PAGED_RECORDS}: use searchAfter to read further"
QUERY_FIELDS = ("name", "email", "phone", "companyName")
TOP_RELATIONS = 10  # DECISION: how many relations a topRelations entry lists (the count covers them all)


def search(tenant: Tenant, q: Any, base_url: str) -> dict[str, Any]:
    """GET /opportunities/search: ``q`` is the validated query (both SDK spellings already merged)."""
    if q.order is not None and q.order not in ORDERS:
        raise Unprocessable([UNSUPPORTED_ORDER])
    field, direction = ORDERS.get(q.order or "", DEFAULT_SORT)
    zone = location_timezone(tenant)
    start = _day(q.date, "date", zone) if q.date else None
    end = _day(q.endDate, "endDate", zone) + timedelta(days=1) if q.endDate else None
    wanted = {"pipelineId": q.pipeline_id, "pipelineStageId": q.pipeline_stage_id, "contactId": q.contact_id,
              "assignedTo": q.assigned_to, "id": q.id, "campaignId": q.campaignId,
              "status": None if q.status == "all" else q.status}
    wanted = {k: v for k, v in wanted.items() if v}
    needle = (q.q or "").strip().lower()
    matches = []
    for record in _candidates(tenant, q.contact_id):
        if any(record.get(k) != v for k, v in wanted.items()):
            continue
        if (start or end) and not _within(record["createdAt"], start, end):
            continue
        if (needle or q.country) and not _mentions(tenant, record, needle, q.country):
            continue
        matches.append(record)
    ordered = _sorted(matches, field, direction)
    if q.startAfterId or q.startAfter:
        cursor = [int(q.startAfter) if (q.startAfter or "").isdigit() else None, q.startAfterId or ""]
        first = _after(ordered, cursor, field, direction)
        current = first // q.limit + 1
    else:
        first, current = (q.page - 1) * q.limit, q.page
    found = ordered[first:first + q.limit]
    more = first + len(found) < len(ordered)
    meta: dict[str, Any] = {"total": len(ordered), "currentPage": current,
                            "nextPage": current + 1 if more else None, "prevPage": current - 1 if current > 1 else None}
    if found:
        meta["startAfterId"], meta["startAfter"] = found[-1]["id"], _epoch_ms(found[-1]["createdAt"])
        if more:
            params = {k: v for k, v in q.model_dump().items() if v not in (None, "") and k not in ("page",)}
            params.update(startAfterId=meta["startAfterId"], startAfter=meta["startAfter"], page=current + 1)
            meta["nextPageUrl"] = f"{base_url}/opportunities/search?{urlencode(params)}"
    details = {"tasks": q.getTasks, "notes": q.getNotes, "calendarEvents": q.getCalendarEvents}
    # DECISION: a page number that does not exist is left out (the file types them as numbers, not null).
    meta = {k: v for k, v in meta.items() if v is not None}
    return {"opportunities": [_view(tenant, r, details) for r in found], "meta": meta, "aggregations": {}}


def advanced_search(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """POST /opportunities/search."""
    field, direction = _sort(body.get("sort"))
    limit, page = body["limit"], body.get("page") or 1
    cursor = body.get("searchAfter") or None
    if cursor is None and page * limit > MAX_PAGED_RECORDS:
        raise Unprocessable([PAST_WINDOW])
    context = Context(custom_fields={}, timezone=location_timezone(tenant), phone_region=None,
                      catalog=ADVANCED_FIELDS)
    predicate = search_filters.compile_filters(body.get("filters") or [], context).predicate
    needle = (body.get("query") or "").strip().lower()
    matches = [r for r in tenant.store.scan(OPPORTUNITIES)
               if predicate(_document(r)) and (not needle or _mentions(tenant, r, needle, None))]
    ordered = _sorted(matches, field, direction)
    if cursor is not None:
        if len(cursor) != 2:
            raise Unprocessable([BAD_CURSOR])
        first = _after(ordered, cursor, field, direction)
    else:
        first = (page - 1) * limit
    extra = body.get("additionalDetails") or {}
    opportunities = [{**_view(tenant, r, extra), "searchAfter": _cursor(r, field)}
                     for r in ordered[first:first + limit]]
    answer: dict[str, Any] = {"opportunities": opportunities, "total": len(ordered), "aggregations": {}}
    if body.get("includeTopRelations"):
        answer["topRelations"] = [_top_relations(tenant, o["id"]) for o in opportunities]
    if opportunities:
        answer["searchAfter"] = opportunities[-1]["searchAfter"]
    return answer


def _top_relations(tenant: Tenant, opportunity_id: str) -> dict[str, Any]:
    """GHL's ``topRelations`` entry of one opportunity. DECISION: live answers seen so far had no relations, so
    ``associations`` lists the opportunity's first relations as GET /associations/relations/{recordId} does."""
    found, total = relations.relations_of(tenant, opportunity_id, skip=0, limit=TOP_RELATIONS)
    return {"recordId": opportunity_id, "totalRelations": total, "associations": found}


# -- reading ------------------------------------------------------------------------------------
def _candidates(tenant: Tenant, contact_id: str | None) -> list[dict[str, Any]]:
    if contact_id:
        ids = tenant.store.ids_where(OPPORTUNITIES, "contactId", contact_id)
        return list(tenant.store.scan_ids(OPPORTUNITIES, ids))
    return list(tenant.store.scan(OPPORTUNITIES))


def _document(record: dict[str, Any]) -> dict[str, Any]:
    return {name: record.get(stored) for name, stored in DOCUMENT_FIELDS.items()}


def _mentions(tenant: Tenant, record: dict[str, Any], needle: str, country: str | None) -> bool:
    """Free text over the opportunity's name and its contact's name, email, phone and company;
    ``country`` is the contact's country."""
    contact = tenant.store.get(CONTACTS, record["contactId"]) or {}
    if country and contact.get("country") != country:
        return False
    if not needle:
        return True
    texts = [record.get("name"), records.contact_name(contact), *(contact.get(f) for f in QUERY_FIELDS[1:])]
    return any(needle in str(t).lower() for t in texts if t)


def _view(tenant: Tenant, record: dict[str, Any], details: dict[str, Any]) -> dict[str, Any]:
    """The opportunity, with its contact's notes, tasks and appointments when asked for."""
    out = records.view(tenant, record)
    contact_id = record["contactId"]
    for key, table in (("notes", NOTES), ("tasks", TASKS), ("calendarEvents", calendar_tables.APPOINTMENTS)):
        if details.get(key):
            ids = tenant.store.ids_where(table, "contactId", contact_id)
            out[key] = [dict(r) for r in tenant.store.scan_ids(table, ids)]
    return out


# -- ordering and paging -----------------------------------------------------------------------
def _sort(sort: list[dict[str, Any]] | None) -> tuple[str, str]:
    if not sort:
        return DEFAULT_SORT
    problems = [UNSUPPORTED_SORT.format(i=i, field=s["field"], supported=", ".join(sorted(SORT_FIELDS)))
                for i, s in enumerate(sort) if s["field"] not in SORT_FIELDS]
    if len(sort) > 1:
        problems.append(ONE_SORT)
    if problems:
        raise Unprocessable(problems)
    return sort[0]["field"], sort[0]["direction"]


def _key(record: dict[str, Any], field: str) -> Any:
    value = record.get(DOCUMENT_FIELDS[field])
    return value.lower() if isinstance(value, str) and field == "name" else value


def _sorted(found: list[dict[str, Any]], field: str, direction: str) -> list[dict[str, Any]]:
    """Ordered by ``field`` then id, both in ``direction``; records without the field come last."""
    present = [r for r in found if _key(r, field) is not None]
    missing = sorted((r for r in found if _key(r, field) is None), key=lambda r: r["id"])
    present.sort(key=lambda r: (_key(r, field), r["id"]), reverse=direction == "desc")
    return present + missing


def _cursor(record: dict[str, Any], field: str) -> list[Any]:
    value = _key(record, field)
    return [_epoch_ms(value) if field in DATE_FIELDS and value else value, record["id"]]


def _after(ordered: list[dict[str, Any]], cursor: list[Any], field: str, direction: str) -> int:
    """The index of the first record after ``cursor`` (its position, by id when the id is listed)."""
    for n, record in enumerate(ordered):
        if record["id"] == cursor[1]:
            return n + 1
    value = cursor[0]
    for n, record in enumerate(ordered):
        mine = _cursor(record, field)[0]
        if value is None or mine is None:
            continue
        try:
            if (mine < value) if direction == "desc" else (mine > value):
                return n
        except TypeError:
            raise Unprocessable([BAD_CURSOR]) from None
    return len(ordered)


def _day(text: str, name: str, zone: str) -> datetime:
    """The start of an ``mm-dd-yyyy`` day in the location's time zone (GHL's date format here)."""
    try:
        day = datetime.strptime(text, "%m-%d-%Y").date()
    except ValueError:
        raise Unprocessable([BAD_DATE.format(name=name)]) from None
    return datetime.combine(day, time.min, ZoneInfo(zone))


def _within(stamp: str, start: datetime | None, end: datetime | None) -> bool:
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return (start is None or moment >= start) and (end is None or moment < end)


def _epoch_ms(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
