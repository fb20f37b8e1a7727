"""The filter grammar of POST /contacts/search, compiled into predicates over stored contacts.

A filter is a condition ``{"field", "operator", "value"}`` or a group
``{"group": "AND" | "OR", "filters": [...]}``; groups nest, and the top-level list is an AND.

| field kind | fields | operators (value) |
|---|---|---|
| text | id, firstName, lastName, firstNameLowerCase, lastNameLowerCase, fullNameLowerCase, name, email, phone, companyName, address1, city, state, country, postalCode, website, source, type, timezone, assignedTo, businessId, gender | eq, not_eq (a string, or a list: any of), contains, not_contains (a string), exists, not_exists |
| boolean | dnd | eq, not_eq (true/false), exists, not_exists |
| date | dateAdded, dateUpdated, dateOfBirth | range ({gt, gte, lt, lte}: ISO-8601 or epoch ms), exists, not_exists |
| list | tags, followers | eq, contains (a string or a list: has any), not_eq, not_contains (has none), exists, not_exists |
| custom | customFields.{id} | by the field's dataType: text and single options as text; NUMERICAL and MONETORY: eq, not_eq, range (numbers), exists, not_exists; MULTIPLE_OPTIONS and CHECKBOX as list; DATE as date; others exists, not_exists |

DECISION: text comparisons ignore case. ``email`` and ``phone`` values are normalised as stored
(lower case, E.164). A date-only bound (``2024-06-01``) means that day in the location's time zone,
as GHL evaluates it. Anything outside this grammar is refused with a 422 naming it, never ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from mock_server.apis.common import iso_z
from mock_server.apis.contacts import fields
from mock_server.platform.errors import Unprocessable

Predicate = Callable[[dict[str, Any]], bool]

TEXT_FIELDS = frozenset({
    "id", "firstName", "lastName", "firstNameLowerCase", "lastNameLowerCase", "fullNameLowerCase", "name",
    "email", "phone", "companyName", "address1", "city", "state", "country", "postalCode", "website", "source",
    "type", "timezone", "assignedTo", "businessId", "gender"})
BOOLEAN_FIELDS = frozenset({"dnd"})
DATE_FIELDS = frozenset({"dateAdded", "dateUpdated", "dateOfBirth"})
LIST_FIELDS = frozenset({"tags", "followers"})
CUSTOM_PREFIX = "customFields."
# Equality on these is answered from the store's indexes (the contacts Table in area.py declares them).
INDEXED = frozenset({"email", "phone", "tags", "businessId"})

OPERATORS = {
    "text": ("eq", "not_eq", "contains", "not_contains", "exists", "not_exists"),
    "boolean": ("eq", "not_eq", "exists", "not_exists"),
    "date": ("range", "exists", "not_exists"),
    "list": ("eq", "not_eq", "contains", "not_contains", "exists", "not_exists"),
    "number": ("eq", "not_eq", "range", "exists", "not_exists"),
    "object": ("exists", "not_exists"),
}
RANGE_KEYS = ("gt", "gte", "lt", "lte")
CUSTOM_KINDS = {"NUMERICAL": "number", "MONETORY": "number", "MULTIPLE_OPTIONS": "list", "CHECKBOX": "list",
                "DATE": "date", "TEXTBOX_LIST": "object", "FILE_UPLOAD": "object"}

# DECISION: GHL's texts for unsupported filters are not known; each names the filter and the reason.
UNSUPPORTED_FIELD = "{path}.field {field} is not a supported search field"
UNSUPPORTED_OPERATOR = "{path}.operator {operator} is not supported for field {field} (supported: {supported})"
BAD_VALUE = "{path}.value {problem}"


@dataclass(frozen=True, slots=True)
class FieldCatalog:
    """The searchable fields of one kind of record, by how they compare (the table above is contacts')."""

    text: frozenset[str]
    boolean: frozenset[str] = frozenset()
    date: frozenset[str] = frozenset()
    list: frozenset[str] = frozenset()
    number: frozenset[str] = frozenset()
    indexed: frozenset[str] = frozenset()  # equality on these is answered from the store's indexes

    def kind_of(self, field: str) -> str | None:
        for kind in ("text", "boolean", "date", "list", "number"):
            if field in getattr(self, kind):
                return kind
        return None


CONTACT_FIELDS = FieldCatalog(TEXT_FIELDS, BOOLEAN_FIELDS, DATE_FIELDS, LIST_FIELDS, indexed=INDEXED)


@dataclass(frozen=True, slots=True)
class Context:
    """What compiling needs to know about the location (and which records' fields are searched)."""

    custom_fields: dict[str, dict[str, Any]]  # custom-field definitions by id
    timezone: str
    phone_region: str | None
    catalog: FieldCatalog = CONTACT_FIELDS
    # How custom fields are named in filters and read from a record: contacts' ``customFields.{id}`` by
    # default; custom-object records name theirs ``properties.{key}`` (``objects/search.py``).
    custom_prefix: str = CUSTOM_PREFIX
    custom_value: Callable[[dict[str, Any], dict[str, Any]], Any] | None = None


@dataclass(frozen=True, slots=True)
class Compiled:
    predicate: Predicate
    # (field, values): the matches are among the contacts whose indexed ``field`` holds one of ``values``.
    index_hint: tuple[str, list[Any]] | None = None


def compile_filters(filters: list[dict[str, Any]], context: Context) -> Compiled:
    """One predicate for the top-level list (an AND), or a 422 listing every unsupported filter."""
    problems: list[str] = []
    compiled = [_compile(f, f"filters.{i}", context, problems) for i, f in enumerate(filters)]
    if problems:
        raise Unprocessable(problems)
    hint = next((c.index_hint for c in compiled if c.index_hint is not None), None)
    predicates = [c.predicate for c in compiled]
    return Compiled(lambda record: all(p(record) for p in predicates), hint)


def _compile(node: dict[str, Any], path: str, context: Context, problems: list[str]) -> Compiled:
    if node.get("group") is not None:
        parts = [_compile(f, f"{path}.filters.{i}", context, problems) for i, f in enumerate(node["filters"])]
        predicates = [p.predicate for p in parts]
        if node["group"] == "OR":
            return Compiled(lambda record: any(p(record) for p in predicates))
        hint = next((p.index_hint for p in parts if p.index_hint is not None), None)
        return Compiled(lambda record: all(p(record) for p in predicates), hint)
    field, operator, value = node["field"], node["operator"], node.get("value")
    kind, read, definition = _field(field, context)
    if kind is None:
        problems.append(UNSUPPORTED_FIELD.format(path=path, field=field))
        return Compiled(_never)
    if operator not in OPERATORS[kind]:
        problems.append(UNSUPPORTED_OPERATOR.format(path=path, operator=operator, field=field,
                                                    supported=", ".join(OPERATORS[kind])))
        return Compiled(_never)
    if operator == "exists":
        return Compiled(lambda record: _present(read(record)))
    if operator == "not_exists":
        return Compiled(lambda record: not _present(read(record)))
    try:
        return _condition(kind, operator, field, value, read, context)
    except ValueError as problem:
        problems.append(BAD_VALUE.format(path=path, problem=problem))
        return Compiled(_never)


def _field(field: str, context: Context) -> tuple[str | None, Callable[[dict], Any], dict | None]:
    if field.startswith(context.custom_prefix):
        definition = context.custom_fields.get(field[len(context.custom_prefix):])
        if definition is None:
            return None, _never, None
        field_id, custom_value = definition["id"], context.custom_value

        def read(record: dict[str, Any]) -> Any:
            if custom_value is not None:
                return custom_value(record, definition)
            return next((v["value"] for v in record.get("customFields", ()) if v["id"] == field_id), None)

        return CUSTOM_KINDS.get(definition.get("dataType", ""), "text"), read, definition
    kind = context.catalog.kind_of(field)
    if kind is not None:
        return kind, (lambda record: record.get(field)), None
    return None, _never, None


def _condition(kind: str, operator: str, field: str, value: Any, read: Callable, context: Context) -> Compiled:
    if kind == "text":
        return _text(operator, field, value, read, context)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValueError("must be a boolean value")
        return Compiled((lambda r: read(r) is value) if operator == "eq" else (lambda r: read(r) is not value))
    if kind == "list":
        wanted = {v.lower() if field == "tags" else v for v in _strings(value)}

        def has_any(record: dict[str, Any]) -> bool:
            held = read(record)
            return isinstance(held, list) and not wanted.isdisjoint(held)

        if operator in ("eq", "contains"):
            hint = (field, sorted(wanted)) if field in context.catalog.indexed else None
            return Compiled(has_any, hint)
        return Compiled(lambda r: not has_any(r))
    if kind == "number":
        if operator == "range":
            return Compiled(_within(_bounds(value, _number), read, _number_or_none))
        number = _number(value)[0]
        if operator == "eq":
            return Compiled(lambda r: _number_or_none(read(r)) == number)
        return Compiled(lambda r: _number_or_none(read(r)) != number)
    # date
    bounds = _bounds(value, lambda bound: _instant(bound, context.timezone))
    return Compiled(_within(bounds, read, _date_or_none))


def _text(operator: str, field: str, value: Any, read: Callable, context: Context) -> Compiled:
    if operator in ("contains", "not_contains"):
        if not isinstance(value, str) or not value:
            raise ValueError("must be a non-empty string")
        needle = value.lower()

        def found(record: dict[str, Any]) -> bool:
            held = read(record)
            return isinstance(held, str) and needle in held.lower()

        return Compiled(found if operator == "contains" else (lambda r: not found(r)))
    stored = {_normal(field, v, context) for v in _strings(value, allow_numbers=True)}
    hint = (field, sorted(stored)) if operator == "eq" and field in context.catalog.indexed else None
    wanted = {v.lower() for v in stored}

    def equal(record: dict[str, Any]) -> bool:
        held = read(record)
        return isinstance(held, str) and held.lower() in wanted

    return Compiled(equal if operator == "eq" else (lambda r: not equal(r)), hint)


def _normal(field: str, value: str, context: Context) -> str:
    """The value in the form the field is stored in (email lower case, phone E.164)."""
    if field == "phone":
        try:
            return fields.e164(value, context.phone_region)
        except Unprocessable:
            return value
    return fields.email_key(value) if field == "email" else value


def _strings(value: Any, *, allow_numbers: bool = False) -> list[str]:
    items = value if isinstance(value, list) else [value]
    scalar = (str, int, float) if allow_numbers else (str,)
    if not items or not all(isinstance(v, scalar) and not isinstance(v, bool) for v in items):
        raise ValueError("must be a string or a list of strings")
    return [str(v) for v in items]


def _bounds(value: Any, convert: Callable[[Any], Any]) -> dict[str, Any]:
    if not isinstance(value, dict) or not value or set(value) - set(RANGE_KEYS):
        raise ValueError(f"must be an object with some of {', '.join(RANGE_KEYS)}")
    out = {}
    for key, bound in value.items():
        converted = convert(bound)
        out[key] = converted[0] if key in ("gte", "lt") else converted[1]
    return out


def _within(bounds: dict[str, Any], read: Callable, convert: Callable[[Any], Any]) -> Predicate:
    checks = {"gt": lambda v, b: v > b, "gte": lambda v, b: v >= b, "lt": lambda v, b: v < b,
              "lte": lambda v, b: v <= b}
    items = [(checks[k], b) for k, b in bounds.items()]

    def inside(record: dict[str, Any]) -> bool:
        v = convert(read(record))
        return v is not None and all(check(v, bound) for check, bound in items)

    return inside


def _number(value: Any) -> tuple[float, float]:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("must be a number")
    return value, value


def _number_or_none(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    try:
        return float(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _instant(bound: Any, timezone: str) -> tuple[str, str]:
    """(first, last) stored timestamp a bound covers: a date-only bound covers that local day."""
    try:
        return _covered(bound, timezone)
    except OverflowError:  # a day at the very edge of the calendar, shifted out of it by the time zone
        raise ValueError("bounds must be instants between the years 1 and 9999") from None


def _covered(bound: Any, timezone: str) -> tuple[str, str]:
    if isinstance(bound, (int, float)) and not isinstance(bound, bool):
        stamp = fields.iso_from_epoch_ms(bound)
        return stamp, stamp
    if not isinstance(bound, str):
        raise ValueError("bounds must be ISO-8601 strings or epoch milliseconds")
    zone = ZoneInfo(timezone)
    try:
        day = date.fromisoformat(bound)
    except ValueError:
        day = None
    if day is not None:
        start = datetime.combine(day, time.min, zone)
        end = start + timedelta(days=1) - timedelta(milliseconds=1)
        return iso_z(start.astimezone(ZoneInfo("UTC"))), iso_z(end.astimezone(ZoneInfo("UTC")))
    try:
        moment = datetime.fromisoformat(bound.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError("bounds must be ISO-8601 strings or epoch milliseconds") from None
    moment = (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(ZoneInfo("UTC"))
    return iso_z(moment), iso_z(moment)


def _date_or_none(value: Any) -> str | None:
    """Stored timestamps compare as strings (fixed-width ISO in UTC); custom DATE values are converted."""
    if isinstance(value, str) and len(value) == 24 and value.endswith("Z"):
        return value
    if value is None or isinstance(value, bool):
        return None
    try:
        return _instant(value, "UTC")[0]
    except ValueError:
        return None


def _present(value: Any) -> bool:
    return value not in (None, "", [], {})


def _never(record: dict[str, Any]) -> bool:
    return False
