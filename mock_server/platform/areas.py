"""The registered areas, read the way the platform needs them.

``Areas(AREAS)`` (``mock_server/apis/__init__.py``) assembles the declarations of every area
(``mock_server/platform/area.py``) and checks them once: operation routes, table names and seed
endpoints are each claimed by one area, and every ``delete_children`` cascade reads an index its table
declares. What only tests, the demo or the contract kit need (factories, demo steps, the upstream
allowlist) is named by ``"module:attr"`` strings and imported here on first use, never while serving.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

from mock_server.platform.area import ANY_TABLE, Area, Cascade, ContractSeed, Seed, Table
from mock_server.platform.operations import Registry


def resolve(reference: str) -> Any:
    """``"package.module:attr"`` -> that attribute; ``"package.module"`` -> the module."""
    module_name, _, attr = reference.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attr) if attr else module


class Areas:
    def __init__(self, areas: Iterable[Area]) -> None:
        self.areas: tuple[Area, ...] = tuple(areas)
        names = [area.name for area in self.areas]
        if len(set(names)) != len(names):
            raise ValueError(f"two areas share a name: {sorted(n for n in names if names.count(n) > 1)}")
        self.registry = Registry(api for area in self.areas for api in area.apis)
        self.tables: dict[str, Table] = {}
        self._table_owner: dict[str, str] = {}
        for area in self.areas:
            for table in area.tables:
                if table.name in self.tables:
                    raise ValueError(f"table {table.name!r} is declared by {self._table_owner[table.name]!r} "
                                     f"and {area.name!r}")
                self.tables[table.name] = table
                self._table_owner[table.name] = area.name
        self.seeds: tuple[Seed, ...] = tuple(seed for area in self.areas for seed in area.seeds)
        routes = [(seed.method, seed.path) for seed in self.seeds]
        if len(set(routes)) != len(routes):
            raise ValueError(f"two seeds claim the same route: {sorted(r for r in routes if routes.count(r) > 1)}")
        self._cascades: dict[str, list[Cascade]] = {}
        self._cascades_of: dict[str, tuple[Cascade, ...]] = {}
        for area in self.areas:
            for cascade in area.cascades:
                self._check(area, cascade)
                self._cascades.setdefault(cascade.on, []).append(cascade)

    def _check(self, area: Area, cascade: Cascade) -> None:
        if cascade.children is None:
            return
        table, field = cascade.children
        if field not in getattr(self.tables.get(table), "indexes", ()):
            raise ValueError(f"area {area.name!r}: the cascade on {cascade.on!r} deletes {table} by {field}, "
                             f"which {table}'s Table does not index")

    def __iter__(self):
        return iter(self.areas)

    def with_areas(self, *extra: Area) -> Areas:
        """These areas and ``extra`` (a test registering an area of its own)."""
        return Areas((*self.areas, *extra))

    # -- what serving reads ------------------------------------------------------------------
    def indexes(self) -> dict[str, tuple[str, ...]]:
        """``{table: (field, ...)}``: the store's secondary indexes, as the tables declare them."""
        return {name: table.indexes for name, table in self.tables.items() if table.indexes}

    def table(self, name: str) -> Table:
        try:
            return self.tables[name]
        except KeyError:
            raise LookupError(f"no area declares a table {name!r} (add a Table to its Area)") from None

    def cascades(self, table: str) -> tuple[Cascade, ...]:
        """What deleting records of ``table`` sets off: its own cascades, then those on every table."""
        found = self._cascades_of.get(table)
        if found is None:
            found = self._cascades_of[table] = (*self._cascades.get(table, ()), *self._cascades.get(ANY_TABLE, ()))
        return found

    def area_of_seed(self, seed: Seed) -> str:
        return next(area.name for area in self.areas if seed in area.seeds)

    # -- what only tests, the demo and the contract kit read (imported on first use) ----------
    @cached_property
    def factory_mixins(self) -> tuple[type, ...]:
        """Each area's ``ghl.<name>()`` mixin, in registry order."""
        return tuple(resolve(area.factories) for area in self.areas if area.factories)

    @cached_property
    def demo_steps(self) -> tuple[tuple[str, Callable[[Any], None]], ...]:
        """``(area name, step)`` of each area with demo data, in registry order."""
        return tuple((area.name, resolve(area.demo)) for area in self.areas if area.demo)

    @property
    def events(self) -> tuple[Any, ...]:
        """Every area's webhook events (``EventType``s), in registry order."""
        return tuple(event for area in self.areas for event in area.events)

    @property
    def contract_seeds(self) -> tuple[ContractSeed, ...]:
        return tuple(seed for area in self.areas for seed in area.contract_seeds)

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
