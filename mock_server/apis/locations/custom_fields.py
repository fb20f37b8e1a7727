"""Custom-field definitions of a location: the fields contacts (and opportunities) carry values for.

Definitions live in the location's tenant, table ``customFields``. Contacts validate their
``customFields`` values against the ``contact`` definitions (see ``apis/contacts/custom_values.py``).
"""

from __future__ import annotations

import re
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.locations.service import CUSTOM_FIELDS, get_location
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

# The data types GHL's custom-fields API lists (custom-fields.json), in its spelling ("MONETORY").
# DECISION: locations.json types dataType as any string; we refuse the others (422), since contact
# values are checked by data type.
DATA_TYPES = ("TEXT", "LARGE_TEXT", "NUMERICAL", "PHONE", "MONETORY", "CHECKBOX", "SINGLE_OPTIONS",
              "MULTIPLE_OPTIONS", "DATE", "TEXTBOX_LIST", "FILE_UPLOAD", "RADIO", "EMAIL")
OPTION_TYPES = frozenset({"CHECKBOX", "SINGLE_OPTIONS", "MULTIPLE_OPTIONS", "RADIO"})
# DECISION: GHL's text for an unknown definition id is not known.
CUSTOM_FIELD_NOT_FOUND = "Custom field not found"
DEFAULT_MODEL = "contact"


def create_custom_field(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    get_location(tenant)
    data_type = fields["dataType"]
    if data_type not in DATA_TYPES:
        raise Unprocessable([f"dataType must be one of the following values: {', '.join(DATA_TYPES)}"])
    model = fields.get("model") or DEFAULT_MODEL
    record: dict[str, Any] = {
        "id": tenant.new_id(),
        "name": fields["name"],
        "fieldKey": _unique_key(tenant, model, fields["name"]),
        "dataType": data_type,
        "position": fields.get("position") or 0,
        "locationId": tenant.location_id,
        "model": model,
        "dateAdded": iso_z(tenant.now()),
    }
    _apply_settings(record, fields)
    return tenant.store.put(CUSTOM_FIELDS, record)


def get_custom_field(tenant: Tenant, field_id: str) -> dict[str, Any]:
    return tenant.require(CUSTOM_FIELDS, field_id)


def update_custom_field(tenant: Tenant, field_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    record = get_custom_field(tenant, field_id)
    record["name"] = fields["name"]
    if fields.get("position") is not None:
        record["position"] = fields["position"]
    if fields.get("model"):
        record["model"] = fields["model"]
    _apply_settings(record, fields)
    return tenant.store.put(CUSTOM_FIELDS, record)


def delete_custom_field(tenant: Tenant, field_id: str) -> None:
    """Delete the definition; the cascades the contacts and opportunities areas declare remove every record's
    value for it (no orphaned value stays readable)."""
    get_custom_field(tenant, field_id)
    tenant.delete(CUSTOM_FIELDS, field_id)


def definitions(tenant: Tenant, model: str = DEFAULT_MODEL) -> list[dict[str, Any]]:
    """The location's definitions of one model (read-only dicts)."""
    return [f for f in tenant.store.scan(CUSTOM_FIELDS) if f.get("model", DEFAULT_MODEL) == model]


def _apply_settings(record: dict[str, Any], fields: dict[str, Any]) -> None:
    for key in ("placeholder", "acceptedFormat"):
        if fields.get(key) is not None:
            record[key] = fields[key]
    if fields.get("isMultipleFile") is not None:
        record["isMultiFileAllowed"] = fields["isMultipleFile"]
    if fields.get("maxNumberOfFiles") is not None:
        record["maxFileLimit"] = fields["maxNumberOfFiles"]
    if fields.get("textBoxListOptions") is not None:
        record["textBoxListOptions"] = fields["textBoxListOptions"]
    if record["dataType"] in OPTION_TYPES:
        if fields.get("options") is not None:
            record["picklistOptions"] = list(dict.fromkeys(fields["options"]))
        record.setdefault("picklistOptions", [])
        record.setdefault("picklistImageOptions", [])
        record.setdefault("isAllowedCustomOption", False)


def _unique_key(tenant: Tenant, model: str, name: str) -> str:
    """``contact.<name in snake case>``; GHL keeps keys unique by appending a counter."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "field"
    taken = {f.get("fieldKey") for f in tenant.store.scan(CUSTOM_FIELDS)}
    key, n = f"{model}.{slug}", 0
    while key in taken:
        n += 1
        key = f"{model}.{slug}_{n}"
    return key
