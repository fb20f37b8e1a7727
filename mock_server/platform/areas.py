"""The registered areas, read the way the platform needs them: each area imported when first needed.

``Areas`` assembles the declarations of every area (``mock_server/platform/area.py``) and checks them:
operation routes, table names and seed endpoints are each claimed by one area, and every
``delete_children`` cascade reads an index its table declares.

The registered areas (``mock_server/apis/__init__.py``) are read lazily (``Areas.indexed``): what serving
needs before any request (routes, scopes, table indexes and scopes, which areas cascade on which table) comes
from the areas' generated indexes (``mock_server/platform/area_index.py``), so a server is healthy without
having imported a single area. An area is imported, once, when something first needs its declaration:

  a request for one of its operations        ``operation(route)`` (the router holds a ``PendingRoute`` until then)
  its table's not-found error                ``table(name)``
  a deletion it declares a cascade on        ``cascades(table)``
  a creation it reacts to                    ``on_create(table)``
  a call of one of its seed endpoints        ``seed(area, method, path)`` (the control plane routes them by the index)
  one of its webhook events                  ``event(name)``, ``causes_of(operation)`` (``event_names`` and
                                             ``event_causes`` read the index: subscriptions, the catalog)
  an operation read beyond the index         ``operations_view()`` (``ghl-mock trigger``'s search)
  anything about every area                  ``registry`` (the OpenAPI document, the operation listing),
                                             ``seeds``, ``events``, demo, contract kit: all of them
  (``factory_mixins`` imports each area's factories module, named by the index, and no area)

What only tests, the demo or the contract kit need (factories, demo steps, the upstream allowlist) is named
by ``"module:attr"`` strings and imported on first use, never while serving.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

from mock_server.platform import area_index
from mock_server.platform.area import ANY_TABLE, Area, Cascade, ContractSeed, OnCreate, Scope, Seed, Table
from mock_server.platform.operations import Operation, Registry


def resolve(reference: str) -> Any:
    """``"package.module:attr"`` -> that attribute; ``"package.module"`` -> the module."""
    module_name, _, attr = reference.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attr) if attr else module


class PendingRoute:
    """An operation of an area not imported yet, as the router sees it: the pipeline asks ``Areas.operation``
    for the real one (importing the area) on its first request."""

    __slots__ = ("area", "method", "path", "paths")
    pending = True

    def __init__(self, area: str, method: str, paths: list[str]) -> None:
        self.area, self.method, self.path, self.paths = area, method, paths[0], tuple(paths)

    def __repr__(self) -> str:
        return f"<PendingRoute {self.method} {self.path} [{self.area}]>"


class IndexedOperation:
    """An operation as the index lists it: its ``method``, ``path``, ``paths`` and ``operation_id`` are read without
    importing its area; reading anything else (its models, tokens ...) imports the area and reads the real
    ``Operation``'s. What lets a search through every operation (the contract kit's, for ``ghl-mock trigger``)
    import only the areas of the operations it picks."""

    __slots__ = ("_areas", "_route", "operation_id")

    def __init__(self, areas: Areas, route: PendingRoute, operation_id: str) -> None:
        self._areas, self._route, self.operation_id = areas, route, operation_id

    method = property(lambda self: self._route.method)
    path = property(lambda self: self._route.path)
    paths = property(lambda self: self._route.paths)

    @property
    def operation(self) -> Operation:
        """The declared operation (its area imported now if it was not yet)."""
        return self._areas.operation(self._route)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.operation, name)

    def __repr__(self) -> str:
        return f"<IndexedOperation {self.method} {self.path} [{self._route.area}]>"


class OperationsView:
    """Every registered operation in registry order, as ``IndexedOperation``s (``Areas.operations_view``): searched
    like a ``Registry``, each area imported only when one of its operations is read beyond what the index says."""

    def __init__(self, areas: Areas) -> None:
        self._operations = tuple(IndexedOperation(areas, route, operation_id) for route, (*_, operation_id)
                                 in zip(areas._pending, areas._index["operations"], strict=True))

    def __iter__(self):
        return iter(self._operations)

    def __len__(self) -> int:
        return len(self._operations)


class Areas:
    def __init__(self, areas: Iterable[Area]) -> None:
        """Areas already imported (say, the registered ones plus a test's own): checked together now."""
        areas = tuple(areas)
        self._setup(area_index.build(areas), load=None)
        for area in areas:
            self._add(area)
        self._check_all()

    @classmethod
    def indexed(cls, index: dict[str, Any], load: Callable[[str], Area]) -> Areas:
        """The areas ``index`` lists, each imported by ``load(name)`` when first needed."""
        self = cls.__new__(cls)
        self._setup(index, load)
        return self

    def _setup(self, index: dict[str, Any], load: Callable[[str], Area] | None) -> None:
        self._index = index
        self._names: tuple[str, ...] = tuple(index["areas"])
        if len(set(self._names)) != len(self._names):
            raise ValueError(f"two areas share a name: {sorted(n for n in self._names if self._names.count(n) > 1)}")
        self._load = load
        self._lock = threading.RLock()  # the control plane's thread pool and the event loop may both import
        self._loaded: dict[str, Area] = {}
        self._tables: dict[str, Table] = {}
        self._operations: dict[tuple[str, str], Operation] = {}
        self._cascades_of: dict[str, tuple[Cascade, ...]] = {}
        self._on_create_of: dict[str, tuple[OnCreate, ...]] = {}
        self._pending = [PendingRoute(area, method, paths) for area, method, paths, _ in index["operations"]]
        self._checked = False

    # -- importing ---------------------------------------------------------------------------
    def load(self, name: str) -> Area:
        """The declaration of area ``name``, imported now if it was not yet."""
        area = self._loaded.get(name)
        if area is None:
            with self._lock:
                area = self._loaded.get(name)
                if area is None:
                    if self._load is None or name not in self._names:
                        raise LookupError(f"no area {name!r} is registered")
                    area = self._load(name)
                    self._verify(area)
                    self._add(area)
        return area

    def _add(self, area: Area) -> None:
        for api in area.apis:
            for op in api.operations:
                self._operations.setdefault((op.method, op.path), op)
        for table in area.tables:
            self._tables.setdefault(table.name, table)
        self._loaded[area.name] = area

    def _verify(self, area: Area) -> None:
        """The imported declaration says what the index says of it: else the index is stale."""
        mine = area_index.build([area])
        index = self._index
        expected = {
            "operations": [op for op in index["operations"] if op[0] == area.name],
            "tables": {name: t for name, t in index["tables"].items() if t[0] == area.name},
            "cascades": sorted(on for on, owners in index["cascades"].items() if area.name in owners),
            "on_create": sorted(on for on, owners in index.get("on_create", {}).items() if area.name in owners),
            "factories": [ref for name, ref in index.get("factories", ()) if name == area.name],
            "seeds": [seed for seed in index["seeds"] if seed[0] == area.name],
            "events": {name: event for name, event in index.get("events", {}).items() if event[0] == area.name},
        }
        found = {"operations": mine["operations"], "tables": mine["tables"], "cascades": sorted(mine["cascades"]),
                 "on_create": sorted(mine["on_create"]), "factories": [ref for _, ref in mine["factories"]],
                 "seeds": mine["seeds"], "events": mine["events"]}
        if found != expected or not set(mine["scopes"]) <= set(index["scopes"]):
            raise area_index.StaleIndex(f"area {area.name!r} no longer matches its index "
                                        f"(mock_server/apis/{area.name}/index.json): run "
                                        f"`{area_index.COMMAND} {area.name}`")

    @property
    def areas(self) -> tuple[Area, ...]:
        """Every area's declaration, in registry order (imports those not imported yet)."""
        if not self._checked:
            with self._lock:
                for name in self._names:
                    self.load(name)
                self._check_all()
        return tuple(self._loaded[name] for name in self._names)

    def _check_all(self) -> None:
        areas = [self._loaded[name] for name in self._names]
        owner: dict[str, str] = {}
        for area in areas:
            for table in area.tables:
                if table.name in owner:
                    raise ValueError(f"table {table.name!r} is declared by {owner[table.name]!r} and {area.name!r}")
                owner[table.name] = area.name
        routes = [(seed.method, seed.path) for area in areas for seed in area.seeds]
        if len(set(routes)) != len(routes):
            raise ValueError(f"two seeds claim the same route: {sorted(r for r in routes if routes.count(r) > 1)}")
        for area in areas:
            for cascade in area.cascades:
                if cascade.children is None:
                    continue
                table, field = cascade.children
                if field not in getattr(self._tables.get(table), "indexes", ()):
                    raise ValueError(f"area {area.name!r}: the cascade on {cascade.on!r} deletes {table} by {field}, "
                                     f"which {table}'s Table does not index")
        Registry(api for area in areas for api in area.apis)  # one operation per route
        self._checked = True

    def __iter__(self):
        return iter(self.areas)

    def with_areas(self, *extra: Area) -> Areas:
        """These areas and ``extra`` (a test registering an area of its own)."""
        return Areas((*self.areas, *extra))

    # -- what serving reads (from the index: no area imported) -------------------------------
    @property
    def operation_count(self) -> int:
        return len(self._index["operations"])

    def scopes(self) -> list[str]:
        """Every scope some operation requires: what a token minted "with every scope" holds."""
        return list(self._index["scopes"])

    def indexes(self) -> dict[str, tuple[str, ...]]:
        """``{table: (field, ...)}``: the store's secondary indexes, as the tables declare them."""
        return {name: tuple(fields) for name, (_, _, fields) in self._index["tables"].items() if fields}

    def scope(self, table: str) -> Scope:
        """Where ``table``'s records live for a tenant (its ``Table.scope``)."""
        try:
            return self._index["tables"][table][1]
        except KeyError:
            raise LookupError(f"no area declares a table {table!r} (add a Table to its Area)") from None

    def routes(self) -> list[Operation | PendingRoute]:
        """What the router routes, in registry order: imported areas' operations, pending routes for the rest."""
        return [self._operations[(route.method, route.path)] if route.area in self._loaded else route
                for route in self._pending]

    def seed_routes(self) -> list[tuple[str, str, str]]:
        """``(area, method, path)`` of every seed endpoint, in registry order."""
        return [tuple(seed) for seed in self._index["seeds"]]

    def event_names(self) -> list[str]:
        """The name of every webhook event an area declares, in registry order."""
        return list(self._index.get("events", {}))

    def event_causes(self, name: str) -> list[str] | None:
        """The operations (operationIds, or ``"METHOD /path"``) event ``name``'s causes name; None when no area
        declares it."""
        found = self._index.get("events", {}).get(name)
        return list(found[1]) if found else None

    def operations_view(self) -> OperationsView:
        """Every operation, as the index lists them: a ``Registry`` to search, whose operations import their
        area only when more than their method, paths and operationId is read (``ghl-mock trigger``)."""
        return OperationsView(self)

    # -- what imports the area concerned ------------------------------------------------------
    def seed(self, area: str, method: str, path: str) -> Seed:
        """The seed declared for this endpoint (importing its area)."""
        return next(seed for seed in self.load(area).seeds if (seed.method, seed.path) == (method, path))

    def operation(self, route: Operation | PendingRoute) -> Operation:
        """The operation a pending route stands for (importing its area)."""
        if route.pending:
            self.load(route.area)
            return self._operations[(route.method, route.path)]
        return route

    def table(self, name: str) -> Table:
        found = self._tables.get(name)
        if found is None:
            entry = self._index["tables"].get(name)
            if entry is None:
                raise LookupError(f"no area declares a table {name!r} (add a Table to its Area)")
            self.load(entry[0])
            found = self._tables[name]
        return found

    def cascades(self, table: str) -> tuple[Cascade, ...]:
        """What deleting records of ``table`` sets off: its own cascades, then those on every table."""
        found = self._cascades_of.get(table)
        if found is None:
            declaring = {*self._index["cascades"].get(table, ()), *self._index["cascades"].get(ANY_TABLE, ())}
            for name in declaring:
                self.load(name)
            ordered = [self._loaded[name] for name in self._names if name in declaring]
            found = self._cascades_of[table] = (
                *(c for area in ordered for c in area.cascades if c.on == table),
                *(c for area in ordered for c in area.cascades if c.on == ANY_TABLE))
        return found

    def event(self, name: str) -> Any:
        """The ``EventType`` an area declares as ``name`` (importing that area), or None."""
        found = self._index.get("events", {}).get(name)
        if found is None:
            return None
        return next(event for event in self.load(found[0]).events if event.name == name)

    def causes_of(self, operation: Operation) -> list[Any]:
        """Every declared ``Cause`` naming ``operation`` (by operationId or ``"METHOD /path"``), in registry
        order: importing only the areas whose events name it."""
        names = (operation.operation_id, f"{operation.method} {operation.path}")
        return [cause for name, (_, operations) in self._index.get("events", {}).items()
                if any(named in names for named in operations)
                for cause in self.event(name).causes if cause.operation in names]

    def on_create(self, table: str) -> tuple[OnCreate, ...]:
        """What creating a record of ``table`` sets off (importing the areas that react to it), in registry order."""
        found = self._on_create_of.get(table)
        if found is None:
            declaring = set(self._index.get("on_create", {}).get(table, ()))
            for name in declaring:
                self.load(name)
            found = self._on_create_of[table] = tuple(
                hook for name in self._names if name in declaring for hook in self._loaded[name].on_create
                if hook.on == table)
        return found

    # -- what reads every area (imports them all) ----------------------------------------------
    @cached_property
    def registry(self) -> Registry:
        """Every implemented operation, in registry order."""
        return Registry(api for area in self.areas for api in area.apis)

    @property
    def tables(self) -> dict[str, Table]:
        return {table.name: table for area in self.areas for table in area.tables}

    @property
    def seeds(self) -> tuple[Seed, ...]:
        return tuple(seed for area in self.areas for seed in area.seeds)

    def area_of_seed(self, seed: Seed) -> str:
        return next(area.name for area in self.areas if seed in area.seeds)

    @property
    def events(self) -> tuple[Any, ...]:
        """Every area's webhook events (``EventType``s), in registry order."""
        return tuple(event for area in self.areas for event in area.events)

    @property
    def contract_seeds(self) -> tuple[ContractSeed, ...]:
        return tuple(seed for area in self.areas for seed in area.contract_seeds)

    # -- what only tests, the demo and the contract kit read (imported on first use) ----------
    @cached_property
    def factory_mixins(self) -> tuple[type, ...]:
        """Each area's ``ghl.<name>()`` mixin, in registry order. Read from the index: the ``ghl`` fixture's first
        use imports the factory modules, not every area (an area is imported when a factory's request needs it)."""
        return tuple(resolve(reference) for _, reference in self._index.get("factories", ()))

    @cached_property
    def demo_steps(self) -> tuple[tuple[str, Callable[[Any], None]], ...]:
        """``(area name, step)`` of each area with demo data, in registry order."""
        return tuple((area.name, resolve(area.demo)) for area in self.areas if area.demo)

    @cached_property
    def upstream_allowlist(self) -> tuple[Any, ...]:
        """Every area's ``Allowed`` entries (differences from the official files, each with its reason)."""
        return tuple(entry for module in self._upstream_modules for entry in getattr(module, "ALLOWLIST", ()))

    @cached_property
    def unwalked(self) -> dict[tuple[str, str, str], str]:
        """Operations the upstream walk cannot reach, with where their answers are checked instead."""
        found: dict[tuple[str, str, str], str] = {}
        for module in self._upstream_modules:
            found.update(getattr(module, "UNWALKED", {}))
        return found

    @cached_property
    def _upstream_modules(self) -> tuple[Any, ...]:
        return tuple(resolve(area.upstream_allowlist) for area in self.areas if area.upstream_allowlist)
