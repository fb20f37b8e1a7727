"""Filling a probe's symbolic values (``Ref``) with one side's real ids.

Tenant ids come from what the user gave (``--location`` ...) or are discovered; a record of some kind
is the one this run created, else the first one the side lists (``GET`` on the collection path).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from mock_server.contracts.probes import path_bindings, prefix_of
from mock_server.contracts.sides import Side
from mock_server.contracts.values import Ref, ValueBuilder, refs_in, substitute

from mock_server.platform.operations import Operation, Registry

MAX_DEPTH = 4


def registry_seeds():
    """Every registered area's contract seeds."""
    from mock_server.apis import REGISTERED

    return REGISTERED.contract_seeds


class Resolver:
    def __init__(self, side: Side, registry: Registry, builder: ValueBuilder,
                 choices: Callable[[Operation], dict[str, list[Any]]] | None = None) -> None:
        self.side = side
        self.choices = choices or (lambda op: {})
        self.registry = registry
        self.builder = builder
        self.created: dict[str, str] = {}  # collection prefix -> the id of the record this run created there
        self.deleted: set[str] = set()
        self._found: dict[str, str | None] = {}
        self._depth = 0
        self.near: Operation | None = None  # the operation whose values are being filled (``fill(near=)``)

    @cached_property
    def seeded(self) -> frozenset[str]:
        """Id fields the areas' contract seeds name (records only the control plane makes). Read on the first
        ``fill(near=)``: every area's declaration, which ``ghl-mock trigger`` (no ``near``) never imports."""
        return frozenset(name for seed in registry_seeds() for name in seed.ids)

    def resolve(self, ref: Ref) -> Any:
        if ref.kind == "tenant":
            return self.side.ids.get(ref.name) or self._discover_tenant(ref.name)
        if ref.kind == "created":
            return self.created.get(ref.name) or self._existing_uncreatable(ref.name)
        if ref.name in self.side.ids:
            return self.side.ids[ref.name]
        if self.near is not None and ref.name in self.seeded and not self._named_in_paths_of(ref.name, self.near):
            # A record GHL's API cannot create (an area's contract seed names it) that no path of the operation's
            # own file lists: another file's collection of the same field name (proposals' templateId is not an
            # invoice template) would be the wrong record. Only an id the user gave (--id) fills it.
            return None
        prefix = ref.name if ref.name.startswith("/") else self._prefix_for_field(ref.name)
        if prefix is None:
            return None
        if prefix not in self.created and self._lister(prefix) is None:
            prefix = self._top_level_twin(prefix) or prefix
        return self.created.get(prefix) or self.lookup(prefix)

    def collection_of(self, ref: Ref) -> str | None:
        """The collection (path prefix) a record ref names, where the record would be listed or created."""
        if ref.kind == "created":
            return ref.name
        if ref.kind != "record":
            return None
        prefix = ref.name if ref.name.startswith("/") else self._prefix_for_field(ref.name)
        if prefix is not None and self._lister(prefix) is None:
            prefix = self._top_level_twin(prefix) or prefix
        return prefix

    def fill(self, value: Any, near: Operation | None = None) -> tuple[Any, list[Ref]]:
        """``value`` with its refs filled in, and the refs this side could not fill; ``near``: the operation
        they are for (its official file decides which collection a seeded id field names)."""
        self.near = near
        try:
            missing = [ref for ref in refs_in(value) if self.resolve(ref) is None]
            return substitute(value, self.resolve), missing
        finally:
            self.near = None

    def _named_in_paths_of(self, name: str, op: Operation) -> bool:
        return any("{" + name + "}" in other.path for other in self.registry if other.spec_file == op.spec_file)

    def lookup(self, prefix: str) -> str | None:
        """The id of the first record the side lists under ``prefix`` (cached, None when there is none)."""
        if prefix in self._found:
            return self._found[prefix]
        self._found[prefix] = None
        lister = self._lister(prefix)
        if lister is None or self._depth >= MAX_DEPTH:
            return None
        self._depth += 1
        try:
            found = self._list(lister)
        finally:
            self._depth -= 1
        self._found[prefix] = found
        return found

    def _list(self, lister: Operation) -> str | None:
        token = self.side.token_for(lister.tokens)
        path, missing = self.fill(path_bindings(lister, self.choices(lister)))
        query, missing_q = self.fill(self.builder.query(lister.query) if lister.query is not None else {})
        if token is None or missing or missing_q:
            return None
        observed = self.side.send("GET", concrete_path(lister, path), token=token, query=query)
        return first_id(observed.payload, in_list=True) if observed.ok else None

    def _lister(self, prefix: str) -> Operation | None:
        for op in self.registry:
            if op.method == "GET" and op.path.rstrip("/") == prefix:
                return op
        return None

    def _existing_uncreatable(self, prefix: str) -> str | None:
        """Writes act on records this run created, except records GHL's API cannot create at all
        (workflows, campaigns): enrolling a contact of this run in an existing one is fair game."""
        twin = self._top_level_twin(prefix)
        if twin is None or any(op.method == "POST" and op.path.rstrip("/") == twin for op in self.registry):
            return None
        return self.lookup(twin)

    def _top_level_twin(self, prefix: str) -> str | None:
        """A nested, unlistable collection's top-level twin: ``/contacts/{contactId}/campaigns`` ->
        ``/campaigns``, ``/contacts/{contactId}/workflow`` -> ``/workflows``, ``/contacts/business`` ->
        ``/businesses`` (records that only the top-level collection lists)."""
        last = prefix.rstrip("/").rsplit("/", 1)[-1]
        for candidate in (f"/{last}", f"/{last}s", f"/{last}es"):
            if candidate != prefix and self._lister(candidate) is not None:
                return candidate
        return None

    def _prefix_for_field(self, name: str) -> str | None:
        """The collection whose records an id field names: a listable ``<collection>/{name}`` first
        (``businessId`` -> ``/businesses``, not ``/contacts/business``), else the first path using it."""
        prefixes = [prefix_of(op.path, name) for op in self.registry if "{" + name + "}" in op.path]
        return next((p for p in prefixes if self._lister(p) is not None), prefixes[0] if prefixes else None)

    def _discover_tenant(self, name: str) -> str | None:
        key = f"tenant:{name}"
        if key not in self._found:
            self._found[key] = None
            if name == "userId":
                self._found[key] = self.lookup("/users")
            elif name == "companyId" and self.side.ids.get("locationId"):
                observed = self.side.send("GET", f"/locations/{self.side.ids['locationId']}",
                                          token=self.side.location_token or self.side.agency_token)
                location = observed.payload.get("location") if observed.ok and isinstance(observed.payload,
                                                                                            dict) else None
                self._found[key] = (location or {}).get("companyId")
        return self._found[key]


def concrete_path(op: Operation, values: dict[str, Any]) -> str:
    path = op.path
    for name, value in values.items():
        path = path.replace("{" + name + "}", str(value))
    return path


def first_id(payload: Any, *, in_list: bool = False, id_key: str | None = None) -> str | None:
    """The shallowest record id in ``payload`` (with ``in_list``: only records inside an array); ``id_key``:
    the name a record without ``id``/``_id`` carries its id under (v3's service booking answers ``bookingId``)."""
    level: list[tuple[Any, bool]] = [(payload, False)]
    while level:
        following: list[tuple[Any, bool]] = []
        for node, listed in level:
            if isinstance(node, dict):
                value = node.get("id", node.get("_id", node.get(id_key) if id_key else None))
                if isinstance(value, str) and value and (listed or not in_list):
                    return value
                following += [(child, False) for child in node.values()]
            elif isinstance(node, list):
                following += [(child, True) for child in node]
        level = following
    return None
