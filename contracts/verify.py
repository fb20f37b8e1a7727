"""``ghl-mock contract verify --base-url URL``: run the contract suite against any server claiming to be GHL.

Every probe (``probes.py``) runs first on a fresh in-process ghl-mock tenant, the reference, then on
the target. The target must answer with the reference's status; its successful bodies must validate
against the response schema (GHL's official files when present, else the mock's own document); its
error bodies must carry the reference's ``statusCode``, ``message`` and ``error`` (GHL's texts).
Read-only by default; ``allow_writes`` adds create/update/delete sequences on records the run creates.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from mock_server.contracts.probes import Planner, Probe, Step
from mock_server.contracts.resolver import Resolver, concrete_path, first_id
from mock_server.contracts.schemas import ResponseSchemas
from mock_server.contracts.sides import Observed, Side
from mock_server.contracts.values import ValueBuilder

from mock_server.platform.operations import Registry

MAX_SCHEMA_PROBLEMS = 5
IGNORED_ERROR_KEYS = {"traceId"}


@dataclass
class Mismatch:
    probe: str
    kind: str  # status | schema | error_body | transport | reference_accepted (the mock took a bad request)
    request: str
    expected: Any
    actual: Any

    def __str__(self) -> str:
        return f"[{self.kind}] {self.probe}\n    {self.request}\n    expected: {self.expected}\n    actual:   {self.actual}"


@dataclass
class Skip:
    probe: str
    reason: str


@dataclass
class Outcome:
    """What a run found: mismatches (failures), skips (probes that did not apply) and every target answer."""

    mismatches: list[Mismatch] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    compared: int = 0
    known_defects: list[str] = field(default_factory=list)
    observed: list[tuple[Step, Observed]] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)
    schema_source: str = ""

    @property
    def ok(self) -> bool:
        return not self.mismatches

    def render(self, *, verbose: bool = False) -> str:
        kinds = Counter(m.kind for m in self.mismatches)
        lines = [f"Compared {self.compared} request(s) with the reference; {len(self.mismatches)} mismatch(es)"
                 + (f" ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})" if kinds else "")
                 + f"; {len(self.skipped)} probe(s) skipped. Schemas: {self.schema_source}."]
        lines += ["", *[str(m) for m in self.mismatches]] if self.mismatches else []
        if self.known_defects:
            lines += ["", f"{len(self.known_defects)} known defect(s) of the official files (allowlisted):"]
            lines += [f"  {d}" for d in self.known_defects[: None if verbose else 10]]
        if self.left_behind:
            lines += ["", "Records created by this run that could not be deleted:", *[f"  {r}" for r in self.left_behind]]
        if verbose and self.skipped:
            lines += ["", "Skipped:", *[f"  {s.probe}: {s.reason}" for s in self.skipped]]
        elif self.skipped:
            lines += ["", "(--verbose lists the skipped probes and why)"]
        return "\n".join(lines)


class Verifier:
    def __init__(self, registry: Registry, reference: Side, target: Side | None, *,
                 schemas: ResponseSchemas | None = None, official=None, nonce: str | None = None) -> None:
        self.registry = registry
        self.reference = reference
        self.target = target
        self.schemas = schemas or ResponseSchemas(registry, official)
        builder = ValueBuilder(nonce or uuid.uuid4().hex[:8])
        self.planner = Planner(registry, builder, official)
        choices = self.planner.path_choices
        self.resolvers = {reference.name: Resolver(reference, registry, builder, choices)}
        if target is not None:
            self.resolvers[target.name] = Resolver(target, registry, builder, choices)

    def run(self, *, writes: bool = False, only: set[str] | None = None) -> Outcome:
        """Run every probe; ``only`` keeps the probes of those spec files."""
        probes = [p for p in self.planner.plan(writes=writes) if not only or p.steps[0].op.spec_file in only]
        outcome = self.run_probes(probes)
        last = self.resolvers[(self.target or self.reference).name]
        outcome.left_behind = [f"{prefix}/{rid}" for prefix, rid in last.created.items() if prefix not in last.deleted]
        return outcome

    def run_probes(self, probes: list[Probe]) -> Outcome:
        outcome = Outcome(schema_source=self.schemas.source)
        for probe in probes:
            self._run_probe(probe, outcome)
        return outcome

    def _run_probe(self, probe: Probe, outcome: Outcome) -> None:
        for step in probe.steps:
            expected = self._execute(self.reference, step)
            if isinstance(expected, Skip):
                outcome.skipped.append(expected)
                return
            if step.must_refuse and expected.ok:  # the reference itself broke the contract
                outcome.mismatches.append(Mismatch(step.label, "reference_accepted", expected.describe(),
                                                   "a 4xx refusal from the reference mock", expected.status))
            if step.expect_success and not expected.ok:
                outcome.skipped.append(Skip(step.label, f"the reference mock answered {expected.status} "
                                                        f"{_message(expected.payload)} (no valid request built)"))
                return
            self._remember(self.resolvers[self.reference.name], step, expected)
            if self.target is None:  # exercising the mock alone (upstream conformance)
                outcome.observed.append((step, expected))
                continue
            actual = self._execute(self.target, step)
            if isinstance(actual, Skip):
                outcome.skipped.append(actual)
                return
            outcome.compared += 1
            outcome.observed.append((step, actual))
            self._compare(step, expected, actual, outcome)
            self._remember(self.resolvers[self.target.name], step, actual)
            if step.expect_success and not actual.ok:
                return  # later steps of the sequence need this one

    def _execute(self, side: Side, step: Step) -> Observed | Skip:
        resolver = self.resolvers[side.name]
        op = step.op
        token = side.token_for(op.tokens, agency_first=step.agency_first) if step.auth else None
        if step.auth and token is None:
            return Skip(step.label, f"needs {'/'.join(sorted(op.tokens))} token on the {side.name}")
        path, missing = resolver.fill(step.path)
        query, missing_q = resolver.fill(step.query)
        body, missing_b = resolver.fill(step.body, near=op)
        unresolved = missing + missing_q + missing_b
        if unresolved:
            return Skip(step.label, f"no {', '.join(sorted({r.name for r in unresolved}))} on the {side.name} "
                                    "to use" + (" (created by this run)" if step.touches_created else ""))
        if step.writes and op.method == "DELETE" and not step.touches_created:
            return Skip(step.label, "refuses to delete a tenant object")
        if step.writes and op.charges_the_account:
            return Skip(step.label, "never performed: GHL charges the account for it")
        return side.send(op.method, concrete_path(op, path), token=token, query=query, body=body,
                         version="default" if step.version else None)

    @staticmethod
    def _remember(resolver: Resolver, step: Step, observed: Observed) -> None:
        if step.creates and observed.ok:
            created = first_id(observed.payload, id_key=_item_key(resolver.registry, step.creates))
            if created:
                resolver.created[step.creates] = created
        if step.probe == "delete" and observed.ok:
            resolver.deleted.add(_prefix(step))

    # -- comparing ---------------------------------------------------------------------------
    def _compare(self, step: Step, expected: Observed, actual: Observed, outcome: Outcome) -> None:
        request = actual.describe()
        if actual.error:
            outcome.mismatches.append(Mismatch(step.label, "transport", request, expected.status, actual.error))
            return
        if actual.status != expected.status:
            outcome.mismatches.append(Mismatch(step.label, "status", request, _summary(expected), _summary(actual)))
        if actual.ok:
            problems = self.schemas.problems(step.op, actual.status, actual.payload)
            for problem, allowed in problems:
                if allowed:
                    outcome.known_defects.append(f"{step.label}: {problem}")
            wrong = [p for p, allowed in problems if not allowed]
            for problem in wrong[:MAX_SCHEMA_PROBLEMS]:
                outcome.mismatches.append(Mismatch(step.label, "schema", request, "a body valid for the schema",
                                                   problem))
        elif not expected.ok and actual.status == expected.status:
            want_body, got_body = _without_ids(expected.payload, expected), _without_ids(actual.payload, actual)
            for key, want, got in _error_differences(want_body, got_body):
                outcome.mismatches.append(Mismatch(step.label, "error_body", request, f"{key}={want!r}",
                                                   f"{key}={got!r}"))


def _error_differences(expected: Any, actual: Any) -> list[tuple[str, Any, Any]]:
    if not isinstance(expected, dict):
        return []
    if not isinstance(actual, dict):
        return [("body", expected, actual)]
    differences = []
    for key, want in expected.items():
        if key in IGNORED_ERROR_KEYS:
            continue
        got = actual.get(key, "<missing>")
        if isinstance(want, list) and isinstance(got, list):
            same = sorted(map(str, want)) == sorted(map(str, got))
        else:
            same = want == got
        if not same:
            differences.append((key, want, got))
    return differences


def _without_ids(payload: Any, observed: Observed) -> Any:
    """An error body with the ids its request named replaced by ``<id>`` (each side has its own ids)."""
    ids = {part for part in observed.path.split("/") if len(part) >= 8}
    ids |= {v for v in _strings(observed.query) | _strings(observed.body) if len(v) >= 8}

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            for found in ids:
                value = value.replace(found, "<id>")
            return value
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return value

    return {k: scrub(v) for k, v in payload.items()} if isinstance(payload, dict) else payload


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return {s for v in value.values() for s in _strings(v)}
    if isinstance(value, list):
        return {s for v in value for s in _strings(v)}
    return set()


def _prefix(step: Step) -> str:
    ref = step.path[step.op.path_params[-1]]
    return getattr(ref, "name", "")


def _summary(observed: Observed) -> str:
    message = _message(observed.payload)
    return f"{observed.status}" + (f" {message}" if message else "")


def _message(payload: Any) -> str:
    if isinstance(payload, dict):
        message = payload.get("message", payload.get("error_description", payload.get("error")))
        return repr(message) if message is not None else ""
    return ""


def _item_key(registry: Registry, prefix: str) -> str | None:
    """The path parameter naming one record of ``prefix`` (``/calendars/services/bookings`` -> ``bookingId``)."""
    base = prefix.rstrip("/") + "/{"
    return next((op.path[len(base):].split("}")[0] for op in registry if op.path.startswith(base)), None)
