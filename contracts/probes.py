"""The contract suite as data: probes planned from the operation registry, never written per operation.

A probe is a short sequence of steps (one request each). Read-only probes, for every GET operation:
``read`` (the real record), ``no token``, ``no Version``, ``unknown id``, ``undeclared query
parameter``. With writes allowed, every resource family (a POST collection with an item path
``.../{id}`` that can be deleted) runs ``create -> read -> update -> delete -> read after delete`` (update: the
item path's PUT and its PATCH, each where the family has one); every other write runs
once as an ``action`` on records the run created, plus ``missing required body field`` and ``unknown
body property`` error probes. Values are symbolic (``Ref``): each side fills in its own ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mock_server.contracts.values import Ref, ValueBuilder

from mock_server.platform.operations import Operation, Registry
from mock_server.platform.unimplemented import is_unwritten

FAKE_ID = "ContractProbe0000000"  # well-formed (20 characters, like GHL ids) but never issued
PROBE_PARAM = "contractProbe"
UPDATE_METHODS = ("PUT", "PATCH")  # a family's item operations probed as its "update" step
TENANT_PARAMS = {"locationId": "locationId", "companyId": "companyId", "userId": "userId"}
_PARAM = re.compile(r"{([^}]+)}")


@dataclass
class Step:
    op: Operation
    probe: str
    path: dict[str, Any]
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    auth: bool = True
    version: bool = True
    expect_success: bool = False  # the reference must answer 2xx for the step to apply
    creates: str | None = None  # the record prefix whose new id this step's answer carries
    writes: bool = False
    touches_created: bool = False  # a write on a record: only on records this run created
    agency_first: bool = False  # the record was created with an agency token (say, a location): keep using one

    @property
    def label(self) -> str:
        return f"{self.op.method} {self.op.path}: {self.probe}"


@dataclass
class Probe:
    name: str
    steps: list[Step]


def prefix_of(path: str, param: str) -> str:
    """The collection path in front of ``{param}``: ``/contacts/{contactId}/notes/{id}`` -> ``/contacts/{contactId}/notes``."""
    return path[:path.index("{" + param + "}")].rstrip("/")


def path_bindings(op: Operation, choices: dict[str, list[Any]] | None = None) -> dict[str, Any]:
    """Each path parameter: a tenant id, one of its documented values (``choices``), or a record."""
    choices = choices or {}
    return {param: Ref("tenant", TENANT_PARAMS[param]) if param in TENANT_PARAMS
            else choices[param][0] if choices.get(param)
            else Ref("record", prefix_of(op.path, param)) for param in op.path_params}


class Planner:
    def __init__(self, registry: Registry, builder: ValueBuilder | None = None, official=None) -> None:
        # What the mock serves: a scaffolded operation whose handler is unwritten answers 501, nothing to probe.
        self.registry = [op for op in registry if not is_unwritten(op)]
        self.builder = builder or ValueBuilder()
        self.official = official  # OfficialSpec or None: its examples help build bodies

    def plan(self, *, writes: bool) -> list[Probe]:
        ops = [op for op in self.registry if not op.public]
        families = self.families(ops)
        in_family = {id(op) for fam in families.values() for op in fam.values()}
        probes: list[Probe] = []
        if writes:
            probes += self.create_probes()
        probes += [probe for op in ops if op.method == "GET" for probe in self._reads(op)]
        if writes:
            probes += [self._action(op) for op in ops if op.method != "GET" and id(op) not in in_family]
            probes += [p for op in ops if op.method in ("POST", "PUT") and op.body is not None
                       for p in self._body_errors(op)]
            updates, deletes = zip(*(self._update_delete(prefix, fam) for prefix, fam in families.items())) \
                if families else ((), ())
            # every update first, then deletes children-first (a note before its contact)
            probes += [p for group in updates for p in group] + [p for group in reversed(deletes) for p in group]
        return [p for p in probes if p.steps]

    def create_probes(self) -> list[Probe]:
        """One ``create -> read`` sequence per resource family (registry order: parents first)."""
        families = self.families([op for op in self.registry if not op.public])
        return [self._create(prefix, fam) for prefix, fam in families.items()]

    # -- families ----------------------------------------------------------------------------
    def families(self, ops: list[Operation]) -> dict[str, dict[str, Operation]]:
        """``{collection prefix: {"create": op, "GET"/"PUT"/"PATCH"/"DELETE": item op}}`` for every POST collection."""
        found: dict[str, dict[str, Operation]] = {}
        for create in ops:
            if create.method != "POST":
                continue
            prefix = create.path.rstrip("/")
            items = [op for op in ops if op.path_params and _item_prefix(op) == prefix]
            if not any(op.method == "DELETE" for op in items):
                continue  # a run must be able to delete what it creates
            found[prefix] = {"create": create, **{op.method: op for op in items}}
        return found

    def _create(self, prefix: str, fam: dict[str, Operation]) -> Probe:
        create = fam["create"]
        steps = [Step(create, "create", self._path(create), self._query(create), self._body(create),
                      expect_success=True, creates=prefix, writes=True)]
        if "GET" in fam:
            steps.append(self._on_created(fam["GET"], prefix, "read created"))
        return Probe(f"{create.method} {create.path}: create", steps)

    def _update_delete(self, prefix: str, fam: dict[str, Operation]) -> tuple[list[Probe], list[Probe]]:
        updates, deletes = [], []
        for method in UPDATE_METHODS:  # a file may update its records by PUT, by PATCH, or both
            if method in fam:
                step = self._on_created(fam[method], prefix, "update", body=self._body(fam[method]))
                updates.append(Probe(step.label, [step]))
        if "DELETE" in fam:
            steps = [self._on_created(fam["DELETE"], prefix, "delete")]
            if "GET" in fam:
                after = self._on_created(fam["GET"], prefix, "read after delete")
                after.expect_success = False
                steps.append(after)
            deletes.append(Probe(steps[0].label, steps))
        return updates, deletes

    def _on_created(self, op: Operation, prefix: str, probe: str, body: Any = None) -> Step:
        path = self._path(op)
        path[op.path_params[-1]] = Ref("created", prefix)
        return Step(op, probe, path, self._query(op), body, expect_success=True,
                    writes=op.method != "GET", touches_created=op.method != "GET",
                    agency_first=self._agency_family(prefix))

    def _agency_family(self, prefix: str) -> bool:
        create = next((op for op in self.registry if op.method == "POST" and op.path.rstrip("/") == prefix), None)
        return create is not None and "Location" not in create.tokens

    # -- reads and errors --------------------------------------------------------------------
    def _reads(self, op: Operation) -> list[Probe]:
        path, query = self._path(op), self._query(op)
        steps = [
            Step(op, "read", path, query, expect_success=True),
            Step(op, "no token", path, query, auth=False),
            Step(op, "no Version", path, query, version=False),
            Step(op, "undeclared query parameter", path, {**query, PROBE_PARAM: "1"}),
        ]
        if op.path_params and isinstance(path[op.path_params[-1]], Ref):  # not for a documented choice
            steps.append(Step(op, "unknown id", {**path, op.path_params[-1]: FAKE_ID}, query))
        return [Probe(step.label, [step]) for step in steps]

    def _action(self, op: Operation) -> Probe:
        path, touches = _write_path(op, self._path(op))
        step = Step(op, "action", path, self._query(op), self._body(op) if op.body is not None else None,
                    expect_success=True, writes=True, touches_created=touches)
        return Probe(step.label, [step])

    def _body_errors(self, op: Operation) -> list[Probe]:
        """Requests GHL refuses with 422; aimed at records the run created, in case the target accepts them."""
        body = self._body(op)
        path, touches = _write_path(op, self._path(op))
        steps = []
        if isinstance(body, dict) and body:
            steps.append(Step(op, "missing required body field", path, self._query(op), {}, writes=True,
                              touches_created=touches))
        if isinstance(body, dict):
            steps.append(Step(op, "unknown body property", path, self._query(op), {**body, PROBE_PARAM: 1},
                              writes=True, touches_created=touches))
        return [Probe(step.label, [step]) for step in steps]

    # -- values ------------------------------------------------------------------------------
    def _path(self, op: Operation) -> dict[str, Any]:
        return path_bindings(op, self.path_choices(op))

    def path_choices(self, op: Operation) -> dict[str, list[Any]]:
        """Documented values of enumerated path parameters (``/calendars/resources/{resourceType}``): the
        operation's own ``path_enums``, and the official file's where it declares them."""
        declared = {name: list(words) for name, words in op.path_enums.items()}
        found = self.official.get(op.spec_file, op.method, op.path) if self.official is not None else None
        if found is None:
            return declared
        return {**declared, **{name: p.get("schema", {}).get("enum") for name, p in found.params("path").items()
                               if p.get("schema", {}).get("enum")}}

    def _query(self, op: Operation) -> dict[str, Any]:
        return self.builder.query(op.query) if op.query is not None else {}

    def _body(self, op: Operation) -> Any:
        if op.body is None:
            return None
        official = None
        if self.official is not None:
            found = self.official.get(op.spec_file, op.method, op.path)
            if found is not None and found.body and found.body.get("schema"):
                official = self.official.schema_view(op.spec_file, found.body["schema"])
        return self.builder.body(op.body, official)


def _write_path(op: Operation, path: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Path values of a write: its record (the last parameter) must be one the run created."""
    last = op.path_params[-1] if op.path_params else None
    touches = last is not None and isinstance(path[last], Ref) and path[last].kind == "record"
    if touches:
        path[last] = Ref("created", prefix_of(op.path, last))
    return path, touches


def _item_prefix(op: Operation) -> str | None:
    """``/contacts/{contactId}`` -> ``/contacts``: the collection of an item path (None otherwise)."""
    path = op.path.rstrip("/")
    head, _, last = path.rpartition("/")
    return head if _PARAM.fullmatch(last) else None
