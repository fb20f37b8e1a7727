"""The contract suite as data: probes planned from the operation registry, never written per operation.

A probe is a short sequence of steps (one request each). Read-only probes, for every GET operation:
``read`` (the real record), ``no token``, ``no Version``, ``unknown id``, ``undeclared query
parameter``. With writes allowed, every resource family (a POST collection with an item path
``.../{id}`` that can be deleted) runs ``create -> read -> update -> delete -> read after delete``; every other write runs
once as an ``action`` on records the run created, plus ``missing required body field`` and ``unknown
body property`` error probes. Values are symbolic (``Ref``): each side fills in its own ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mock_server.contracts.values import Ref, ValueBuilder
from mock_server.platform.operations import Operation, Registry

FAKE_ID = "ContractProbe0000000"  # well-formed (20 characters, like GHL ids) but never issued
PROBE_PARAM = "contractProbe"
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


def path_bindings(op: Operation) -> dict[str, Any]:
    return {param: Ref("tenant", TENANT_PARAMS[param]) if param in TENANT_PARAMS
            else Ref("record", prefix_of(op.path, param)) for param in op.path_params}


class Planner:
    def __init__(self, registry: Registry, builder: ValueBuilder | None = None, official=None) -> None:
        self.registry = registry
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
            probes += [p for prefix, fam in families.items() for p in self._update_delete(prefix, fam)]
        return [p for p in probes if p.steps]

    def create_probes(self) -> list[Probe]:
        """One ``create -> read`` sequence per resource family (registry order: parents first)."""
        families = self.families([op for op in self.registry if not op.public])
        return [self._create(prefix, fam) for prefix, fam in families.items()]

    # -- families ----------------------------------------------------------------------------
    def families(self, ops: list[Operation]) -> dict[str, dict[str, Operation]]:
        """``{collection prefix: {"create": op, "GET"/"PUT"/"DELETE": item op}}`` for every POST collection."""
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
        steps = [Step(create, "create", path_bindings(create), self._query(create), self._body(create),
                      expect_success=True, creates=prefix, writes=True)]
        if "GET" in fam:
            steps.append(self._on_created(fam["GET"], prefix, "read created"))
        return Probe(f"{create.method} {create.path}: create", steps)

    def _update_delete(self, prefix: str, fam: dict[str, Operation]) -> list[Probe]:
        probes = []
        if "PUT" in fam:
            step = self._on_created(fam["PUT"], prefix, "update", body=self._body(fam["PUT"]))
            probes.append(Probe(step.label, [step]))
        if "DELETE" in fam:
            steps = [self._on_created(fam["DELETE"], prefix, "delete")]
            if "GET" in fam:
                after = self._on_created(fam["GET"], prefix, "read after delete")
                after.expect_success = False
                steps.append(after)
            probes.append(Probe(steps[0].label, steps))
        return probes

    def _on_created(self, op: Operation, prefix: str, probe: str, body: Any = None) -> Step:
        path = path_bindings(op)
        path[op.path_params[-1]] = Ref("created", prefix)
        return Step(op, probe, path, self._query(op), body, expect_success=True,
                    writes=op.method != "GET", touches_created=op.method != "GET",
                    agency_first=self._agency_family(prefix))

    def _agency_family(self, prefix: str) -> bool:
        create = next((op for op in self.registry if op.method == "POST" and op.path.rstrip("/") == prefix), None)
        return create is not None and "Location" not in create.tokens

    # -- reads and errors --------------------------------------------------------------------
    def _reads(self, op: Operation) -> list[Probe]:
        path, query = path_bindings(op), self._query(op)
        steps = [
            Step(op, "read", path, query, expect_success=True),
            Step(op, "no token", path, query, auth=False),
            Step(op, "no Version", path, query, version=False),
            Step(op, "undeclared query parameter", path, {**query, PROBE_PARAM: "1"}),
        ]
        if op.path_params:
            steps.append(Step(op, "unknown id", {**path, op.path_params[-1]: FAKE_ID}, query))
        return [Probe(step.label, [step]) for step in steps]

    def _action(self, op: Operation) -> Probe:
        path, touches = _write_path(op)
        step = Step(op, "action", path, self._query(op), self._body(op) if op.body is not None else None,
                    expect_success=True, writes=True, touches_created=touches)
        return Probe(step.label, [step])

    def _body_errors(self, op: Operation) -> list[Probe]:
        """Requests GHL refuses with 422; aimed at records the run created, in case the target accepts them."""
        body = self._body(op)
        path, touches = _write_path(op)
        steps = []
        if isinstance(body, dict) and body:
            steps.append(Step(op, "missing required body field", path, self._query(op), {}, writes=True,
                              touches_created=touches))
        if isinstance(body, dict):
            steps.append(Step(op, "unknown body property", path, self._query(op), {**body, PROBE_PARAM: 1},
                              writes=True, touches_created=touches))
        return [Probe(step.label, [step]) for step in steps]

    # -- values ------------------------------------------------------------------------------
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


def _write_path(op: Operation) -> tuple[dict[str, Any], bool]:
    """Path values of a write: its record (the last parameter) must be one the run created."""
    path = path_bindings(op)
    last = op.path_params[-1] if op.path_params else None
    touches = last is not None and last not in TENANT_PARAMS
    if touches:
        path[last] = Ref("created", prefix_of(op.path, last))
    return path, touches


def _item_prefix(op: Operation) -> str | None:
    """``/contacts/{contactId}`` -> ``/contacts``: the collection of an item path (None otherwise)."""
    path = op.path.rstrip("/")
    head, _, last = path.rpartition("/")
    return head if _PARAM.fullmatch(last) else None
