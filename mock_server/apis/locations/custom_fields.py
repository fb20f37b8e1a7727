"""The location API's custom-field operations (``/locations/{id}/customFields``): contact and opportunity
fields of the ONE definition store (``apis/custom_fields/definitions.py``), in the location API's words.

What this API says differently: ``model`` is the object key, ``options`` are plain strings (each option's
key and label), ``acceptedFormat``, ``isMultipleFile`` and ``maxNumberOfFiles`` are the store's
``acceptedFormats``, ``isMultipleFile`` and ``maxFileLimit``. Keys are made from the name (a counter keeps
them unique) unless the client gives ``fieldKey``, as GHL accepts.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.custom_fields import definitions, views
from mock_server.apis.locations.service import get_location
from mock_server.platform.tenant_context import Tenant

DEFAULT_MODEL = "contact"
RENAMED = {"acceptedFormat": "acceptedFormats", "maxNumberOfFiles": "maxFileLimit"}


def create_custom_field(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    get_location(tenant)
    record = definitions.create_field(
        tenant, object_key=fields.get("model") or DEFAULT_MODEL, name=fields["name"], data_type=fields["dataType"],
        field_key=fields.get("fieldKey"), parent_id=fields.get("parentId"), settings=_settings(fields))
    return views.location(record)


def get_custom_field(tenant: Tenant, field_id: str) -> dict[str, Any]:
    return views.location(_contact_or_opportunity(tenant, field_id))


def update_custom_field(tenant: Tenant, field_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    _contact_or_opportunity(tenant, field_id)
    return views.location(definitions.update_field(tenant, field_id, {"name": fields["name"], **_settings(fields)}))


def delete_custom_field(tenant: Tenant, field_id: str) -> None:
    _contact_or_opportunity(tenant, field_id)
    definitions.delete_field(tenant, field_id)


def list_custom_fields(tenant: Tenant, model: str | None) -> list[dict[str, Any]]:
    models = (model,) if model in views.LOCATION_MODELS else views.LOCATION_MODELS
    found = [f for m in models for f in definitions.fields_of(tenant, m)]
    found.sort(key=lambda f: (f.get("position") or 0, f["dateAdded"], f["id"]))
    return [views.location(f) for f in found]


def _contact_or_opportunity(tenant: Tenant, field_id: str) -> dict[str, Any]:
    """DECISION: the location API reaches only contact and opportunity fields (its ``model``); another
    object's field, or a folder, is unknown to it."""
    record = definitions.get_field(tenant, field_id)
    if record.get("documentType") != definitions.FIELD or record["objectKey"] not in views.LOCATION_MODELS:
        raise tenant.world.areas.table(definitions.CUSTOM_FIELDS).missing(field_id)
    return record


def _settings(fields: dict[str, Any]) -> dict[str, Any]:
    settings = {RENAMED.get(k, k): v for k, v in fields.items()
                if k not in ("name", "dataType", "model", "fieldKey", "parentId", "options")}
    if fields.get("options") is not None:
        settings["options"] = [{"key": o, "label": o} for o in dict.fromkeys(fields["options"])]
    return settings
