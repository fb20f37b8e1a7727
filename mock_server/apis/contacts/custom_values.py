"""Contacts' custom-field values, checked against the location's ``contact`` definitions by data type.

A value names its field by ``id`` (or by ``key``: ``contact.pincode`` or ``pincode``). What each
data type takes:

| dataType | value |
|---|---|
| TEXT, LARGE_TEXT, PHONE, EMAIL | a string |
| NUMERICAL, MONETORY | a number (or a string holding one; stored as a number) |
| DATE | an ISO-8601 date / date-time string, or epoch milliseconds |
| SINGLE_OPTIONS, RADIO | one of the field's options |
| MULTIPLE_OPTIONS, CHECKBOX | a list of the field's options |
| TEXTBOX_LIST, FILE_UPLOAD | an object |

A null or empty value clears the field. Anything else is refused with a 422 naming the value.

DECISION: answers carry values typed as stored (numbers as numbers, options lists as lists), as
public integrations read them; contacts.json types every ``value`` as a string.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from mock_server.apis.contacts import contact_writes
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.locations import custom_fields
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known; they follow class-validator's wording.
UNKNOWN_FIELD = "customFields.{i} names no {model} custom field of this location: {ref}"
NO_REFERENCE = "customFields.{i} must have an id or a key"
WRONG_VALUE = "customFields.{i}.field_value {problem}"

STRING_TYPES = frozenset({"TEXT", "LARGE_TEXT", "PHONE", "EMAIL"})
NUMBER_TYPES = frozenset({"NUMERICAL", "MONETORY"})
SINGLE_CHOICE = frozenset({"SINGLE_OPTIONS", "RADIO"})
MULTI_CHOICE = frozenset({"MULTIPLE_OPTIONS", "CHECKBOX"})
OBJECT_TYPES = frozenset({"TEXTBOX_LIST", "FILE_UPLOAD"})


def resolve(tenant: Tenant, items: list[dict[str, Any]],
            model: str = "contact") -> list[dict[str, Any]]:
    """``[{"id", "value"}]`` for the given values (``value`` None = clear), or a 422 listing every problem.

    ``model`` is the definitions' model: ``contact``, or ``opportunity`` for opportunities' values."""
    definitions = custom_fields.definitions(tenant, model)
    by_id = {d["id"]: d for d in definitions}
    by_key: dict[str, dict] = {}
    for d in definitions:
        by_key[d["fieldKey"]] = by_key[d["fieldKey"].partition(".")[2]] = d
    problems: list[str] = []
    resolved: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        ref = item.get("id") or item.get("key")
        if not ref:
            problems.append(NO_REFERENCE.format(i=i))
            continue
        definition = by_id.get(item["id"]) if item.get("id") else by_key.get(item["key"])
        if definition is None:
            problems.append(UNKNOWN_FIELD.format(i=i, ref=ref, model=model))
            continue
        raw = next((item[k] for k in ("field_value", "fieldValue", "value") if item.get(k) is not None), None)
        if raw in (None, "", []):
            resolved.append({"id": definition["id"], "value": None})
            continue
        value, problem = _typed(definition, raw)
        if problem:
            problems.append(WRONG_VALUE.format(i=i, problem=problem))
        else:
            resolved.append({"id": definition["id"], "value": value})
    if problems:
        raise Unprocessable(problems)
    return resolved


def merge(current: list[dict[str, Any]], changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Values not named keep theirs; named ones are replaced, or removed when cleared."""
    values = {v["id"]: v["value"] for v in current}
    for change in changes:
        if change["value"] is None:
            values.pop(change["id"], None)
        else:
            values[change["id"]] = change["value"]
    return [{"id": fid, "value": value} for fid, value in values.items()]


def without_values(record: dict[str, Any], field_ids: set[str]) -> dict[str, Any] | None:
    """A copy of ``record`` without its values of ``field_ids``, or None when it holds none of them."""
    values = record.get("customFields", ())
    if not any(v["id"] in field_ids for v in values):
        return None
    return {**record, "customFields": [v for v in values if v["id"] not in field_ids]}


def forget_fields(tenant: Tenant, field_ids: list[str]) -> None:
    """Cascade of deleted custom-field definitions: their values leave every contact (none stays readable)."""
    gone = set(field_ids)
    for record in tenant.store.scan(CONTACTS):
        changed = without_values(record, gone)
        if changed is not None:
            contact_writes.put(tenant, changed)


def _typed(definition: dict[str, Any], raw: Any) -> tuple[Any, str | None]:
    data_type = definition.get("dataType", "TEXT")
    options = definition.get("picklistOptions") or []
    free = definition.get("isAllowedCustomOption") or not options
    if data_type in NUMBER_TYPES:
        return _number(raw)
    if data_type in SINGLE_CHOICE:
        if not isinstance(raw, str):
            return None, "must be a string"
        return (raw, None) if free or raw in options else (None, _options_problem(options))
    if data_type in MULTI_CHOICE:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            return None, "must be an array of strings"
        return (raw, None) if free or set(raw) <= set(options) else (None, _options_problem(options))
    if data_type in OBJECT_TYPES:
        return (raw, None) if isinstance(raw, dict) else (None, "must be an object")
    if data_type == "DATE":
        return (raw, None) if _is_date(raw) else (None, "must be an ISO 8601 date or epoch milliseconds")
    return (raw, None) if isinstance(raw, str) else (None, "must be a string")


def _number(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, bool):
        return None, "must be a number"
    if isinstance(raw, (int, float)):
        return raw, None
    if isinstance(raw, str):
        try:
            number = float(raw.strip())
        except ValueError:
            return None, "must be a number"
        if math.isfinite(number):
            return (int(number) if number.is_integer() else number), None
    return None, "must be a number"


def _is_date(raw: Any) -> bool:
    if isinstance(raw, bool):
        return False
    if isinstance(raw, (int, float)):
        return True
    if not isinstance(raw, str):
        return False
    try:
        datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _options_problem(options: list[str]) -> str:
    return f"must be one of the field's options: {', '.join(options)}"
