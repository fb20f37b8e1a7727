"""The area index: what the platform needs to know of every area before importing any of them.

A server must answer ``/_mock/health`` (and route its first request) without importing the areas: their
routes, pydantic models and services take over a second to import. So the few facts serving needs up front
are kept in a generated file in each area's package, ``mock_server/apis/<area>/index.json``:

  operations  method, paths (the path, then its aliases), operationId: what the router routes (the area is
              imported on the first request for one of its operations) and what 404 vs 501 needs
  scopes      every scope one of its operations requires (a token minted "with every scope")
  tables      table -> scope, indexed fields (the store's indexes, where a tenant's records live)
  cascades    the tables it declares a cascade on (it is imported before a deletion of their records)
  on_create   the tables whose new records it reacts to (it is imported before one is reported created);
              written only by an area declaring some
  factories   its ``ghl`` factories mixin, ``"module:Class"`` (the fixture imports the mixins, not the areas);
              written only by an area declaring one
  seeds       method, path of each control-plane seed endpoint (routed by the control plane, the area
              imported on the first call)
  events      each webhook event it declares, with the operations its causes name (``[name, [operation,
              ...]]``): what subscribing an app, the event catalog and ``ghl-mock trigger`` need to know
              without importing every area (the event itself, its recipe and causes' bodies, stay in the
              area's ``events.py``); written only by an area declaring some

At start-up the platform reads the files of the areas ``AREA_NAMES`` lists, in its order, and composes them
(``read``): one file per area, so an area's index lives and merges with its package, never in a file every
new area edits. The declarations stay the one home of each fact (``Area(...)`` in each area's ``area.py``):
the files are generated from them,

    python -m mock_server.platform.area_index              # rewrites every registered area's index.json
    python -m mock_server.platform.area_index links funnels    # only these areas'

and ``tests/platform/test_area_index.py`` names the areas whose file is stale; so does importing an area
whose declaration no longer matches its entries (``Areas.load``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from mock_server.platform.area import Area

APIS_DIR = Path(__file__).resolve().parents[1] / "apis"
FILE_NAME = "index.json"
COMMAND = "python -m mock_server.platform.area_index"


class StaleIndex(RuntimeError):
    """An area's index no longer says what its declaration says (or it has none)."""


def path_of(name: str, directory: Path = APIS_DIR) -> Path:
    """Where area ``name``'s index lives: ``mock_server/apis/<name>/index.json``."""
    return directory / name / FILE_NAME


def entry(area: Area) -> dict[str, Any]:
    """One area's index (its declaration already imported): what its ``index.json`` holds."""
    operations, scopes, cascades = [], set(), []
    for api in area.apis:
        for op in api.operations:
            operations.append([op.method, list(op.paths), op.operation_id])
            scopes.update(op.scopes)
    for cascade in area.cascades:
        if cascade.on not in cascades:
            cascades.append(cascade.on)
    found = {"operations": operations, "scopes": sorted(scopes),
             "tables": {table.name: [table.scope, list(table.indexes)] for table in area.tables},
             "cascades": cascades, "seeds": [[seed.method, seed.path] for seed in area.seeds]}
    on_create = list(dict.fromkeys(hook.on for hook in area.on_create))
    if on_create:  # most areas react to no creation: their files stay without the key
        found["on_create"] = on_create
    if area.factories:  # the ``ghl`` fixture composes its factories without importing the areas
        found["factories"] = area.factories
    if area.events:  # subscriptions, the catalog and ``ghl-mock trigger`` know them without importing the area
        found["events"] = [[event.name, [cause.operation for cause in event.causes]] for event in area.events]
    return found


def compose(entries: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The platform's index of every area, from ``(name, entry)`` pairs in registry order: each row names its
    area (operations ``[area, method, paths, operationId]``, tables ``{table: [area, scope, indexes]}``,
    cascades and on_create ``{table: [area, ...]}``, seeds ``[area, method, path]``, events ``{name: [area,
    [operation, ...]]}``), scopes are their union."""
    names, operations, scopes, tables, cascades, on_create, factories, seeds = [], [], set(), {}, {}, {}, [], []
    events: dict[str, list[Any]] = {}
    for name, found in entries:
        names.append(name)
        operations += [[name, *op] for op in found["operations"]]
        scopes.update(found["scopes"])
        tables.update({table: [name, *rest] for table, rest in found["tables"].items()})
        for table in found["cascades"]:
            cascades.setdefault(table, []).append(name)
        for table in found.get("on_create", ()):
            on_create.setdefault(table, []).append(name)
        if found.get("factories"):
            factories.append([name, found["factories"]])
        seeds += [[name, *seed] for seed in found["seeds"]]
        for event, causes in found.get("events", ()):
            if event in events:
                raise ValueError(f"event {event!r} is declared by {events[event][0]!r} and {name!r}")
            events[event] = [name, causes]
    return {"areas": names, "operations": operations, "scopes": sorted(scopes), "tables": tables,
            "cascades": cascades, "on_create": on_create, "factories": factories, "seeds": seeds, "events": events}


def build(areas: Iterable[Area]) -> dict[str, Any]:
    """The index of ``areas`` (declarations already imported), in their order."""
    return compose((area.name, entry(area)) for area in areas)


def read(names: Sequence[str], directory: Path = APIS_DIR) -> dict[str, Any]:
    """The composed index of the areas ``names``, from their files (no area imported)."""
    def load(name: str) -> dict[str, Any]:
        try:
            return orjson.loads(path_of(name, directory).read_bytes())
        except FileNotFoundError:
            raise StaleIndex(f"area {name!r} has no index ({path_of(name, directory)}): run "
                             f"`{COMMAND} {name}`") from None

    return compose((name, load(name)) for name in names)


def render(found: dict[str, Any]) -> str:
    """An area's ``index.json``: one line per operation, table and seed, so a change reads as a small diff."""
    def dumps(value: Any) -> str:
        return orjson.dumps(value).decode()

    def rows(items: list[Any]) -> str:
        return "[\n    " + ",\n    ".join(dumps(item) for item in items) + "\n  ]" if items else "[]"

    def mapping(items: dict[str, Any]) -> str:
        lines = [f"{dumps(key)}: {dumps(value)}" for key, value in items.items()]
        return "{\n    " + ",\n    ".join(lines) + "\n  }" if lines else "{}"

    return ("{\n"
            f'  "operations": {rows(found["operations"])},\n'
            f'  "scopes": {dumps(found["scopes"])},\n'
            f'  "tables": {mapping(found["tables"])},\n'
            f'  "cascades": {dumps(found["cascades"])},\n'
            + (f'  "on_create": {dumps(found["on_create"])},\n' if "on_create" in found else "")
            + (f'  "factories": {dumps(found["factories"])},\n' if "factories" in found else "")
            + f'  "seeds": {rows(found["seeds"])}'
            + (f',\n  "events": {rows(found["events"])}' if "events" in found else "")
            + "\n}\n")


def stale(areas: Iterable[Area], directory: Path = APIS_DIR) -> list[str]:
    """The names of the areas whose ``index.json`` is missing or no longer what their declaration says."""
    def current(area: Area) -> bool:
        path = path_of(area.name, directory)
        return path.exists() and path.read_text(encoding="utf-8") == render(entry(area))

    return [area.name for area in areas if not current(area)]


def write(areas: Iterable[Area], directory: Path = APIS_DIR) -> list[str]:
    """Rewrite the ``index.json`` of each of ``areas`` that is stale; answers their names."""
    areas = tuple(areas)
    changed = stale(areas, directory)
    for area in areas:
        if area.name in changed:
            path = path_of(area.name, directory)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(entry(area)), encoding="utf-8")
    return changed


def main(argv: Sequence[str]) -> int:
    from mock_server.apis import AREA_NAMES, load_area

    unknown = [name for name in argv if name not in AREA_NAMES]
    if unknown:
        print(f"not in AREA_NAMES (mock_server/apis/__init__.py): {', '.join(unknown)}", file=sys.stderr)
        return 2
    names = tuple(argv) or AREA_NAMES
    changed = write(load_area(name) for name in names)
    print(f"area index: {len(changed)} of {len(names)} rewritten{': ' + ', '.join(changed) if changed else ''}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
