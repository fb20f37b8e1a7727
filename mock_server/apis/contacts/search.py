"""POST /contacts/search: GHL's advanced contact search (grammar in ``search_filters.py``).

Request: ``locationId``, ``pageLimit`` (1-500), then ``page`` (from 1; page x pageLimit at most
10,000) or ``searchAfter`` (the cursor of the last contact of the previous page), ``filters``,
``sort`` ``[{"field", "direction"}]`` (default ``dateAdded`` descending) and ``query`` (free text
over name, email, phone and company name).
Answer: ``{"contacts": [...], "total", "searchAfter"}``; every contact carries its own
``searchAfter`` cursor, and the top-level one is the last contact's.

Equality on email, phone, tags and businessId is answered from the store's indexes; a listing
without filters reads the location's cached order and copies only the page.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import ordering, orders, records
from mock_server.apis.contacts.search_filters import Context, compile_filters
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.custom_fields import definitions as custom_fields
from mock_server.apis.locations.service import get_location, location_timezone
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

# GHL pages with page/pageLimit up to 10,000 records; beyond that searchAfter is required.
MAX_PAGED_RECORDS = 10_000
# DECISION: GHL's text for paging past the window is not known.
PAST_WINDOW = f"page x pageLimit must not exceed {MAX_PAGED_RECORDS}: use searchAfter to read further"
QUERY_FIELDS = ("fullNameLowerCase", "email", "phone", "companyName")


def search_contacts(tenant: Tenant, body: dict[str, Any], *, v3: bool = False) -> dict[str, Any]:
    spec = ordering.parse_sort(body.get("sort"))
    limit = body["pageLimit"]
    # DECISION: with both, searchAfter wins over page (GHL's docs say not to send both).
    cursor = ordering.parse_cursor(body["searchAfter"], spec) if body.get("searchAfter") else None
    page = body.get("page") or 1
    if cursor is None and page * limit > MAX_PAGED_RECORDS:
        raise Unprocessable([PAST_WINDOW])
    filters, query = body.get("filters") or [], (body.get("query") or "").strip().lower()
    if filters or query:
        matches = _matching(tenant, filters, query)
        ordered = ordering.sort_records(matches, spec)
        total = len(ordered)
        start = (next((n for n, r in enumerate(ordered) if ordering.is_after(r, cursor, spec)), total)
                 if cursor is not None else (page - 1) * limit)
        found = ordered[start:start + limit]
    else:
        listing = orders.order(tenant, spec)
        total = len(listing)
        start = listing.start_after(cursor, lambda: tenant.store.scan(CONTACTS)) \
            if cursor is not None else (page - 1) * limit
        found = [tenant.store.get(CONTACTS, rid) for rid in listing.page(start, limit)]
    contacts = [{**records.view(r, v3=v3), "searchAfter": ordering.cursor_of(r, spec)} for r in found]
    answer: dict[str, Any] = {"contacts": contacts, "total": total}
    if contacts:
        answer["searchAfter"] = contacts[-1]["searchAfter"]
    return answer


def search_context(tenant: Tenant) -> Context:
    location = get_location(tenant)
    definitions = {d["id"]: d for d in custom_fields.fields_of(tenant, "contact")}
    return Context(custom_fields=definitions, timezone=location_timezone(tenant),
                   phone_region=location.get("country"))


def _matching(tenant: Tenant, filters: list[dict], query: str) -> list[dict[str, Any]]:
    """The contacts matching every filter and the free-text query (READ-ONLY dicts: views copy them)."""
    compiled = compile_filters(filters, search_context(tenant))
    if compiled.index_hint is not None:
        field, values = compiled.index_hint
        ids: set[str] = set()
        for value in values:
            ids |= tenant.store.ids_where(CONTACTS, field, value)
        candidates = tenant.store.scan_ids(CONTACTS, ids)
    else:
        candidates = tenant.store.scan(CONTACTS)
    predicate = compiled.predicate
    if not query:
        return [r for r in candidates if predicate(r)]
    return [r for r in candidates if predicate(r) and mentions(r, query)]


def mentions(record: dict[str, Any], needle: str) -> bool:
    return any(needle in str(record.get(f) or "").lower() for f in QUERY_FIELDS)
