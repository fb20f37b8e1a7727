"""The ONE store of custom-field definitions: fields and folders of every object key.

Both GHL APIs that manage custom fields write and read these records: the Custom Fields V2 API
(``/custom-fields/...``, any object key) and the location API (``/locations/{id}/customFields``,
contact and opportunity fields). A field made through one is the same record, with the same id, in the
other, and it is what contact, opportunity, business and record values are checked against
(``values.py``). Each API answers its own view of a record (``views.py``).

A field belongs to one object key and one folder (``parentId``). Keys are ``<objectKey>.<name>``
(``contact.pin_code``, ``custom_objects.pet.breed``) and unique in the location.
"""

from __future__ import annotations

import re
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.custom_fields import object_keys, usage
from mock_server.apis.custom_fields.tables import CUSTOM_FIELDS
from mock_server.apis.custom_fields.values import OPTION_TYPES, option_names
from mock_server.apis.objects.tables import CUSTOM_OBJECTS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

FIELD, FOLDER = "field", "folder"
# The data types GHL's custom-fields API lists, in its spelling ("MONETORY").
DATA_TYPES = ("TEXT", "LARGE_TEXT", "NUMERICAL", "PHONE", "MONETORY", "CHECKBOX", "SINGLE_OPTIONS",
              "MULTIPLE_OPTIONS", "DATE", "TEXTBOX_LIST", "FILE_UPLOAD", "RADIO", "EMAIL")
# DECISION: every field is in a folder (GHL's v2 answers require parentId). A field made without one (the
# location API has no folders) goes into its object's default folder, made on first need with this name.
DEFAULT_FOLDER_NAME = "Additional Info"
# What a definition may hold beyond its identity (the canonical names; each API's view renames some).
SETTINGS = ("description", "placeholder", "showInForms", "options", "allowCustomOption", "acceptedFormats",
            "maxFileLimit", "isMultipleFile", "textBoxListOptions", "position")

# DECISION: GHL's texts for these refusals are not known; class-validator's style, naming the culprit.
BAD_DATA_TYPE = f"dataType must be one of the following values: {', '.join(DATA_TYPES)}"
KEY_TAKEN = "Custom field with key {key} already exists"
KEY_OUTSIDE_OBJECT = "fieldKey {key} must start with {object_key}."
FOLDER_NOT_FOUND = "Folder {id} not found for object {object_key}"
OPTIONS_NOT_ALLOWED = "options can only be given to {types} fields"
DUPLICATE_OPTION = "options.{i}.key {key} is given twice"
# DECISION: a change that would leave values naming nothing is refused (GHL's behaviour is not documented):
# an option still held by some record cannot be removed; the field is deleted (with its values) instead.
OPTION_IN_USE = "Option {option} of custom field {key} is in use by {count} record(s); it cannot be removed"
# DECISION: a custom object's primary display property cannot be deleted (every record is shown by it).
PRIMARY_FIELD = "Custom field {key} is the primary display property of {object_key} and cannot be deleted"
# DECISION: GHL's rule for deleting a folder is not documented; a folder that still holds fields is refused
# (its fields are never deleted, nor moved, behind the caller's back).
FOLDER_NOT_EMPTY = "Folder {name} still holds {count} custom field(s): delete or move them first"


# -- fields --------------------------------------------------------------------------------------
def create_field(tenant: Tenant, *, object_key: str, name: str, data_type: str, field_key: str | None = None,
                 parent_id: str | None = None, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """A new field of ``object_key`` (400 for an unknown object, folder or a taken key; 422 for bad settings)."""
    object_keys.require(tenant, object_key)
    if data_type not in DATA_TYPES:
        raise Unprocessable([BAD_DATA_TYPE])
    key = _given_key(tenant, object_key, field_key) if field_key else _fresh_key(tenant, object_key, name)
    folder = _folder_of(tenant, object_key, parent_id) if parent_id else default_folder(tenant, object_key)
    now = iso_z(tenant.now())
    record: dict[str, Any] = {
        "id": tenant.new_id(), "locationId": tenant.location_id, "documentType": FIELD, "name": name,
        "fieldKey": key, "objectKey": object_key, "dataType": data_type, "parentId": folder["id"],
        "showInForms": True, "position": 0, "dateAdded": now, "dateUpdated": now,
    }
    _apply(record, settings or {})
    return tenant.store.put(CUSTOM_FIELDS, record)


def get_field(tenant: Tenant, field_id: str) -> dict[str, Any]:
    """A field or a folder by id (the table's not-found error otherwise)."""
    return tenant.require(CUSTOM_FIELDS, field_id)


def update_field(tenant: Tenant, field_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Change a field's name and settings (canonical names; None = leave as is). Its key, object and type stay."""
    record = _field(tenant, field_id)
    if changes.get("options") is not None:
        _check_options_kept(tenant, record, changes["options"])
    if changes.get("name") is not None:
        record["name"] = changes["name"]
    _apply(record, changes)
    record["dateUpdated"] = iso_z(tenant.now())
    return tenant.store.put(CUSTOM_FIELDS, record)


def delete_field(tenant: Tenant, field_id: str) -> dict[str, Any]:
    """Delete a field; the cascades its holders declare remove every value of it (none stays readable)."""
    record = _field(tenant, field_id)
    schema = next(iter(tenant.store.find(CUSTOM_OBJECTS, "key", record["objectKey"])), None)
    if schema is not None and schema.get("primaryDisplayProperty") == record["fieldKey"]:
        raise BadRequest(PRIMARY_FIELD.format(key=record["fieldKey"], object_key=record["objectKey"]))
    tenant.delete(CUSTOM_FIELDS, field_id)
    return record


def fields_of(tenant: Tenant, object_key: str) -> list[dict[str, Any]]:
    """The object's fields (read-only dicts), by position then age."""
    found = [r for r in tenant.store.find(CUSTOM_FIELDS, "objectKey", object_key) if r.get("documentType") == FIELD]
    return sorted(found, key=lambda r: (r.get("position") or 0, r["dateAdded"], r["id"]))


def by_key(tenant: Tenant, object_key: str) -> dict[str, dict[str, Any]]:
    """The object's fields by key, both in full (``custom_objects.pet.breed``) and short (``breed``)."""
    found: dict[str, dict[str, Any]] = {}
    for record in fields_of(tenant, object_key):
        found[record["fieldKey"]] = found[short_key(record)] = record
    return found


def short_key(record: dict[str, Any]) -> str:
    """The field's key without its object's prefix: ``custom_objects.pet.breed`` -> ``breed``."""
    return record["fieldKey"][len(record["objectKey"]) + 1:]


# -- folders -------------------------------------------------------------------------------------
def create_folder(tenant: Tenant, object_key: str, name: str, *, default: bool = False) -> dict[str, Any]:
    object_keys.require(tenant, object_key)
    now = iso_z(tenant.now())
    folder = {"id": tenant.new_id(), "locationId": tenant.location_id, "documentType": FOLDER, "name": name,
              "objectKey": object_key, "dateAdded": now, "dateUpdated": now}
    if default:
        folder["isDefault"] = True
    return tenant.store.put(CUSTOM_FIELDS, folder)


def rename_folder(tenant: Tenant, folder_id: str, name: str) -> dict[str, Any]:
    folder = _folder(tenant, folder_id)
    folder["name"], folder["dateUpdated"] = name, iso_z(tenant.now())
    return tenant.store.put(CUSTOM_FIELDS, folder)


def delete_folder(tenant: Tenant, folder_id: str) -> dict[str, Any]:
    folder = _folder(tenant, folder_id)
    held = tenant.store.ids_where(CUSTOM_FIELDS, "parentId", folder_id)
    if held:
        raise BadRequest(FOLDER_NOT_EMPTY.format(name=folder["name"], count=len(held)))
    tenant.delete(CUSTOM_FIELDS, folder_id)
    return folder


def folders_of(tenant: Tenant, object_key: str) -> list[dict[str, Any]]:
    found = [r for r in tenant.store.find(CUSTOM_FIELDS, "objectKey", object_key) if r.get("documentType") == FOLDER]
    return sorted(found, key=lambda r: r["dateAdded"])


def default_folder(tenant: Tenant, object_key: str) -> dict[str, Any]:
    found = next((f for f in folders_of(tenant, object_key) if f.get("isDefault")), None)
    return found or create_folder(tenant, object_key, DEFAULT_FOLDER_NAME, default=True)


# -- rules ---------------------------------------------------------------------------------------
def _field(tenant: Tenant, field_id: str) -> dict[str, Any]:
    record = get_field(tenant, field_id)
    if record.get("documentType", FIELD) != FIELD:
        raise tenant.world.areas.table(CUSTOM_FIELDS).missing(field_id)
    return record


def _folder(tenant: Tenant, folder_id: str) -> dict[str, Any]:
    record = get_field(tenant, folder_id)
    if record.get("documentType") != FOLDER:
        raise tenant.world.areas.table(CUSTOM_FIELDS).missing(folder_id)
    return record


def _folder_of(tenant: Tenant, object_key: str, folder_id: str) -> dict[str, Any]:
    folder = tenant.store.get(CUSTOM_FIELDS, folder_id)
    if folder is None or folder.get("documentType") != FOLDER or folder["objectKey"] != object_key:
        raise BadRequest(FOLDER_NOT_FOUND.format(id=folder_id, object_key=object_key))
    return folder


def _apply(record: dict[str, Any], settings: dict[str, Any]) -> None:
    if settings.get("options") is not None:
        record["options"] = _options(record["dataType"], settings["options"])
    for name in SETTINGS:
        if name != "options" and settings.get(name) is not None:
            record[name] = settings[name]
    if record["dataType"] in OPTION_TYPES:
        record.setdefault("options", [])
        record.setdefault("allowCustomOption", False)


def _options(data_type: str, options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if data_type not in OPTION_TYPES:
        raise Unprocessable([OPTIONS_NOT_ALLOWED.format(types=", ".join(sorted(OPTION_TYPES)))])
    seen: set[str] = set()
    problems = []
    for i, option in enumerate(options):
        if option["key"] in seen:
            problems.append(DUPLICATE_OPTION.format(i=i, key=option["key"]))
        seen.add(option["key"])
    if problems:
        raise Unprocessable(problems)
    return [{k: v for k, v in o.items() if v is not None} for o in options]


def _check_options_kept(tenant: Tenant, record: dict[str, Any], options: list[dict[str, Any]]) -> None:
    kept = option_names({"options": options})
    removed = option_names(record) - kept
    if not removed:
        return
    held = usage.values_of(tenant, record)
    for option in sorted(removed):
        count = sum(1 for value in held if value == option or (isinstance(value, list) and option in value))
        if count:
            raise BadRequest(OPTION_IN_USE.format(option=option, key=record["fieldKey"], count=count))


def _given_key(tenant: Tenant, object_key: str, field_key: str) -> str:
    """``pet_name`` or ``custom_objects.pet.pet_name`` -> the full key, refused if taken or of another object."""
    key = field_key.strip()
    if not key.startswith(object_key + "."):
        if "." in key:
            raise BadRequest(KEY_OUTSIDE_OBJECT.format(key=field_key, object_key=object_key))
        key = f"{object_key}.{key}"
    if tenant.store.ids_where(CUSTOM_FIELDS, "fieldKey", key):
        raise BadRequest(KEY_TAKEN.format(key=key))
    return key


def _fresh_key(tenant: Tenant, object_key: str, name: str) -> str:
    """``<objectKey>.<name in snake case>``; GHL keeps generated keys unique by appending a counter."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "field"
    key, n = f"{object_key}.{slug}", 0
    while tenant.store.ids_where(CUSTOM_FIELDS, "fieldKey", key):
        n += 1
        key = f"{object_key}.{slug}_{n}"
    return key


def short_key_of(field_key: str, object_key: str) -> str:
    """``custom_objects.pet.name`` of ``custom_objects.pet`` -> ``name``."""
    return field_key[len(object_key) + 1:] if field_key.startswith(object_key + ".") else field_key
