"""From the official file's schemas to the declarations of a models module.

Structure is copied verbatim: field names, types, enums, required flags, nullability, arrays, maps,
nested objects, ``allOf`` (as inheritance) and ``oneOf``/``anyOf`` (as unions). Prose is not:
descriptions, summaries and examples stay in the official file.

A named schema (``#/components/schemas/BusinessDto``) becomes one class per role: request models
(``BodyModel``, or ``FormModel`` for form and multipart bodies) are strict and refuse unknown fields,
response models (``ResponseModel``) tolerate them, so a schema used both ways is two classes
(``Business`` and ``BusinessOut``). Inline objects are named after their parent and property, and
identical inline shapes share one class. ``$ref``s are followed with the ``referencing`` registry of
``OfficialSpec`` (``../common/common-schemas.json`` included).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import unquote, urljoin

from mock_server.contracts.official import OfficialSpec
from mock_server.contracts.scaffold.naming import Names, pascal, schema_stem, with_suffix
from mock_server.contracts.scaffold.source import literal
from pydantic import StringConstraints, TypeAdapter
from pydantic_core import SchemaError

ROLE_BASE = {"body": "BodyModel", "form": "FormModel", "query": "QueryModel", "response": "ResponseModel"}
NESTED_SUFFIX = {"body": "", "form": "", "query": "", "response": "Out"}
NO_DEFAULT = object()
NULL = {"type": "null"}
_CONSTRAINTS = {  # JSON Schema keyword -> pydantic Field argument, by the kind of value it constrains
    "number": {"minimum": "ge", "maximum": "le", "exclusiveMinimum": "gt", "exclusiveMaximum": "lt"},
    "integer": {"minimum": "ge", "maximum": "le", "exclusiveMinimum": "gt", "exclusiveMaximum": "lt"},
    "string": {"minLength": "min_length", "maxLength": "max_length", "pattern": "pattern"},
    "array": {"minItems": "min_length", "maxItems": "max_length"},
}
# Query parameters GHL declares as strings of digits (``limit: "100"``): typed NumberString when the file's
# default is one, or, for these count-like names, its example is one.
COUNT_NAMES = frozenset({"limit", "skip", "offset", "page", "pageLimit", "pageSize", "perPage"})
# Count-like query parameters declared as numbers: the bounded types of mock_server.platform.models.
PAGING = {"int": "Paging", "float": "PagingNumber"}


@dataclass
class FieldSpec:
    name: str  # GHL's, verbatim
    annotation: str
    required: bool
    nullable: bool = False
    default: Any = NO_DEFAULT
    constraints: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass
class ClassSpec:
    name: str
    role: str
    bases: tuple[str, ...]
    fields: list[FieldSpec]
    open: bool = False  # a request model that accepts properties the file does not name
    note: str = ""


@dataclass
class AliasSpec:
    name: str
    role: str  # "" for enums, which every role shares
    expression: str


Declaration = ClassSpec | AliasSpec


class Shapes:
    """The declarations of one models module, built as the operations ask for their models."""

    def __init__(self, spec: OfficialSpec, spec_file: str, taken: set[str] | frozenset[str] = frozenset()) -> None:
        self.spec = spec
        self.base = spec.uri(spec_file)
        self.names = Names(taken)
        self.declared: dict[str, Declaration] = {}
        self._named: dict[tuple[str, str], str] = {}  # (schema uri, role) -> name
        self._started: set[tuple[str, str]] = set()
        self._shapes: dict[tuple, str] = {}  # an inline class's structure -> its name

    # -- roots: what an operation's declaration names -------------------------------------------------
    def reserve(self, schema: dict[str, Any] | None, role: str, suffix: str) -> None:
        """Claim the root name (``...Body``, ``...Response``) of a named schema before nested uses claim another."""
        if not isinstance(schema, dict) or "$ref" not in schema:
            return
        uri, target, _ = self._lookup(schema["$ref"], self.base)
        if _class_like(target) and (uri, role) not in self._named:
            self._named[(uri, role)] = self.names.claim(with_suffix(schema_stem(_schema_name(uri)), suffix))

    def root(self, schema: dict[str, Any] | None, role: str, name: str) -> str | None:
        """The models-module name of a body or answer schema: its class, or an alias named ``name``
        (None for an answer the file says nothing about)."""
        if not schema:
            return None if role == "response" else self._open_class(name, role)
        if "$ref" not in schema and _class_like(schema):
            return self._declare_class(self.names.claim(name), schema, self.base, role, inline=False)
        expression, nullable = self.annotation(schema, self.base, role, stem_of(name), "")
        if expression == "Any" and role == "response":
            return None
        if nullable and expression != "Any":
            expression += " | None"
        if expression in self.declared and isinstance(self.declared[expression], ClassSpec):
            return expression
        if expression in ("dict[str, Any]", "Any") and role != "response":
            return self._open_class(name, role)
        alias = self.names.claim(name)
        self.declared[alias] = AliasSpec(alias, role, expression)
        return alias

    def query(self, parameters: list[dict[str, Any]], name: str) -> str | None:
        fields = []
        for param in parameters:
            schema = param.get("schema") or {}
            expression, nullable = self.annotation(schema, self.base, "query", stem_of(name), pascal(param["name"]))
            required = bool(param.get("required"))
            if expression == "str" and number_string(param["name"], schema):
                expression = "NumberString"  # GHL's counts (limit, skip) are strings of digits
            elif param["name"] in COUNT_NAMES and expression in PAGING:
                expression = PAGING[expression]  # the platform's bounded paging numbers
            default = schema.get("default", NO_DEFAULT) if not required else NO_DEFAULT
            if not _scalar(default) or default is None:
                default = NO_DEFAULT
            fields.append(FieldSpec(param["name"], expression, required, nullable, default,
                                    self._constraints(schema, "query")))
        return self._inline(name, "query", (ROLE_BASE["query"],), fields) if fields else None

    # -- any schema -----------------------------------------------------------------------------------
    def annotation(self, node: Any, base: str, role: str, stem: str, label: str) -> tuple[str, bool]:
        """The type expression of ``node`` and whether it may be null. Inline objects become classes named
        ``stem + label`` (plus ``Out`` for answers)."""
        if not isinstance(node, dict):
            return "Any", False
        variants = node.get("oneOf") or node.get("anyOf")
        nullable = NULL in (variants or []) or _null_type(node) or None in (node.get("enum") or [])
        if "$ref" in node:
            expression, inner_null = self._reference(node["$ref"], base, role)
            return expression, nullable or inner_null
        if "allOf" in node:
            parts = node["allOf"]
            if len(parts) == 1 and not node.get("properties"):
                expression, inner_null = self.annotation(parts[0], base, role, stem, label)
                return expression, nullable or inner_null
            return self._class(node, base, role, stem + label), nullable
        if variants:
            options = []
            for number, variant in enumerate(v for v in variants if v != NULL):
                expression, inner_null = self.annotation(variant, base, role, stem, f"{label}Option{number + 1}")
                options.append(expression)
                nullable = nullable or inner_null
            return _union(options), nullable
        return self._plain(node, base, role, stem, label), nullable

    def _plain(self, node: dict[str, Any], base: str, role: str, stem: str, label: str) -> str:
        values = [v for v in dict.fromkeys(_scalars(node.get("enum") or [])) if v is not None]
        if values:
            return f"Literal[{', '.join(literal(v) for v in values)}]"
        kinds = [k for k in (node["type"] if isinstance(node.get("type"), list) else [node.get("type")])
                 if k not in ("null", None)]
        if len(kinds) > 1:
            return _union([self._plain({**node, "type": kind}, base, role, stem, label) for kind in kinds])
        kind = kinds[0] if kinds else None
        if kind == "string":
            return "bytes" if node.get("format") == "binary" and role == "form" else "str"
        if kind in ("number", "integer", "boolean"):
            return {"number": "float", "integer": "int", "boolean": "bool"}[kind]
        if kind == "array":
            if not isinstance(node.get("items"), dict) or not node["items"]:
                return "list[Any]"
            item, item_null = self.annotation(node["items"], base, role, stem, label)
            return f"list[{item} | None]" if item_null and item != "Any" else f"list[{item}]"
        if node.get("properties"):
            return self._class(node, base, role, stem + label)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value, value_null = self.annotation(extra, base, role, stem, label + "Value")
            return f"dict[str, {value} | None]" if value_null and value != "Any" else f"dict[str, {value}]"
        return "dict[str, Any]" if kind == "object" else "Any"

    def _reference(self, ref: str, base: str, role: str) -> tuple[str, bool]:
        uri, target, target_base = self._lookup(ref, base)
        stem = schema_stem(_schema_name(uri))
        if _class_like(target):
            key = (uri, role)
            name = self._named.get(key) or self.names.claim(with_suffix(stem, NESTED_SUFFIX[role]))
            self._named[key] = name
            if key not in self._started:
                self._started.add(key)
                self._declare_class(name, target, target_base, role, inline=False)
            return name, False
        expression, nullable = self.annotation(target, target_base, role, stem, "")
        if expression.startswith("Literal[") or " | " in expression:
            key = (uri, "" if expression.startswith("Literal[") else role)
            if key not in self._named:
                name = self._named[key] = self.names.claim(with_suffix(stem, NESTED_SUFFIX[role] if key[1] else ""))
                self.declared[name] = AliasSpec(name, key[1], expression)
            return self._named[key], nullable
        return expression, nullable

    def _lookup(self, ref: str, base: str) -> tuple[str, Any, str]:
        uri = urljoin(base, ref)
        resolved = self.spec.registry.resolver(base_uri=base).lookup(ref)
        return uri, resolved.contents, uri.split("#", 1)[0]

    # -- classes --------------------------------------------------------------------------------------
    def _class(self, node: dict[str, Any], base: str, role: str, wanted: str) -> str:
        return self._declare_class(with_suffix(wanted, NESTED_SUFFIX[role]), node, base, role, inline=True)

    def _declare_class(self, name: str, node: dict[str, Any], base: str, role: str, *, inline: bool) -> str:
        bases: list[str] = []
        properties: list[tuple[str, Any, str]] = []
        required: list[str] = list(node.get("required") or [])
        for part in node.get("allOf", []):
            if isinstance(part, dict) and "$ref" in part:
                uri, target, target_base = self._lookup(part["$ref"], base)
                if _class_like(target):
                    bases.append(self._reference(part["$ref"], base, role)[0])
                    continue
                part, part_base = target, target_base
            else:
                part_base = base
            if isinstance(part, dict):
                properties += [(k, v, part_base) for k, v in (part.get("properties") or {}).items()]
                required += part.get("required") or []
        properties += [(k, v, base) for k, v in (node.get("properties") or {}).items()]
        stem = stem_of(name)
        fields: dict[str, FieldSpec] = {}
        for prop, schema, where in properties:
            expression, nullable = self.annotation(schema, where, role, stem, pascal(prop))
            is_required = prop in required
            fields[prop] = FieldSpec(prop, expression, is_required, nullable,
                                     constraints=self._constraints(schema, role) if isinstance(schema, dict) else {})
        inherited = {f.name: f for b in bases for f in self._all_fields(b)}
        for prop in dict.fromkeys(required):
            if prop in fields:
                continue
            if prop in inherited:
                if not inherited[prop].required:
                    fields[prop] = FieldSpec(prop, inherited[prop].annotation, True, inherited[prop].nullable)
            else:
                fields[prop] = FieldSpec(prop, "Any", True, note="required by the official file, which does not "
                                                                 "describe it")
        extra = node.get("additionalProperties")
        spec_bases = tuple(bases) or (ROLE_BASE[role],)
        is_open = role != "response" and extra not in (None, False) and bool(fields)
        if inline:
            return self._inline(name, role, spec_bases, list(fields.values()), is_open)
        self.declared[name] = ClassSpec(name, role, spec_bases, list(fields.values()), is_open)
        return name

    def _inline(self, wanted: str, role: str, bases: tuple[str, ...], fields: list[FieldSpec],
                is_open: bool = False) -> str:
        shape = (role, bases, is_open, tuple((f.name, f.annotation, f.required, f.nullable, repr(f.default),
                                              tuple(f.constraints.items())) for f in fields))
        if shape not in self._shapes:
            name = self._shapes[shape] = self.names.claim(wanted)
            self.declared[name] = ClassSpec(name, role, bases, fields, is_open)
        return self._shapes[shape]

    def _open_class(self, name: str, role: str) -> str:
        """A request body the file describes no fields of: any property is accepted until we know better."""
        claimed = self.names.claim(name)
        self.declared[claimed] = ClassSpec(claimed, role, (ROLE_BASE[role],), [], open=True,
                                           note="the official file declares no fields for this body")
        return claimed

    def _all_fields(self, name: str) -> list[FieldSpec]:
        spec = self.declared.get(name)
        if not isinstance(spec, ClassSpec):
            return []
        return [f for b in spec.bases for f in self._all_fields(b)] + spec.fields

    def _constraints(self, schema: dict[str, Any], role: str) -> dict[str, Any]:
        if role == "response" or not isinstance(schema, dict):
            return {}
        kind = schema.get("type")
        out = {arg: schema[key] for key, arg in _CONSTRAINTS.get(kind if isinstance(kind, str) else "", {}).items()
               if key in schema and not isinstance(schema[key], bool)}
        if "pattern" in out and not _rust_regex(out["pattern"]):
            del out["pattern"]  # pydantic's regex engine cannot run it; the handler must check it
        return out


# -- helpers ------------------------------------------------------------------------------------------
def _class_like(node: Any) -> bool:
    """An object with properties, or an ``allOf`` of several parts: a class (one part alone is that part)."""
    return isinstance(node, dict) and (bool(node.get("properties")) or len(node.get("allOf") or []) > 1)


def _schema_name(uri: str) -> str:
    return unquote(uri.rsplit("/", 1)[-1]).replace("~1", "/").replace("~0", "~")


def stem_of(name: str) -> str:
    """A class name without its role's suffix, to name what is nested in it: ``BusinessOut`` -> ``Business``."""
    for suffix in ("Body", "Response", "Query", "Out"):
        if name.endswith(suffix) and name != suffix:
            return name.removesuffix(suffix)
    return name


def _null_type(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


def _union(options: list[str]) -> str:
    unique = list(dict.fromkeys(options))
    return "Any" if "Any" in unique or not unique else " | ".join(unique)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _scalars(values: list[Any]) -> list[Any]:
    """An enum's values when a ``Literal`` can hold them (the files have a few enums of lists)."""
    return values if all(_scalar(v) for v in values) else []


def number_string(name: str, schema: dict[str, Any]) -> bool:
    """A string query parameter that holds a count (see COUNT_NAMES)."""
    if schema.get("enum") or schema.get("format") or schema.get("type") != "string":
        return False
    return _digits(schema.get("default")) or (name in COUNT_NAMES and _digits(schema.get("example")))


def _digits(value: Any) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit()


def _rust_regex(pattern: str) -> bool:
    try:
        TypeAdapter(Annotated[str, StringConstraints(pattern=pattern)])
    except SchemaError:
        return False
    return True
