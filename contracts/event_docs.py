"""GHL's webhook event docs (``ghl-reference/docs/webhook-events/*.md``), read for the fields they document.

Each page has a schema block (a JSON schema, or for UserCreate a map of type names) and example bodies.
A field is documented when the schema or any example names it; its type is the schema's. Nothing is
copied: the generated test of the event declarations checks the mock's payloads against these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from mock_server.contracts import official

from mock_server.webhooks.oddities import FIELDS_FROM_OTHER_DOC

_BLOCK = re.compile(r"```json[^\n]*\n(.*?)```", re.S)
JSON_TYPES = {"string": str, "boolean": bool, "number": (int, float), "integer": int, "array": list, "object": dict,
              "Date": str}


def locate() -> Path | None:
    apps = official.locate()
    docs = apps.parent / "docs" / "webhook-events" if apps is not None else None
    return docs if docs is not None and docs.is_dir() else None


@dataclass
class EventDoc:
    name: str
    types: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> documented JSON type names
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def fields(self) -> set[str]:
        return set(self.types) | {k for example in self.examples for k in example}

    def type_problem(self, name: str, value: Any) -> str | None:
        kinds = self.types.get(name)
        if not kinds or value is None:
            return None
        expected = tuple(t for k in kinds for t in _as_tuple(JSON_TYPES.get(k, object)))
        if isinstance(value, bool) and bool not in expected:
            return f"{name} is a boolean, the doc says {'/'.join(kinds)}"
        return None if isinstance(value, expected) else f"{name} is {type(value).__name__}, the doc says {'/'.join(kinds)}"


def _as_tuple(kind) -> tuple:
    return kind if isinstance(kind, tuple) else (kind,)


def read(docs_dir: Path, page: str, name: str) -> EventDoc:
    doc = EventDoc(name)
    for source in (page, FIELDS_FROM_OTHER_DOC.get(name)):
        if source is None or not (docs_dir / source).is_file():
            continue
        for block in _BLOCK.findall((docs_dir / source).read_text(encoding="utf-8")):
            try:
                value = orjson.loads(block)
            except orjson.JSONDecodeError:
                continue
            if not isinstance(value, dict):
                continue
            if value.get("type") == "object" and isinstance(value.get("properties"), dict):  # a JSON schema
                for key, spec in value["properties"].items():
                    kind = spec.get("type") if isinstance(spec, dict) else None
                    doc.types[key] = tuple(kind) if isinstance(kind, list) else ((kind,) if isinstance(kind, str) else ())
            elif all(isinstance(v, (str, dict, list)) for v in value.values()) and _is_type_map(value):
                doc.types.update({k: (v,) if isinstance(v, str) else (("object",) if isinstance(v, dict) else ("array",))
                                  for k, v in value.items()})
            else:
                doc.examples.append(value)
    return doc


def _is_type_map(value: dict[str, Any]) -> bool:
    """UserCreate's "schema": ``{"type": "string", "id": "string", ...}`` (type names as values)."""
    return all(isinstance(v, (dict, list)) or (isinstance(v, str) and v in JSON_TYPES) for v in value.values())
