"""The older listings: GET /contacts/ (deprecated) and GET /contacts/business/{businessId}.

GET /contacts/ pages newest first with ``limit`` (at most 100) and a cursor of the last contact's
``startAfter`` (its dateAdded in epoch ms) and ``startAfterId``; ``query`` matches name, email,
phone and company name. The answer carries GHL's ``meta`` block, whose ``nextPageUrl`` is the
next page's address on this mock.

DECISION: ``count`` (the official DTO's only count) is every matching contact, not the page's
length, in both listings: with it a client can page through the business listing too.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from mock_server.apis.businesses import service as businesses
from mock_server.apis.common import page
from mock_server.apis.contacts import ordering, orders, records, search
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.tenant_context import Tenant

LIST_ORDER = ordering.DEFAULT_SORT


def list_contacts(tenant: Tenant, *, limit: int, query: str | None,
                  start_after_id: str | None, start_after: int | None, v3: bool = False) -> dict[str, Any]:
    cursor = None
    if start_after_id or start_after is not None:
        anchor = tenant.store.get(CONTACTS, start_after_id) if start_after_id else None
        if anchor is not None:
            cursor = ordering.cursor_of(anchor, LIST_ORDER)
        elif start_after is not None:
            cursor = [start_after, start_after_id or ""]
        else:
            records.get_contact(tenant, start_after_id)  # an unknown id: GHL's 400
    found = search.search_contacts(tenant, {
        "pageLimit": limit, "searchAfter": cursor, "query": query, "sort": None,
        # page numbers are only reported, so the window limit of /contacts/search does not apply here
        "page": 1,
    }, v3=v3)
    contacts = [{k: v for k, v in c.items() if k != "searchAfter"} for c in found["contacts"]]
    total = found["total"]
    skipped = _position(tenant, cursor, query) if cursor else 0
    current = skipped // limit + 1 if limit else 1
    more = skipped + len(contacts) < total
    meta: dict[str, Any] = {
        "total": total, "currentPage": current, "nextPage": current + 1 if more else None,
        "prevPage": current - 1 if current > 1 else None, "startAfterId": None, "startAfter": None,
        "nextPageUrl": None,
    }
    if contacts:
        last = found["contacts"][-1]["searchAfter"]
        meta["startAfter"], meta["startAfterId"] = last[0], last[-1]
        if more:
            params = {"locationId": tenant.location_id, "limit": limit, "startAfter": last[0],
                      "startAfterId": last[-1]}
            if query:
                params["query"] = query
            meta["nextPageUrl"] = f"{tenant.world.settings.base_url}/contacts/?{urlencode(params)}"
    return {"contacts": contacts, "count": total, "meta": meta}


def contacts_of_business(tenant: Tenant, business_id: str, *, skip: str, limit: str,
                         query: str | None, v3: bool = False) -> dict[str, Any]:
    businesses.get_business(tenant, business_id)  # DECISION: an unknown business is a 400
    linked = tenant.store.find(CONTACTS, "businessId", business_id)
    if query:
        needle = query.strip().lower()
        linked = [c for c in linked if search.mentions(c, needle)]
    ordered = ordering.sort_records(linked, LIST_ORDER)
    return {"contacts": [records.view(c, v3=v3) for c in page(ordered, skip, limit, 25)], "count": len(ordered)}


def _position(tenant: Tenant, cursor: list[Any], query: str | None) -> int:
    """How many contacts of the listing come before the cursor (for the page numbers of ``meta``)."""
    parsed = ordering.parse_cursor(cursor, LIST_ORDER)
    needle = (query or "").strip().lower()
    if not needle:
        return orders.order(tenant, LIST_ORDER).start_after(
            parsed, lambda: tenant.store.scan(CONTACTS))
    return sum(1 for r in tenant.store.scan(CONTACTS)
               if not ordering.is_after(r, parsed, LIST_ORDER) and (not needle or search.mentions(r, needle)))
