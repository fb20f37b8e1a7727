"""The area index: what the platform needs to know of every area before importing any of them.

A server must answer ``/_mock/health`` (and route its first request) without importing the areas: their
routes, pydantic models and services take over a second to import. So the few facts serving needs up front
are kept in a generated file, ``mock_server/apis/area_index.json``:

  operations  area, method, paths (the path, then its aliases), operationId: what the router routes (an
              area is imported on the first request for one of its operations) and what 404 vs 501 needs
  scopes      every scope some operation requires (a token minted "with every scope")
  tables      table -> area, scope, indexed fields (the store's indexes, where a tenant's records live)
  cascades    table -> the areas declaring a cascade on it (imported before a deletion of its records)
  seeds       area, method, path of each control-plane seed endpoint (routed by the control plane, the
              area imported on the first call)

The declarations stay the one home of each fact (``Area(...)`` in each area's ``area.py``): this file is
generated from them,

    python -m mock_server.platform.area_index          # rewrites mock_server/apis/area_index.json

and ``tests/platform/test_area_index.py`` fails when it is stale; so does importing an area whose
declaration no longer matches its entries (``Areas.load``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from mock_server.platform.area import Area

INDEX_PATH = Path(__file__).resolve().parents[1] / "apis" / "area_index.json"
COMMAND = "python -m mock_server.platform.area_index"


class StaleIndex(RuntimeError):
    """The area index no longer says what the declarations say."""


def build(areas: Iterable[Area]) -> dict[str, Any]:
    """The index of ``areas`` (declarations already imported), in their order."""
    areas = tuple(areas)
    operations, scopes, tables, cascades, seeds = [], set(), {}, {}, []
    for area in areas:
        for api in area.apis:
            for op in api.operations:
                operations.append([area.name, op.method, list(op.paths), op.operation_id])
                scopes.update(op.scopes)
        for table in area.tables:
            tables[table.name] = [area.name, table.scope, list(table.indexes)]
        seeds += [[area.name, seed.method, seed.path] for seed in area.seeds]
        for cascade in area.cascades:
            owners = cascades.setdefault(cascade.on, [])
            if area.name not in owners:
                owners.append(area.name)
    return {"areas": [area.name for area in areas], "operations": operations, "scopes": sorted(scopes),
            "tables": tables, "cascades": cascades, "seeds": seeds}


def render(index: dict[str, Any]) -> str:
    """JSON with one line per operation and per table, so a change reads as a small diff."""
    def rows(items: list[bytes]) -> str:
        return "[\n    " + ",\n    ".join(item.decode() for item in items) + "\n  ]" if items else "[]"

    def mapping(items: dict[str, Any]) -> str:
        lines = [f"{orjson.dumps(key).decode()}: {orjson.dumps(value).decode()}" for key, value in items.items()]
        return "{\n    " + ",\n    ".join(lines) + "\n  }" if lines else "{}"

    return ("{\n"
            f'  "areas": {orjson.dumps(index["areas"]).decode()},\n'
            f'  "operations": {rows([orjson.dumps(op) for op in index["operations"]])},\n'
            f'  "scopes": {orjson.dumps(index["scopes"]).decode()},\n'
            f'  "tables": {mapping(index["tables"])},\n'
            f'  "cascades": {mapping(index["cascades"])},\n'
            f'  "seeds": {rows([orjson.dumps(seed) for seed in index["seeds"]])}\n'
            "}\n")


def read(path: Path = INDEX_PATH) -> dict[str, Any]:
    return orjson.loads(path.read_bytes())


def main() -> int:
    from mock_server.apis import AREAS

    text = render(build(AREAS))
    changed = not INDEX_PATH.exists() or INDEX_PATH.read_text(encoding="utf-8") != text
    if changed:
        INDEX_PATH.write_text(text, encoding="utf-8")
    print(f"{INDEX_PATH}: {'rewritten' if changed else 'up to date'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
