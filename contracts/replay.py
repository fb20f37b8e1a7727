"""Replaying a recorded contract against a target and reporting how its answers differ.

Each recorded request is sent again with the target's credentials; ids are mapped as the run goes
(the recorded tenant's ids to the target's, and every id a recorded answer carried to the id at the
same place in the target's answer). A difference is a changed status, a key the recording had that
the target's answer lacks, or a value of another type. Keys only the target sends are listed as
notes (GHL adds fields freely); ``null`` matches any type (records differ in which fields are set).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mock_server.contracts.recording import ids_in, shape_of
from mock_server.contracts.sides import Side


@dataclass
class Difference:
    index: int
    request: str
    kind: str  # status | missing | type | transport
    where: str
    expected: Any
    actual: Any

    def __str__(self) -> str:
        return (f"#{self.index} {self.request}: {self.kind} at {self.where or '(body)'}: "
                f"expected {self.expected}, got {self.actual}")


@dataclass
class ReplayOutcome:
    replayed: int = 0
    differences: list[Difference] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences

    def render(self) -> str:
        lines = [f"Replayed {self.replayed} interaction(s): {len(self.differences)} difference(s), "
                 f"{len(self.skipped)} skipped."]
        lines += [f"  {d}" for d in self.differences]
        if self.added:
            lines += ["Keys only the target sent (not failures):", *[f"  {a}" for a in self.added[:20]]]
        if self.skipped:
            lines += ["Skipped:", *[f"  {s}" for s in self.skipped]]
        return "\n".join(lines)


def replay(contract: dict[str, Any], target: Side) -> ReplayOutcome:
    outcome = ReplayOutcome()
    ids: dict[str, str] = {old: target.ids[key] for key, old in contract.get("tenant", {}).items()
                           if key in target.ids and old}
    for index, interaction in enumerate(contract["interactions"], 1):
        request, recorded = interaction["request"], interaction["response"]
        token = {"location": target.location_token, "agency": target.agency_token, "none": None}[request["token"]]
        label = f"{request['method']} {request['path']}"
        if request["token"] != "none" and not token:
            outcome.skipped.append(f"#{index} {label}: needs a{'n agency' if request['token'] == 'agency' else ''} "
                                   "token on the target")
            continue
        path = "/".join(ids.get(segment, segment) for segment in request["path"].split("/"))
        observed = target.send(request["method"], path, token=token, query=_mapped(request["query"], ids),
                               body=_mapped(request["body"], ids), version=request.get("version"),
                               content_type=request.get("contentType"))
        outcome.replayed += 1
        label = f"{request['method']} {path}"
        if observed.error:
            outcome.differences.append(Difference(index, label, "transport", "", recorded["status"], observed.error))
            continue
        if observed.status != recorded["status"]:
            outcome.differences.append(Difference(index, label, "status", "", recorded["status"], observed.status))
        else:
            _compare(recorded["shape"], shape_of(observed.payload), "", index, label, outcome)
        actual_ids = ids_in(observed.payload)
        for pointer, old in recorded.get("ids", {}).items():
            if pointer in actual_ids:
                ids.setdefault(old, actual_ids[pointer])
    return outcome


def _mapped(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, dict):
        return {k: _mapped(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_mapped(v, ids) for v in value]
    return value


def _compare(expected: Any, actual: Any, where: str, index: int, label: str, outcome: ReplayOutcome) -> None:
    if expected == "null" or actual == "null" or expected is None:
        return
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            outcome.differences.append(Difference(index, label, "type", where, "object", _kind(actual)))
            return
        for key, sub in expected.items():
            if key not in actual:
                outcome.differences.append(Difference(index, label, "missing", f"{where}/{key}", _kind(sub), "absent"))
            else:
                _compare(sub, actual[key], f"{where}/{key}", index, label, outcome)
        outcome.added += [f"#{index} {label}: {where}/{key}" for key in actual if key not in expected]
        return
    if isinstance(expected, list):
        if not isinstance(actual, list):
            outcome.differences.append(Difference(index, label, "type", where, "array", _kind(actual)))
        elif expected and actual:
            _compare(expected[0], actual[0], f"{where}/*", index, label, outcome)
        return
    if expected != actual:
        outcome.differences.append(Difference(index, label, "type", where, expected, _kind(actual)))


def _kind(shape: Any) -> str:
    if isinstance(shape, dict):
        return "object"
    if isinstance(shape, list):
        return "array"
    return str(shape)
