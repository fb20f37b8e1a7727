"""A request each scaffolded operation's test stub sends: the path, the required query parameters and
body fields, filled with values the operation's models accept (the tenant's own ids where the field
names one), so the stub's only failure is the missing handler."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mock_server.contracts.official import OfficialOperation, OfficialSpec
from mock_server.contracts.scaffold.shapes import number_string

# Fields that name the tenant: the test fills them from its ``ghl`` fixture.
TENANT_IDS = {"locationId": "location_id", "companyId": "company_id", "userId": "user_id", "altId": "location_id"}
# Candidates for a string with a pattern (the official files' patterns: dates, times, time zones).
PATTERNED = ("2024-01-01", "09:00", "America/New_York", "2024-01-01T00:00:00.000Z", "string")
FORMATS = {"date-time": "2024-01-01T00:00:00.000Z", "date": "2024-01-01", "email": "someone@example.com",
           "uri": "https://example.com", "url": "https://example.com"}
MAX_DEPTH = 8


@dataclass(frozen=True)
class Tenant:
    """A value the test takes from its tenant: ``ghl.location_id``."""

    attribute: str


@dataclass
class Sample:
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None  # a JSON value, or (form bodies) the non-file fields
    files: list[str] = field(default_factory=list)  # multipart fields that are files
    answers_list: bool = False


def sample_request(spec: OfficialSpec, spec_file: str, op: OfficialOperation, answer: dict[str, Any] | None,
                   body_role: str) -> Sample:
    values = _Values(spec, spec_file)
    sample = Sample()
    for name, param in op.params("path").items():
        sample.path[name] = values.parameter(name, param.get("schema") or {}, as_text=True)
    for name, param in op.params("query").items():
        if param.get("required"):
            sample.query[name] = values.parameter(name, param.get("schema") or {}, as_text=True)
    if op.body is not None:
        schema = op.body.get("schema")
        sample.body = values.value(schema, "body", 0) if schema else {}
        if body_role == "form" and isinstance(sample.body, dict):
            sample.files = [k for k, v in sample.body.items() if v is _FILE]
            sample.body = {k: _as_text(v) for k, v in sample.body.items() if v is not _FILE}
    root = spec.resolve(spec_file, answer) if answer else None
    sample.answers_list = isinstance(root, dict) and root.get("type") == "array"
    return sample


_FILE = object()


class _Values:
    def __init__(self, spec: OfficialSpec, spec_file: str) -> None:
        self.spec = spec
        self.spec_file = spec_file

    def parameter(self, name: str, schema: dict[str, Any], *, as_text: bool) -> Any:
        if name in TENANT_IDS:
            return Tenant(TENANT_IDS[name])
        schema = self._resolve(schema)
        if isinstance(schema, dict) and _kind(schema) == "array":  # a list parameter: one item
            return [_as_text(self.value(schema.get("items") or {}, name, 1))]
        if isinstance(schema, dict) and number_string(name, schema):
            return next((h for h in (schema.get("default"), schema.get("example")) if str(h).isdigit()), "1")
        value = self.value(schema, name, 0)
        return _as_text(value) if as_text else value

    def value(self, node: Any, name: str, depth: int) -> Any:
        node = self._resolve(node)
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            return name
        if name in TENANT_IDS and _kind(node) in ("string", None) and not node.get("enum"):
            return Tenant(TENANT_IDS[name])
        if "allOf" in node:
            return self._object(self._merged(node), name, depth)
        variants = [v for v in node.get("oneOf") or node.get("anyOf") or [] if v != {"type": "null"}]
        if variants:
            return self.value(variants[0], name, depth + 1)
        enum = [v for v in node.get("enum") or [] if v is not None]
        if enum and all(isinstance(v, (str, int, float, bool)) for v in enum):  # as the models read enums
            return enum[0]
        kind = _kind(node)
        if kind == "string":
            return self._string(node, name)
        if kind in ("number", "integer"):
            return _number(node)
        if kind == "boolean":
            return True
        if kind == "array":
            count = node.get("minItems") or 0
            return [self.value(node.get("items") or {}, name, depth + 1) for _ in range(count)]
        if kind == "object" or node.get("properties"):
            return self._object(node, name, depth)
        return name

    def _object(self, node: dict[str, Any], name: str, depth: int) -> dict[str, Any]:
        properties = node.get("properties") or {}
        return {prop: self.value(properties.get(prop, {}), prop, depth + 1)
                for prop in dict.fromkeys(node.get("required") or [])}

    def _merged(self, node: dict[str, Any]) -> dict[str, Any]:
        merged = {"properties": dict(node.get("properties") or {}), "required": list(node.get("required") or [])}
        for part in node.get("allOf", []):
            part = self._resolve(part)
            inner = self._merged(part) if isinstance(part, dict) and "allOf" in part else part
            if isinstance(inner, dict):
                merged["properties"].update(inner.get("properties") or {})
                merged["required"] += inner.get("required") or []
        return merged

    @staticmethod
    def _string(node: dict[str, Any], name: str) -> Any:
        if node.get("format") == "binary":
            return _FILE
        if node.get("pattern"):
            return next((c for c in PATTERNED if re.fullmatch(node["pattern"], c)), "string")
        text = FORMATS.get(node.get("format"), name)
        low, high = node.get("minLength") or 0, node.get("maxLength")
        text = text.ljust(low, "x")
        return text[:high] if high is not None else text

    def _resolve(self, node: Any) -> Any:
        return self.spec.resolve(self.spec_file, node)


def _kind(node: dict[str, Any]) -> str | None:
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return kind


def _number(node: dict[str, Any]) -> int | float:
    low = node.get("minimum", node.get("exclusiveMinimum"))
    value = 1 if low is None else (low + 1 if "exclusiveMinimum" in node and "minimum" not in node else low)
    high = node.get("maximum")
    return high if high is not None and value > high else value


def _as_text(value: Any) -> Any:
    """A query parameter or form field as the client writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return value
