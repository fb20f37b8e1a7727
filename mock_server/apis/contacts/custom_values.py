"""Custom-field values of contacts (and opportunities), checked against the location's definitions of their
object (``apis/custom_fields``: one store, one rule per data type in ``custom_fields/values.py``).

A value names its field by ``id`` (or by ``key``: ``contact.pincode`` or ``pincode``). A null or empty value
clears the field. Anything else is refused with a 422 naming the value.

DECISION: answers carry values typed as stored (numbers as numbers, options lists as lists), as
public integrations read them; contacts.json types every ``value`` as a string.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.contacts import contact_writes
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.custom_fields import definitions as custom_fields
from mock_server.apis.custom_fields.values import typed
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known; they follow class-validator's wording.
UNKNOWN_FIELD = "customFields.{i} names no {model} custom field of this location: {ref}"
NO_REFERENCE = "customFields.{i} must have an id or a key"
WRONG_VALUE = "customFields.{i}.field_value {problem}"


def resolve(tenant: Tenant, items: list[dict[str, Any]],
            model: str = "contact") -> list[dict[str, Any]]:
    """``[{"id", "value"}]`` for the given values (``value`` None = clear), or a 422 listing every problem.

    ``model`` is the definitions' model: ``contact``, or ``opportunity`` for opportunities' values."""
    by_key = custom_fields.by_key(tenant, model)
    by_id = {d["id"]: d for d in by_key.values()}
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
        value, problem = typed(definition, raw)
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
