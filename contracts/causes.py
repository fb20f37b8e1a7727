"""Performing an event's cause: the operation's request built by the contract kit, sent to a side.

The generated test of the event declarations and ``ghl-mock trigger`` both use this, so "what causes
ContactCreate" is performed the same way everywhere: a minimal valid body (``values.py``), records
found on the side (``resolver.py``), the cause's own body merged over it (``"$someId"`` names a record
of that id field), and ``sets`` (``--set field=value``) last.
"""

from __future__ import annotations

from typing import Any

from mock_server.contracts.probes import FAKE_ID, path_bindings
from mock_server.contracts.resolver import Resolver, concrete_path
from mock_server.contracts.sides import Observed, Side
from mock_server.contracts.values import Ref, ValueBuilder

from mock_server.platform.operations import Operation, Registry

UNKNOWN_PROPERTY = "contractProbe"


def operation(registry: Registry, operation_id: str) -> Operation:
    found = [op for op in registry if op.operation_id == operation_id]
    if len(found) != 1:
        raise LookupError(f"{operation_id!r} names {len(found)} operations; a cause must name exactly one")
    return found[0]


def with_refs(value: Any) -> Any:
    """``"$someId"`` strings become references to a record of that id field."""
    if isinstance(value, str) and value.startswith("$"):
        return Ref("record", value[1:])
    if isinstance(value, dict):
        return {k: with_refs(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_refs(v) for v in value]
    return value


class Performer:
    def __init__(self, side: Side, registry: Registry) -> None:
        self.side = side
        self.registry = registry
        self.builder = ValueBuilder(nonce="events")
        self.resolver = Resolver(side, registry, self.builder)

    def send(self, cause, *, broken: bool = False, sets: dict[str, Any] | None = None) -> Observed:
        """Perform ``cause`` (an ``events.Cause``); ``broken``: a request GHL refuses instead (an unknown
        body property, else an unknown record id)."""
        op = operation(self.registry, cause.operation)
        path = path_bindings(op)
        body = self.builder.body(op.body) if op.body is not None else None
        if isinstance(body, dict):
            body = {**body, **with_refs(cause.body or {}), **(sets or {})}
        query = {**(self.builder.query(op.query) if op.query is not None else {}), **with_refs(cause.query or {})}
        [path, body, query], missing = self.resolver.fill([path, body, query])
        if missing:
            raise LookupError(f"no value for {missing} to perform {op!r}")
        if broken:
            if isinstance(body, dict):
                body = {**body, UNKNOWN_PROPERTY: 1}
            elif op.path_params:
                path = {**path, op.path_params[-1]: FAKE_ID}
        token = self.side.token_for(op.tokens)
        return self.side.send(op.method, concrete_path(op, path), token=token, query=query, body=body)
