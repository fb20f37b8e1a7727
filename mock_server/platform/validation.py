"""Request validation with the operation's pydantic models, reported the way GHL reports it.

GHL's services validate with class-validator and answer 422 listing every violated constraint at
once, e.g. ``["locationId must be a string", "property foo should not exist"]``. Pydantic does the
validating here; ``messages_for`` translates its errors into class-validator's sentences, using the
model's JSON schema (the same one the OpenAPI document publishes) to name the expected type.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

_KIND_MESSAGES = {
    "string": "{f} must be a string",
    "number": "{f} must be a number conforming to the specified constraints",
    "integer": "{f} must be an integer number",
    "boolean": "{f} must be a boolean value",
    "array": "{f} must be an array",
    "object": "nested property {f} must be either object or array",
}

_TYPE_KINDS = {
    "string_type": "string", "string_unicode": "string",
    "int_type": "integer", "int_parsing": "integer", "int_from_float": "integer",
    "float_type": "number", "float_parsing": "number", "finite_number": "number",
    "bool_type": "boolean", "bool_parsing": "boolean",
    "list_type": "array", "tuple_type": "array", "set_type": "array",
    "dict_type": "object", "model_type": "object", "model_attributes_type": "object",
}


# class-validator's sentences for the string formats GHL checks with a decorator (@IsNumberString ...).
NUMBER_STRING_PATTERN = r"^\d+$"
PATTERN_MESSAGES = {NUMBER_STRING_PATTERN: "{f} must be a number string"}


@cache
def _adapter(model: Any) -> TypeAdapter:
    return TypeAdapter(model)


@cache
def _schema(model: Any) -> dict[str, Any]:
    return _adapter(model).json_schema()


@dataclass(frozen=True, slots=True)
class Problem:
    """One violated constraint: the field path, what kind of violation, and GHL's sentence for it."""

    field: str
    kind: str  # unknown_property | missing_required | wrong_type | invalid_value
    message: str


def validate(model: Any, data: Any) -> tuple[Any, list[Problem]]:
    """Validate ``data`` against ``model``: ``(value, [])`` or ``(None, problems)``."""
    try:
        if isinstance(model, type) and issubclass(model, BaseModel):
            return model.model_validate(data), []
        return _adapter(model).validate_python(data), []
    except ValidationError as exc:
        return None, problems_for(model, exc.errors(include_url=False))


def problems_for(model: Any, errors: Iterable[dict[str, Any]]) -> list[Problem]:
    root = _schema(model)
    problems: list[Problem] = []
    seen: set[str] = set()
    for error in errors:
        message = _message(root, error)
        if message in seen:
            continue
        seen.add(message)
        path, _, _ = _resolve(root, error["loc"])
        problems.append(Problem(".".join(map(str, path)), _problem_kind(error["type"]), message))
    return problems


def _problem_kind(error_type: str) -> str:
    if error_type == "extra_forbidden":
        return "unknown_property"
    if error_type == "missing":
        return "missing_required"
    if error_type in _TYPE_KINDS:
        return "wrong_type"
    return "invalid_value"


def list_fields(model: Any) -> frozenset[str]:
    """Names (and aliases) of the model's top-level fields that take a list."""
    root = _schema(model)
    props = non_null(root, root).get("properties", {})
    return frozenset(name for name, sub in props.items() if _kind_of(non_null(root, sub)) == "array")


def known_fields(model: Any) -> frozenset[str]:
    root = _schema(model)
    return frozenset(non_null(root, root).get("properties", {}))


def _message(root: dict[str, Any], error: dict[str, Any]) -> str:
    path, schema, parent = _resolve(root, error["loc"])
    field = ".".join(str(p) for p in path) or "body"
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return f"property {field} should not exist"
    if kind == "ghl":  # a model's own validator already wrote the sentence
        return error["msg"].replace("{field}", field)
    if kind in ("literal_error", "enum"):
        return f"{field} must be one of the following values: {', '.join(map(str, _choices(schema)))}"
    if kind == "string_pattern_mismatch":
        template = PATTERN_MESSAGES.get(ctx.get("pattern"))
        # a pattern is not a template: "\\d{4}" must not reach str.format
        return template.format(f=field) if template else f"{field} must match {ctx.get('pattern')}"
    if kind == "string_too_short":
        return f"{field} should not be empty"
    if kind == "string_too_long":
        return f"{field} must be shorter than or equal to {ctx.get('max_length')} characters"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{field} must not be less than {_bound(ctx.get('ge', ctx.get('gt')))}"
    if kind in ("less_than_equal", "less_than"):
        return f"{field} must not be greater than {_bound(ctx.get('le', ctx.get('lt')))}"
    if kind == "too_short" and _kind_of(schema) == "array":
        return f"{field} must contain at least {ctx.get('min_length')} elements"
    if kind == "too_long" and _kind_of(schema) == "array":
        return f"{field} must contain no more than {ctx.get('max_length')} elements"
    expected = _TYPE_KINDS.get(kind) if kind != "missing" else None
    expected = expected or _kind_of(schema) or "string"
    if expected == "enum":
        return f"{field} must be one of the following values: {', '.join(map(str, _choices(schema)))}"
    # class-validator words item errors of a list of scalars as "each value in <list> ...".
    if path and isinstance(path[-1], int) and parent is not None and _kind_of(parent) == "array" \
            and expected in ("string", "number", "integer", "boolean"):
        list_field = ".".join(str(p) for p in path[:-1])
        return "each value in " + _KIND_MESSAGES[expected].format(f=list_field)
    if kind == "value_error" and error.get("msg"):
        return f"{field} {error['msg'].removeprefix('Value error, ')}"
    return _KIND_MESSAGES.get(expected, "{f} is invalid").format(f=field)


def _bound(value: Any) -> Any:
    """A bound as class-validator writes it: 20, not 20.0 (a ``number`` field's bounds are floats here)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def deref(root: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref``s into the root schema's ``$defs``."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = root.get("$defs", {}).get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema


def non_null(root: dict[str, Any], schema: dict[str, Any], *, first: bool = False) -> dict[str, Any]:
    """The schema without its ``null`` alternative (``X | None`` -> ``X``). A union of several real types
    stays as it is, unless ``first``: then its first type (keeping the union's default and examples)."""
    schema = deref(root, schema)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        real = [deref(root, o) for o in options if o.get("type") != "null"]
        if len(real) == 1 or (first and real):
            return {**real[0], **{k: v for k, v in schema.items() if k in ("default", "examples")}}
    return schema


def _resolve(root: dict[str, Any], loc: tuple) -> tuple[list, dict[str, Any], dict[str, Any] | None]:
    """Walk ``loc`` through the schema: the real field path, the schema there, and its parent's."""
    schema, parent, path = non_null(root, root), None, []
    for part in loc:
        props = schema.get("properties", {})
        if isinstance(part, int) and "items" in schema:
            parent, schema = schema, non_null(root, schema["items"])
            path.append(part)
        elif isinstance(part, str) and part in props:
            parent, schema = schema, non_null(root, props[part])
            path.append(part)
        elif isinstance(part, str) and isinstance(schema.get("additionalProperties"), dict):
            parent, schema = schema, non_null(root, schema["additionalProperties"])
            path.append(part)
        elif isinstance(part, str) and ("anyOf" in schema or "oneOf" in schema or "[" in part or part in _TAGS):
            # a union member's tag, not a field: a model member's tag is its class name, so its fields resolve
            members = [deref(root, o) for o in schema.get("anyOf") or schema.get("oneOf") or ()]
            schema = next((member for member in members if member.get("title") == part), schema)
        else:
            path.append(part)
            parent, schema = schema, {}
    return path, schema, parent


_TAGS = {"str", "int", "float", "bool", "list", "dict", "none", "function-after", "function-before",
         "function-plain", "function-wrap", "lax-or-strict", "json-or-python"}


def _kind_of(schema: dict[str, Any] | None) -> str | None:
    if not schema:
        return None
    if "enum" in schema or "const" in schema:
        return "enum"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "properties" in schema:
        return "object"
    return kind


def _choices(schema: dict[str, Any]) -> list[Any]:
    if "enum" in schema:
        return schema["enum"]
    if "const" in schema:
        return [schema["const"]]
    return []
