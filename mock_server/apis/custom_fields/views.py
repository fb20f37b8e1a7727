"""How each API shows a definition of the one store (``definitions.py``).

The Custom Fields V2 API answers GHL's ``ICustomField`` (``objectKey``, ``parentId``, ``options`` as
``{key, label}``); the location API answers its older shape (``model``, ``picklistOptions`` as strings,
``isAllowedCustomOption``, ``isMultiFileAllowed``). Same record, same id.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.custom_fields.definitions import FOLDER
from mock_server.apis.custom_fields.values import OPTION_TYPES

V2_FIELDS = ("id", "locationId", "name", "description", "placeholder", "showInForms", "options", "objectKey",
             "dataType", "parentId", "fieldKey", "allowCustomOption", "maxFileLimit", "position", "documentType",
             "dateAdded", "dateUpdated")
FOLDER_FIELDS = ("id", "locationId", "name", "objectKey", "documentType", "dateAdded", "dateUpdated")
# The object keys the location API shows (its ``model``).
LOCATION_MODELS = ("contact", "opportunity")


def v2(record: dict[str, Any]) -> dict[str, Any]:
    names = FOLDER_FIELDS if record.get("documentType") == FOLDER else V2_FIELDS
    out = {k: record[k] for k in names if record.get(k) is not None}
    formats = record.get("acceptedFormats") or []
    if len(formats) == 1:  # v2 types it as one format
        out["acceptedFormats"] = formats[0]
    return out


def folder(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in ("id", "objectKey", "locationId", "name")}


def location(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: record[k] for k in ("id", "name", "fieldKey", "placeholder", "dataType", "position",
                                                   "locationId", "maxFileLimit", "textBoxListOptions", "dateAdded",
                                                   "parentId", "description")
                           if record.get(k) is not None}
    out["model"] = record["objectKey"]
    if record.get("acceptedFormats"):
        out["acceptedFormat"] = record["acceptedFormats"]
    if record.get("isMultipleFile") is not None:
        out["isMultiFileAllowed"] = record["isMultipleFile"]
    if record["dataType"] in OPTION_TYPES:
        out["picklistOptions"] = [o["label"] for o in record.get("options") or ()]
        out["picklistImageOptions"] = [o["url"] for o in record.get("options") or () if o.get("url")]
        out["isAllowedCustomOption"] = bool(record.get("allowCustomOption"))
    return out
