"""Building valid requests generically: the required fields of an operation's query and body.

Values come, in order, from: the tenant (``locationId``, ``companyId``, ``userId`` become references
the side fills in with its own ids), other ``...Id`` fields (a record of that kind, found on the side),
the model's own ``examples``, the official file's example for the property, the schema (const, enum,
default, format, bounds), and finally a plain value of the right type. The reference mock checks
every request built here before the target sees it, so a value this module gets wrong only makes a
probe be skipped (with the reference's reason), never a false mismatch.

Areas make their operations verifiable by giving body models an example
(``model_config = ConfigDict(json_schema_extra={"examples": [{...}]})``) when the generic values fail.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from mock_server.apis.common import RECORD_MARK
from mock_server.platform.validation import deref, non_null

# ``altId`` is the location wherever GHL's commerce files pair it with ``altType: "location"``.
TENANT_NAMES = {"locationId": "locationId", "location_id": "locationId", "companyId": "companyId",
                "userId": "userId", "assignedTo": "userId", "assignedUserId": "userId", "altId": "locationId"}
# ``followers`` name users in every GHL body that has them (contacts, opportunities), and the mock checks them.
LIST_TENANT_NAMES = {"locationIds": "locationId", "userIds": "userId", "followers": "userId"}
MISSING = object()


@dataclass(frozen=True)
class Ref:
    """A value only a side can supply: one of its tenant ids, or the id of a record of some kind."""

    kind: str  # "tenant" | "record"
    name: str  # tenant: locationId/companyId/userId; record: a path prefix ("/contacts") or an id field name

    def __repr__(self) -> str:
        return f"<{self.kind}:{self.name}>"


@cache
def model_schema(model: Any) -> dict[str, Any]:
    return TypeAdapter(model).json_schema(by_alias=True)


def required_fields(model: Any) -> list[str]:
    """The fields a body of ``model`` must carry (none for ``list[...]`` or an optional-only model)."""
    root = model_schema(model)
    return list(non_null(root, root, first=True).get("required", []))  # the shape ``body`` builds


class ValueBuilder:
    def __init__(self, nonce: str = "probe") -> None:
        self.nonce = nonce
        self._counter = itertools.count(1)

    # -- entry points ----------------------------------------------------------------------
    def body(self, model: Any, official: dict[str, Any] | None = None) -> Any:
        """A minimal valid body for ``model`` (pydantic model or ``list[Model]``)."""
        root = model_schema(model)
        return self._value("body", root, root, official or {})

    def query(self, model: Any) -> dict[str, Any]:
        """The required query parameters of ``model`` (everything optional is left out)."""
        root = model_schema(model)
        value = self._object(deref(root, root), root, {}, required_only=True)
        return {k: v for k, v in value.items() if v is not None}

    # -- the rules -------------------------------------------------------------------------
    def _value(self, name: str, schema: dict[str, Any], root: dict[str, Any], official: dict[str, Any]) -> Any:
        schema = non_null(root, schema, first=True)
        if name in TENANT_NAMES and _kind(schema) in ("string", None):
            return Ref("tenant", TENANT_NAMES[name])
        if name in LIST_TENANT_NAMES and _kind(schema) == "array":
            return [Ref("tenant", LIST_TENANT_NAMES[name])]
        if schema.get(RECORD_MARK):
            ref = Ref("record", schema[RECORD_MARK])
            return [ref] if _kind(schema) == "array" else ref
        if name != "id" and name.endswith("Id") and _kind(schema) == "string" and "enum" not in schema:
            return Ref("record", name)
        if "const" in schema:
            return schema["const"]
        if schema.get("examples"):
            return _with_refs(schema["examples"][0])
        example = official.get("example", MISSING)
        if example is not MISSING and _fits(example, schema):
            return example
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        if schema.get("default") is not None:
            return schema["default"]
        return self._by_type(name, schema, root, official)

    def _by_type(self, name: str, schema: dict[str, Any], root: dict[str, Any], official: dict[str, Any]) -> Any:
        kind = _kind(schema)
        if kind == "object":
            return self._object(schema, root, official)
        if kind == "array":
            item_official = official.get("items", {}) if isinstance(official.get("items"), dict) else {}
            size = schema.get("minItems", 0)
            return [self._value(name, schema.get("items", {}), root, item_official) for _ in range(size)]
        if kind in ("integer", "number"):
            low = schema["minimum"] if "minimum" in schema else schema.get("exclusiveMinimum", 0) + 1
            return int(low) if kind == "integer" else float(low)
        if kind == "boolean":
            return False
        return self._string(name, schema)

    def _object(self, schema: dict[str, Any], root: dict[str, Any], official: dict[str, Any],
                required_only: bool = True) -> dict[str, Any]:
        props = schema.get("properties", {})
        wanted = schema.get("required", []) if required_only else list(props)
        official_props = official.get("properties", {}) if isinstance(official, dict) else {}
        return {name: self._value(name, props.get(name, {}), root, official_props.get(name, {})) for name in wanted}

    def _string(self, name: str, schema: dict[str, Any]) -> str:
        n = next(self._counter)
        lowered = name.lower()
        fmt = schema.get("format", "")
        if fmt == "email" or "email" in lowered:
            return f"probe{n}.{self.nonce}@example.com"
        if fmt == "date-time":
            return "2030-01-07T10:00:00.000Z"
        if fmt == "date":
            return "2030-01-07"
        if fmt in ("uri", "url") or lowered.endswith("url") or "website" in lowered:
            return f"https://example.com/{self.nonce}/{n}"
        if schema.get("pattern") == r"^\d+$":
            return "1"
        if "slug" in lowered:
            return f"contract-probe-{n}"
        if name.endswith(("Date", "Time", "At")) or lowered in ("date", "time", "datetime"):
            return "2030-01-07T10:00:00.000Z"
        if "phone" in lowered:
            return f"+1555555{n % 10000:04d}"
        if "timezone" in lowered:
            return "America/New_York"
        if "country" in lowered:
            return "US"
        text = f"Contract probe {n} {self.nonce}"
        limit = schema.get("maxLength")
        return text[:limit] if limit else text


def _with_refs(example: Any, key: str = "") -> Any:
    """A model's example with its tenant and record ids replaced by references (examples carry foreign ids)."""
    if isinstance(example, dict):
        return {k: _with_refs(v, k) for k, v in example.items()}
    if isinstance(example, list):
        if key in LIST_TENANT_NAMES:
            return [Ref("tenant", LIST_TENANT_NAMES[key])]
        return [_with_refs(v) for v in example]
    if isinstance(example, str) and key in TENANT_NAMES:
        return Ref("tenant", TENANT_NAMES[key])
    if isinstance(example, str) and key != "id" and key.endswith("Id"):
        return Ref("record", key)
    return example


def _kind(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "properties" in schema:
        return "object"
    return kind


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    if schema.get("enum") and value not in schema["enum"]:
        return False
    expected = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list,
                "object": dict}.get(_kind(schema) or "", object)
    return isinstance(value, expected) and not (expected is int and isinstance(value, bool))


def substitute(value: Any, resolve) -> Any:
    """``value`` with every ``Ref`` replaced by ``resolve(ref)`` (None when the side has no such value)."""
    if isinstance(value, Ref):
        return resolve(value)
    if isinstance(value, dict):
        return {k: substitute(v, resolve) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, resolve) for v in value]
    return value


def refs_in(value: Any) -> list[Ref]:
    if isinstance(value, Ref):
        return [value]
    if isinstance(value, dict):
        return [r for v in value.values() for r in refs_in(v)]
    if isinstance(value, list):
        return [r for v in value for r in refs_in(v)]
    return []
