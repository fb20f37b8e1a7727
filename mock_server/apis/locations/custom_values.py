"""A location's custom values: named text the ``{{ custom_values.<key> }}`` placeholders of messages,
templates and workflows read in GHL (the mock renders them in the messages a location sends:
``placeholders.py``).

The key is the name in snake case (``Webinar Date`` -> ``webinar_date``), answered as ``fieldKey`` in the
placeholder's form, ``{{ custom_values.webinar_date }}``, as GHL answers it (a public client strips the
braces and the ``custom_values.`` prefix from ``fieldKey`` to read the key).
"""

from __future__ import annotations

import re
from typing import Any

from mock_server.apis.locations.tables import CUSTOM_VALUES
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for an unknown id and for a name another custom value has are not known.
CUSTOM_VALUE_NOT_FOUND = "Custom value not found"
DUPLICATE_NAME = "A custom value with this name already exists"
EMPTY_NAME = "name should not be empty"
NOT_A_KEY = "name must contain at least one letter or digit"
_NOT_KEY_CHARS = re.compile(r"[^a-z0-9]+")


def key_of(name: str) -> str:
    return _NOT_KEY_CHARS.sub("_", name.strip().lower()).strip("_")


def placeholder(key: str) -> str:
    return "{{ custom_values." + key + " }}"


def list_values(tenant: Tenant) -> list[dict[str, Any]]:
    return tenant.store.scan(CUSTOM_VALUES)


def get_value(tenant: Tenant, value_id: str) -> dict[str, Any]:
    return tenant.require(CUSTOM_VALUES, value_id)


def create_value(tenant: Tenant, name: str, value: str) -> dict[str, Any]:
    key = _key(name)
    _ensure_unique(tenant, key, None)
    return tenant.store.put(CUSTOM_VALUES, {"id": tenant.new_id(), "name": name.strip(), "fieldKey": placeholder(key),
                                            "value": value, "locationId": tenant.location_id})


def update_value(tenant: Tenant, value_id: str, name: str, value: str) -> dict[str, Any]:
    """Both fields are written (GHL's update takes both: sending another name renames the value).

    DECISION: a rename keys the value by its new name, so ``{{ custom_values.<old key> }}`` stops resolving,
    as the key is derived from the name and GHL answers one ``fieldKey`` per value."""
    record = get_value(tenant, value_id)
    key = _key(name)
    _ensure_unique(tenant, key, value_id)
    record.update(name=name.strip(), value=value, fieldKey=placeholder(key))
    return tenant.store.put(CUSTOM_VALUES, record)


def delete_value(tenant: Tenant, value_id: str) -> None:
    get_value(tenant, value_id)
    tenant.delete(CUSTOM_VALUES, value_id)


def _key(name: str) -> str:
    if not name.strip():
        raise Unprocessable([EMPTY_NAME])
    key = key_of(name)
    if not key:
        raise Unprocessable([NOT_A_KEY])
    return key


def _stored_key(record: dict[str, Any]) -> str:
    return record["fieldKey"].removeprefix("{{ custom_values.").removesuffix(" }}")


def _ensure_unique(tenant: Tenant, key: str, own_id: str | None) -> None:
    if any(_stored_key(v) == key and v["id"] != own_id for v in list_values(tenant)):
        raise BadRequest(DUPLICATE_NAME)
