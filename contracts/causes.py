"""Performing an event's cause: the operation's request built by the contract kit, sent to a side.

The generated test of the event declarations and ``ghl-mock trigger`` both use this, so "what causes
ContactCreate" is performed the same way everywhere: a minimal valid body (``values.py``), records
found on the side (``resolver.py``) or created through the API first (``prepare``: the contact a note
is added to), the cause's own body merged over it (``"$someId"`` names a record of that id field), and
``sets`` (``--set field=value``) last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from mock_server.contracts.probes import FAKE_ID, path_bindings
from mock_server.contracts.resolver import MAX_DEPTH, Resolver, concrete_path, first_id
from mock_server.contracts.sides import Observed, Side
from mock_server.contracts.values import Ref, ValueBuilder, refs_in

from mock_server.platform.operations import Operation, Registry
from mock_server.webhooks.events import Cause

UNKNOWN_PROPERTY = "contractProbe"


def operation(registry: Registry, operation_id: str) -> Operation:
    """The operation a cause names: its operationId, or ``"METHOD /path"`` where GHL gave two operations
    one id (``create-association`` is both the bulk tag update and an association's creation)."""
    method, _, path = operation_id.partition(" ")
    found = [op for op in registry if op.operation_id == operation_id or (op.method, op.path) == (method, path)]
    if len(found) != 1:
        raise LookupError(f"{operation_id!r} names {len(found)} operations; a cause must name exactly one")
    return found[0]


NEW = "$new:"


def with_refs(value: Any) -> Any:
    """``"$someId"`` strings become references to a record of that id field (``"$/collection"``: one listed
    there); ``"$new:/collection"`` to a record this run creates there (not the first one listed: a location's
    own association, not one of GHL's standard ones)."""
    if isinstance(value, str) and value.startswith(NEW):
        return Ref("created", value[len(NEW):])
    if isinstance(value, str) and value.startswith("$"):
        return Ref("record", value[1:])
    if isinstance(value, dict):
        return {k: with_refs(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_refs(v) for v in value]
    return value


class Performer:
    def __init__(self, side: Side, registry: Registry | Iterable[Operation],
                 known: tuple[Cause, ...] | Callable[[Operation], Iterable[Cause]] = (), *, nonce: str = "events") -> None:
        """``registry``: the operations to search (``Areas.operations_view()`` imports only the areas of those it
        picks); ``known``: the declared causes, or a function answering those naming an operation; ``nonce``: in
        the values it makes (emails, texts), so that another run's are not the same (a user's email is unique)."""
        self.side = side
        self.registry = registry
        # Declared causes: requests known to succeed, used to create what another cause needs (an appointment
        # needs a body the generic values cannot build).
        self.known = known
        self.builder = ValueBuilder(nonce=nonce)
        self.resolver = Resolver(side, registry, self.builder)

    def prepare(self, cause) -> list[str]:
        """Create, through the API, the records ``cause``'s request needs that the side does not have yet
        (the contact a note is added to), parents first; answers the collections created in. A test calls
        this before it starts counting events, so the set-up's own events are not the cause's."""
        op = operation(self.registry, cause.operation)
        return self._ensure(self._request(op, cause, None), depth=0)

    def _ensure(self, request: Any, *, depth: int) -> list[str]:
        created: list[str] = []
        for ref in refs_in(request):
            if self.resolver.resolve(ref) is not None:
                continue
            prefix = self.resolver.collection_of(ref)
            creator = next((op for op in self.registry if op.method == "POST" and op.path.rstrip("/") == prefix
                            and not op.public), None) if prefix else None
            if creator is None or depth >= MAX_DEPTH:
                continue  # the send says what is missing
            recipe = next(iter(self._known_for(creator)), Cause(creator.operation_id))
            created += self._ensure(self._request(creator, recipe, None), depth=depth + 1)
            answer = self.send(recipe)
            record_id = first_id(answer.payload) if answer.ok else None
            if record_id:
                self.resolver.created[prefix] = record_id
                created.append(prefix)
        return created

    def _known_for(self, creator: Operation) -> Iterable[Cause]:
        if callable(self.known):
            return self.known(creator)
        return (c for c in self.known if operation(self.registry, c.operation) is creator)

    def _request(self, op: Operation, cause, sets: dict[str, Any] | None) -> list[Any]:
        """``[path, body, query]`` for ``cause``, still holding references to the side's records."""
        path = {**path_bindings(op, {name: list(words) for name, words in op.path_enums.items()}),
                **with_refs(cause.path or {})}
        body = self.builder.body(op.body) if op.body is not None else None
        if isinstance(body, dict):
            body = {**body, **with_refs(cause.body or {}), **(sets or {})}
        query = {**(self.builder.query(op.query) if op.query is not None else {}), **with_refs(cause.query or {})}
        return [path, body, query]

    def send(self, cause, *, broken: bool = False, sets: dict[str, Any] | None = None) -> Observed:
        """Perform ``cause`` (an ``events.Cause``); ``broken``: a request GHL refuses instead (an unknown
        body property, else an unknown record id)."""
        op = operation(self.registry, cause.operation)
        [path, body, query], missing = self.resolver.fill(self._request(op, cause, sets))
        if missing:
            raise LookupError(f"no value for {missing} to perform {op!r}")
        if broken:
            if isinstance(body, dict):
                body = {**body, UNKNOWN_PROPERTY: 1}
            elif op.path_params:
                path = {**path, op.path_params[-1]: FAKE_ID}
        return self.side.send(op.method, concrete_path(op, path), token=self.side.token_for(op.tokens),
                              query=query, body=body)
