"""Matching a request to an operation.

Collection roots answer with and without their trailing slash (``/contacts/`` and ``/contacts``),
and literal segments win over parameters (``/calendars/groups`` is never a calendar id), as GHL's
router does. Fully literal paths are a dict lookup; templated ones are tried most-literal-first,
bucketed by their first segment so a request only meets the handful of candidates that could match.
Path templates are compiled by starlette's own ``compile_path``.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.routing import compile_path

from mock_server.platform.operations import Operation


def normalize(path: str) -> str:
    return path.rstrip("/") or "/"


def _first_segment(path: str) -> str:
    return path.lstrip("/").split("/", 1)[0]


def _specificity(path: str) -> tuple[int, ...]:
    """Literal segments sort before parameters, position by position."""
    return tuple(1 if seg.startswith("{") else 0 for seg in path.strip("/").split("/"))


class OperationRouter:
    def __init__(self, operations: Iterable[Operation]) -> None:
        self._literal: dict[tuple[str, str], Operation] = {}
        templated: dict[str, list[tuple[tuple[int, ...], str, Operation]]] = {}
        for op in operations:
            for path in op.paths:
                normalized = normalize(path)
                if "{" not in normalized:
                    self._literal[(op.method, normalized)] = op
                else:
                    templated.setdefault(_first_segment(normalized), []).append(
                        (_specificity(normalized), normalized, op))
        self._templated: dict[str, list[tuple]] = {}
        for first, entries in templated.items():
            entries.sort(key=lambda e: e[0])
            self._templated[first] = [(compile_path(path)[0], op) for _, path, op in entries]

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        if method == "HEAD":
            method = "GET"
        normalized = normalize(path)
        op = self._literal.get((method, normalized))
        if op is not None:
            return op, {}
        for regex, candidate in self._templated.get(_first_segment(normalized), ()):
            if candidate.method != method:
                continue
            found = regex.match(normalized)
            if found is not None:
                return candidate, found.groupdict()
        return None
