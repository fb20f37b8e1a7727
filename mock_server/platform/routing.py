"""Matching a request to an operation.

Collection roots answer with and without their trailing slash (``/contacts/`` and ``/contacts``),
and literal segments win over parameters, position by position (``/calendars/groups`` is never a
calendar id), as GHL's router does. Routes live in one tree of path segments per method: a request
walks it trying the literal segment before the parameter at each step, so matching costs a few dict
lookups whatever the number of operations.

Besides the implemented operations the router may hold the official operations the mock lacks
(``official_index.OfficialRoute``): they take part in the same literal-before-parameter order, and an
implemented operation always wins over an official one of the same method and path shape.

A router remembers the answers it gave for the last few paths (every request is matched, and a client often
repeats the paths it just used): a repeated path is one dict lookup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# DECISION: up to 32 remembered paths of at most 256 characters; past that the memory starts over. Enough for a
# client repeating the paths it just used (polling, reading back what it wrote), and small enough that a suite
# making a tenant per test (new ids, new paths) sees no memory grow with each tenant.
REMEMBERED_PATHS = 32
REMEMBERED_PATH_LENGTH = 256
_UNMATCHED = (None, None)


def normalize(path: str) -> str:
    return path.rstrip("/") or "/"


def segments(path: str) -> list[str]:
    normalized = normalize(path)
    return normalized[1:].split("/") if normalized != "/" else []


def shape(path: str) -> tuple[str | None, ...]:
    """The path's segments with every parameter as None: ``/a/{x}/`` and ``/a/{y}`` have one shape."""
    return tuple(None if seg.startswith("{") else seg for seg in segments(path))


class _Node:
    __slots__ = ("literal", "param", "route", "names")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.route: Any = None  # an Operation, or an OfficialRoute the mock lacks
        self.names: tuple[str, ...] = ()


class OperationRouter:
    def __init__(self, operations: Iterable[Any], official: Iterable[Any] = ()) -> None:
        self._literal: dict[tuple[str, str], Any] = {}
        self._trees: dict[str, _Node] = {}
        self._matched: dict[tuple[str, str], tuple[Any, tuple[tuple[str, str], ...]] | tuple[None, None]] = {}
        # implemented first: a later route of the same method and shape never replaces an earlier one
        for route in [*operations, *official]:
            for path in route.paths:
                self._add(route, path)

    def _add(self, route: Any, path: str) -> None:
        node = self._trees.setdefault(route.method, _Node())
        names = []
        for seg in segments(path):
            if seg.startswith("{"):
                names.append(seg[1:-1])
                node.param = node = node.param or _Node()
            else:
                node = node.literal.setdefault(seg, _Node())
        if node.route is None:
            node.route, node.names = route, tuple(names)
            if not names:
                self._literal[(route.method, normalize(path))] = route

    def match(self, method: str, path: str) -> tuple[Any, dict[str, str]] | None:
        remembered = self._matched.get((method, path))
        if remembered is None:
            remembered = self._match(method, path)
            if len(path) <= REMEMBERED_PATH_LENGTH:
                if len(self._matched) >= REMEMBERED_PATHS:
                    self._matched.clear()
                self._matched[(method, path)] = remembered
        route, params = remembered
        return None if route is None else (route, dict(params))  # a fresh dict: the caller's to keep

    def _match(self, method: str, path: str) -> tuple[Any, tuple[tuple[str, str], ...]] | tuple[None, None]:
        if method == "HEAD":
            method = "GET"
        route = self._literal.get((method, normalize(path)))
        if route is not None:
            return route, ()
        root = self._trees.get(method)
        if root is None:
            return _UNMATCHED
        values: list[str] = []
        node = _walk(root, segments(path), 0, values)
        if node is None:
            return _UNMATCHED
        return node.route, tuple(zip(node.names, values, strict=True))


def _walk(node: _Node, parts: list[str], at: int, values: list[str]) -> _Node | None:
    """The most literal route for ``parts[at:]`` below ``node``: literal first, then parameter."""
    if at == len(parts):
        return node if node.route is not None else None
    part = parts[at]
    child = node.literal.get(part)
    if child is not None:
        found = _walk(child, parts, at + 1, values)
        if found is not None:
            return found
    if node.param is not None and part:
        values.append(part)
        found = _walk(node.param, parts, at + 1, values)
        if found is not None:
            return found
        values.pop()
    return None
