"""What a value of a custom field must be, by the field's data type: one rule for every holder of values
(contacts, opportunities, businesses, custom-object records).

| dataType | value |
|---|---|
| TEXT, LARGE_TEXT, PHONE, EMAIL | a string |
| NUMERICAL | a number (or a string holding one; kept as a number) |
| MONETORY | a number (or a string holding one), or ``{"currency", "value"}`` as records carry money |
| DATE | an ISO-8601 date / date-time string, or epoch milliseconds |
| SINGLE_OPTIONS, RADIO | one of the field's options (its key or label) |
| MULTIPLE_OPTIONS, CHECKBOX | a list of the field's options |
| TEXTBOX_LIST, FILE_UPLOAD | an object (or, for files, a list of objects) |

A field that allows custom options (``allowCustomOption``), or has none, takes any string.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime
from typing import Any

STRING_TYPES = frozenset({"TEXT", "LARGE_TEXT", "PHONE", "EMAIL"})
NUMBER_TYPES = frozenset({"NUMERICAL", "MONETORY"})
SINGLE_CHOICE = frozenset({"SINGLE_OPTIONS", "RADIO"})
MULTI_CHOICE = frozenset({"MULTIPLE_OPTIONS", "CHECKBOX"})
OPTION_TYPES = SINGLE_CHOICE | MULTI_CHOICE
OBJECT_TYPES = frozenset({"TEXTBOX_LIST", "FILE_UPLOAD"})


def option_names(definition: dict[str, Any]) -> set[str]:
    """What a value may name an option by: its key or its label."""
    return {name for o in definition.get("options") or () for name in (o["key"], o["label"])}


def typed(definition: dict[str, Any], raw: Any) -> tuple[Any, str | None]:
    """``(value as stored, None)``, or ``(None, what is wrong)`` (a phrase: "must be a number")."""
    data_type = definition.get("dataType", "TEXT")
    if data_type in NUMBER_TYPES:
        if data_type == "MONETORY" and isinstance(raw, dict):
            amount, problem = _number(raw.get("value"))
            return (None, problem) if problem else ({**raw, "value": amount}, None)
        return _number(raw)
    if data_type in OPTION_TYPES:
        names = option_names(definition)
        free = definition.get("allowCustomOption") or not names
        if data_type in SINGLE_CHOICE:
            if not isinstance(raw, str):
                return None, "must be a string"
            return (raw, None) if free or raw in names else (None, _options_problem(definition))
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            return None, "must be an array of strings"
        return (raw, None) if free or set(raw) <= names else (None, _options_problem(definition))
    if data_type in OBJECT_TYPES:
        if isinstance(raw, dict) or (data_type == "FILE_UPLOAD" and isinstance(raw, list)
                                     and all(isinstance(v, dict) for v in raw)):
            return raw, None
        return None, "must be an object"
    if data_type == "DATE":
        return (raw, None) if _is_date(raw) else (None, "must be an ISO 8601 date or epoch milliseconds")
    return (raw, None) if isinstance(raw, str) else (None, "must be a string")


def options_used(definition: dict[str, Any], values: Iterable[Any]) -> set[str]:
    """The option names (keys or labels) that ``values`` of this field hold."""
    used: set[str] = set()
    for value in values:
        if isinstance(value, str):
            used.add(value)
        elif isinstance(value, list):
            used.update(v for v in value if isinstance(v, str))
    return used


def _number(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, bool):
        return None, "must be a number"
    if isinstance(raw, (int, float)):
        return (raw, None) if math.isfinite(raw) else (None, "must be a number")
    if isinstance(raw, str):
        try:
            number = float(raw.strip())
        except ValueError:
            return None, "must be a number"
        if math.isfinite(number):
            return (int(number) if number.is_integer() else number), None
    return None, "must be a number"


def _is_date(raw: Any) -> bool:
    if isinstance(raw, bool):
        return False
    if isinstance(raw, (int, float)):
        return True
    if not isinstance(raw, str):
        return False
    try:
        datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _options_problem(definition: dict[str, Any]) -> str:
    return f"must be one of the field's options: {', '.join(o['key'] for o in definition.get('options') or ())}"
