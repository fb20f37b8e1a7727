"""POST /objects/{schemaKey}/records/search: the contact search's grammar (``contacts/search_filters.py``,
one model) over one object's records.

Request: ``locationId``, ``pageLimit`` (1-500, default 10), ``page`` (from 1) or ``searchAfter`` (the
cursor of the last record of the previous page), ``filters``, ``sort`` ``[{"field", "direction"}]``
(default ``createdAt`` descending) and ``query`` (free text over the object's searchable properties).
Fields: ``properties.<key>`` (by the field's data type, as contacts' ``customFields.{id}``), ``id``
(text), ``owner`` and ``followers`` (lists), ``createdAt`` and ``updatedAt`` (dates).
Answer: ``{"records": [...], "total"}``; each record carries its ``searchAfter`` (``[sort value, id]``, dates
in epoch ms, as GHL's example).

Equality on a property (top-level filters) is answered from the records' property index; an unfiltered
listing reuses the object's sorted order while its records are unchanged (``store.version``).
"""

from __future__ import annotations

from collections import OrderedDict
from operator import itemgetter
from typing import Any
from weakref import WeakKeyDictionary

from mock_server.apis.contacts.search_filters import Context, FieldCatalog, compile_filters
from mock_server.apis.custom_fields import definitions
from mock_server.apis.locations.service import location_timezone
from mock_server.apis.objects import business_records, business_view, records, schemas
from mock_server.apis.objects.tables import RECORDS
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant
from mock_server.store import Store

RECORD_FIELDS = FieldCatalog(text=frozenset({"id"}), date=frozenset({"createdAt", "updatedAt"}),
                             list=frozenset({"owner", "followers"}))
PROPERTY_PREFIX = "properties."
DATE_SORTS = ("createdAt", "updatedAt")
# DECISION: GHL's default order is not documented; newest first, as its record lists show.
DEFAULT_SORT = ("createdAt", "desc")
MAX_PAGED_RECORDS = 10_000
CACHED_ORDERS = 16

# DECISION: GHL's texts for these refusals are not known (the contact search's wording).
UNSUPPORTED_SORT = "sort.{i}.field {field} is not a supported sort field"
ONE_SORT = "sort takes one field"
BAD_CURSOR = "searchAfter must be the searchAfter value of a record from the previous page"
PAST_WINDOW = f"page x pageLimit must not exceed {MAX_PAGED_RECORDS}: use searchAfter to read further"


def search_records(tenant: Tenant, object_key: str, body: dict[str, Any]) -> dict[str, Any]:
    schema = schemas.records_of(tenant, object_key)
    key = schema["key"]
    fields = {definitions.short_key(f): f for f in definitions.fields_of(tenant, key)}
    if key == business_records.OBJECT_KEY:
        fields.update(business_records.standard_fields())
    field, descending = _sort(body.get("sort"), fields)
    limit, page = body.get("pageLimit") or 10, body.get("page") or 1
    cursor = body.get("searchAfter") or None
    if cursor is None and page * limit > MAX_PAGED_RECORDS:
        raise Unprocessable([PAST_WINDOW])
    filters, needle = body.get("filters") or [], (body.get("query") or "").strip().lower()
    if filters or needle or key == business_records.OBJECT_KEY:
        matches = _matching(tenant, schema, fields, filters, needle)
        ordered = [r["id"] for r in _sorted(matches, field, descending)]
    else:
        ordered = _order(tenant, key, field, descending)
    start = _after(tenant, ordered, cursor, field) if cursor is not None else (page - 1) * limit
    found = _read(tenant, key, ordered[start:start + limit])
    return {"records": [{**records.view(r), "searchAfter": _cursor_of(r, field)} for r in found],
            "total": len(ordered)}


def _matching(tenant: Tenant, schema: dict[str, Any], fields: dict[str, dict], filters: list[dict],
              needle: str) -> list[dict[str, Any]]:
    context = Context(custom_fields=fields, timezone=location_timezone(tenant), phone_region=None,
                      catalog=RECORD_FIELDS, custom_prefix=PROPERTY_PREFIX, custom_value=_property)
    predicate = compile_filters(filters, context).predicate
    found = _candidates(tenant, schema["key"], filters)
    if filters:
        found = [r for r in found if predicate(r)]
    if needle:
        searched = [definitions.short_key_of(k, schema["key"]) for k in schema.get("searchableProperties") or ()]
        found = [r for r in found if _mentions(r["properties"], searched, needle)]
    return found


def _mentions(properties: dict[str, Any], searched: list[str], needle: str) -> bool:
    for key in searched:
        value = properties.get(key)
        if value is not None and needle in (value.lower() if isinstance(value, str) else str(value).lower()):
            return True
    return False


def _read(tenant: Tenant, object_key: str, ids: list[str]) -> list[dict[str, Any]]:
    if object_key == business_records.OBJECT_KEY:
        return [business_records.get(tenant, record_id) for record_id in ids]
    return tenant.store.scan_ids(RECORDS, ids)


def _candidates(tenant: Tenant, object_key: str, filters: list[dict]) -> list[dict[str, Any]]:
    """The object's records (READ-ONLY), narrowed by the index when a top-level filter is a property equality."""
    if object_key == business_records.OBJECT_KEY:
        return business_view.all_as_records(tenant)
    for condition in filters:
        value = condition.get("value")
        if (condition.get("operator") == "eq" and str(condition.get("field", "")).startswith(PROPERTY_PREFIX)
                and not isinstance(value, (list, dict))):
            key = records.index_value(condition["field"][len(PROPERTY_PREFIX):], value)
            if key is not None:
                ids = tenant.store.ids_where(RECORDS, records.PROPERTY_INDEX, key)
                return [r for r in tenant.store.scan_ids(RECORDS, sorted(ids)) if r["objectKey"] == object_key]
    return tenant.store.scan_ids(RECORDS, tenant.store.ids_where(RECORDS, "objectKey", object_key))


def _property(record: dict[str, Any], definition: dict[str, Any]) -> Any:
    value = record["properties"].get(definitions.short_key(definition))
    return value["value"] if isinstance(value, dict) and definition["dataType"] == "MONETORY" else value


# -- order and paging ------------------------------------------------------------------------------
def _sort(sort: list[dict[str, Any]] | None, fields: dict[str, dict]) -> tuple[str, bool]:
    """``(field, descending)``: a date, or ``properties.<key>`` of a text or number field."""
    if not sort:
        return DEFAULT_SORT[0], DEFAULT_SORT[1] == "desc"
    if len(sort) > 1:
        raise Unprocessable([ONE_SORT])
    field = sort[0]["field"]
    short = field[len(PROPERTY_PREFIX):] if field.startswith(PROPERTY_PREFIX) else None
    if field not in DATE_SORTS and (short not in fields or fields[short]["dataType"] in ("MULTIPLE_OPTIONS",
                                                                                        "CHECKBOX", "TEXTBOX_LIST",
                                                                                        "FILE_UPLOAD")):
        raise Unprocessable([UNSUPPORTED_SORT.format(i=0, field=field)])
    return field, (sort[0].get("direction") or "asc") == "desc"


def _sort_value(record: dict[str, Any], field: str) -> Any:
    if field.startswith(PROPERTY_PREFIX):
        value = record["properties"].get(field[len(PROPERTY_PREFIX):])
        if isinstance(value, dict):
            value = value.get("value")
        return value.lower() if isinstance(value, str) else value
    return record[field]


def _sorted(found: list[dict[str, Any]], field: str, descending: bool) -> list[dict[str, Any]]:
    """By ``field`` then id (in the same direction); records without a value last either way."""
    if field in DATE_SORTS:
        return sorted(found, key=itemgetter(field, "id"), reverse=descending)
    present = [r for r in found if _sort_value(r, field) is not None]
    missing = [r for r in found if _sort_value(r, field) is None]
    present.sort(key=lambda r: (_sort_value(r, field), r["id"]), reverse=descending)
    missing.sort(key=itemgetter("id"), reverse=descending)
    return present + missing


def _cursor_of(record: dict[str, Any], field: str) -> list[Any]:
    if field in DATE_SORTS:
        return [records.epoch_ms(record[field]), record["id"]]
    return [_sort_value(record, field), record["id"]]


def _after(tenant: Tenant, ordered: list[str], cursor: list[Any], field: str) -> int:
    """The position just after the cursor's record (its id names it; a cursor naming no listed record is refused)."""
    if len(cursor) != 2 or not isinstance(cursor[-1], str):
        raise Unprocessable([BAD_CURSOR])
    try:
        return ordered.index(cursor[-1]) + 1
    except ValueError:
        raise Unprocessable([BAD_CURSOR]) from None


# Whole-object orders for unfiltered listings, per store, rebuilt when the records table changes.
_orders: WeakKeyDictionary[Store, OrderedDict] = WeakKeyDictionary()


def _order(tenant: Tenant, object_key: str, field: str, descending: bool) -> list[str]:
    store = tenant.world.store
    cache = _orders.get(store)
    if cache is None:
        cache = _orders[store] = OrderedDict()
        store.on_tenant_dropped(lambda tenant_id: [cache.pop(k) for k in [k for k in cache if k[0] == tenant_id]])
    key = (tenant.id, object_key, field, descending)
    version = tenant.store.version(RECORDS)
    cached = cache.get(key)
    if cached is None or cached[0] != version:
        found = tenant.store.scan_ids(RECORDS, tenant.store.ids_where(RECORDS, "objectKey", object_key))
        cached = cache[key] = (version, [r["id"] for r in _sorted(found, field, descending)])
        while len(cache) > CACHED_ORDERS:
            cache.popitem(last=False)
    cache.move_to_end(key)
    return cached[1]
