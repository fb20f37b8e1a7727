"""Upstream conformance: every implemented operation compared with GHL's official files, v2 and v3.

For each operation in the registry (keyed by spec file, method and path), against the official contract of
every path it serves (the v2 one, the v3 one, or both: see the DECISION at ``static_findings``):
- each path it serves (aliases too) exists in an official file;
- operationId, scopes, token classes, success status and deprecation match;
- required query parameters and required body fields match, and every documented query parameter and
  body property is accepted (and nothing undocumented is);
- real responses of the mock validate against the official response schema (``response_findings``).

Defects of the official files are accepted through the allowlist, each entry with its reason, kept by
each area beside its code and collected from the registered areas (``upstream_allowlist.py``). ``judge``
fails on findings nobody allowed and on allowlist entries that no longer fire, so the list cannot rot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, get_args

from mock_server.contracts.official import HTTP_METHODS, OfficialOperation, OfficialSpec, absent_message, locate
from mock_server.contracts.upstream_allowlist import Allowed, allowlist_or_registered
from pydantic import BaseModel, TypeAdapter

from mock_server.platform.operations import Operation, Registry

KINDS = (
    "missing_operation", "operation_id_differs", "scopes_differ", "token_classes_differ", "status_differs", "deprecation_differs",
    "required_query_differs", "query_param_rejected", "query_param_undocumented",
    "required_body_differs", "body_property_rejected", "body_property_undocumented", "response_schema",
    "accepts_invalid_body",  # the walk's error probes (probes.py): the mock answered 2xx to a body GHL refuses
)


@dataclass(frozen=True)
class Finding:
    spec_file: str
    method: str
    path: str
    kind: str
    field: str | None
    detail: str

    @property
    def key(self) -> tuple[str, str, str, str, str | None]:
        return (self.spec_file, self.method, self.path, self.kind, self.field)

    def __str__(self) -> str:
        where = f" [{self.field}]" if self.field else ""
        return f"{self.spec_file} {self.method} {self.path}: {self.kind}{where}: {self.detail}"


@dataclass
class Verdict:
    """Findings split by the allowlist, plus entries that no longer fire (which fail the run too)."""

    unexpected: list[Finding] = field(default_factory=list)
    allowed: list[tuple[Finding, Allowed]] = field(default_factory=list)
    stale: list[Allowed] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.unexpected and not self.stale

    def explain(self) -> str:
        lines = [f"{len(self.unexpected)} finding(s) not in the allowlist, {len(self.stale)} stale allowlist "
                 f"entr{'y' if len(self.stale) == 1 else 'ies'}, {len(self.allowed)} allowed."]
        lines += [f"  NEW    {f}" for f in self.unexpected]
        lines += [f"  STALE  {a.spec_file} {a.method} {a.path}: {a.kind} [{a.field}] ({a.reason})" for a in self.stale]
        return "\n".join(lines)


# -- static comparison ---------------------------------------------------------------------
# DECISION: v2 and v3 are overlapping sets of operations, and the mock serves one declaration to clients of either
# Version on every path it declares (path and aliases). So each operation is compared with every official
# contract of the paths it serves: the v2 one, the v3 one, or both. It conforms when, on each of scopes, token
# classes, success status and deprecation, it agrees with one of them (a file declaring no scopes or security is
# silent where the other declares some); accepts every field either documents and nothing neither does; and
# requires what every one of them requires and nothing more (a v2 client may leave out what only v3 requires).
# Responses are judged by the file of the Version the answer was served under (v2 when the path has one).
def static_findings(registry: Registry, spec: OfficialSpec) -> list[Finding]:
    findings: list[Finding] = []
    for op in registry:
        contracts: list[tuple[OfficialSpec, OfficialOperation]] = []
        for path in op.paths:
            found = spec.counterparts(op.spec_file, op.method, path)
            if not found:
                findings.append(_finding(op, "missing_operation", None if path == op.path else path,
                                         "not in any official file (v2 or v3)"))
            contracts += found
        if contracts:
            findings += _compare(op, contracts)
    return findings


def _compare(op: Operation, contracts: list[tuple[OfficialSpec, OfficialOperation]]) -> list[Finding]:
    out: list[Finding] = []
    officials = [official for _, official in contracts]
    where = ", ".join(spec.label(official) for spec, official in contracts)
    ours = frozenset() if op.public else frozenset(op.tokens)
    if op.operation_id not in {o.operation_id for o in officials}:  # the name journals, reports and 501s use
        out.append(_finding(op, "operation_id_differs", None, f"mock {op.operation_id}, official "
                            f"{' / '.join(o.operation_id for o in officials)} ({where})"))
    for kind, mine, theirs in (
        ("scopes_differ", frozenset(op.scopes), [o.scopes for o in officials]),
        ("token_classes_differ", ours, [o.token_classes for o in officials]),
    ):
        declared = [t for t in theirs if t] or theirs
        if mine not in declared:
            out.append(_finding(op, kind, None, f"mock {sorted(mine)}, official "
                                f"{' / '.join(str(sorted(t)) if t else 'none declared' for t in theirs)} ({where})"))
    statuses = [o.success_statuses for o in officials if o.success_statuses]
    if statuses and not any(op.status in s for s in statuses):
        out.append(_finding(op, "status_differs", None, f"mock {op.status}, official {statuses} ({where})"))
    if all(op.deprecated != o.deprecated for o in officials):
        out.append(_finding(op, "deprecation_differs", None,
                            f"mock {op.deprecated}, official {officials[0].deprecated} ({where})"))
    out += _compare_fields(op, "query", _model_view(op.query) if op.query is not None else _EMPTY,
                           [_official_query(o) for o in officials])
    if op.body is not None or any(o.body is not None for o in officials):
        theirs = [spec.schema_view(official.spec_file, _items(spec, official.spec_file, official.body["schema"]))
                  if official.body and official.body.get("schema") else _EMPTY for spec, official in contracts]
        out += _compare_fields(op, "body", _model_view(op.body) if op.body is not None else _EMPTY, theirs)
    return out


_EMPTY: dict[str, Any] = {"properties": {}, "required": []}


def _compare_fields(op: Operation, where: str, ours: dict, theirs: list[dict]) -> list[Finding]:
    """``theirs``: one view per official contract of the operation (v2, v3 or both)."""
    out: list[Finding] = []
    names = ours.get("names") or {name: {name} for name in ours["properties"]}
    field_of = {spelling: name for name, spellings in names.items() for spelling in spellings}
    documented = {name for view in theirs for name in view["properties"]}
    # what every Version's clients must send, each official name read as the mock field that takes it
    required_theirs = set.intersection(*({field_of.get(n, n) for n in view["required"]} for view in theirs)) \
        if theirs else set()
    required_ours = set(ours["required"])
    for name in sorted(required_ours ^ required_theirs):
        side = "mock only" if name in required_ours else "official only"
        out.append(_finding(op, f"required_{where}_differs", name, f"required in the {side}"))
    noun = "param" if where == "query" else "property"
    for name in sorted(documented - set(field_of)):
        out.append(_finding(op, f"{where}_{noun}_rejected", name, "documented by GHL but refused by the mock"))
    for name in sorted(name for name, spellings in names.items() if not spellings & documented):
        out.append(_finding(op, f"{where}_{noun}_undocumented", name, "accepted by the mock but not documented by GHL"))
    return out


def _official_query(official: OfficialOperation) -> dict[str, Any]:
    params = official.params("query")
    return {"properties": params, "required": [name for name, p in params.items() if p.get("required")]}


def _items(spec: OfficialSpec, spec_file: str, schema: dict[str, Any]) -> dict[str, Any]:
    """An array body is compared by its item schema."""
    schema = spec.resolve(spec_file, schema) or {}
    return schema.get("items", schema) if schema.get("type") == "array" else schema


@cache
def _model_schema(model: Any) -> dict[str, Any]:
    return TypeAdapter(model).json_schema(by_alias=True)


def _model_view(model: Any) -> dict[str, Any]:
    root = _model_schema(model if isinstance(model, type) else _Hashable(model).value)
    schema = root
    if schema.get("type") == "array":
        schema = schema.get("items", {})
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    properties = schema.get("properties", {})
    return {"properties": properties, "required": schema.get("required", []), "names": _accepted_names(model, properties)}


def _accepted_names(model: Any, properties: dict[str, Any]) -> dict[str, set[str]]:
    """Each field (by the name its JSON schema shows) with every name the mock accepts for it: a field taking
    both SDKs' spellings (``AliasChoices("client_id", "clientId")``) matches either file's name."""
    item = model if isinstance(model, type) else next(iter(get_args(model)), None)
    names = {name: {name} for name in properties}
    if isinstance(item, type) and issubclass(item, BaseModel):
        for field_name, info in item.model_fields.items():
            choices = getattr(info.validation_alias, "choices", None) or [info.validation_alias]
            spellings = {field_name, info.alias, *choices} - {None}
            shown = next((name for name in spellings if name in names), None)
            if shown is not None:
                names[shown] |= {name for name in spellings if isinstance(name, str)}
    return names


class _Hashable:
    """``list[Model]`` bodies are not hashable for the cache; their repr is stable enough to key it."""

    _seen: dict[str, Any] = {}

    def __init__(self, value: Any) -> None:
        self.value = self._seen.setdefault(repr(value), value)


def _finding(op: Operation, kind: str, field_name: str | None, detail: str) -> Finding:
    return Finding(op.spec_file, op.method, op.path, kind, field_name, detail)


# -- responses -----------------------------------------------------------------------------
def response_findings(spec: OfficialSpec, op: Operation, status: int, body: Any) -> list[Finding]:
    """Validate one real response of ``op`` (served under a v2 Version) against the official schema for its
    status: the v2 file's, or the v3 file's for an operation only v3 has."""
    contracts = spec.counterparts(op.spec_file, op.method, op.path)
    if not contracts:
        return []
    spec, official = contracts[0]
    validator = spec.validator(official, status)
    if validator is None:
        return []
    findings = []
    for error in validator.iter_errors(body):
        findings.append(_finding(op, "response_schema", where_of(error), f"{status}: {_short(error.message)}"))
    return findings


# -- for an area's own tests: its answers against the official file, minus the allowlist ------
MISSING = absent_message()


def spec_root() -> Path | None:
    """The directory of the official files, or None (tests skip with ``MISSING``)."""
    return locate()


@lru_cache(maxsize=4)
def _spec(where: Path) -> OfficialSpec:
    return OfficialSpec(where)


def load_spec(spec_file: str) -> dict[str, Any]:
    """One official file (``nullable`` already read as JSON Schema's null type)."""
    return _spec(_required_root()).document(spec_file)


def response_problems(spec_file: str, method: str, path: str, status: int, body: Any,
                      allowlist: Iterable[Allowed] | None = None) -> list[str]:
    """Every way ``body`` breaks the official schema of that response, as ``"<where>: <message>"``,
    minus the allowlist (the registered areas' unless given). A response the file does not declare is a problem too."""
    spec, name = _spec(_required_root()), spec_file
    if spec.v3 is not None and spec_file.startswith(spec.v3.prefix):  # a v3-only operation: its file is in apps/v3
        spec, name = spec.v3, spec_file.removeprefix(spec.v3.prefix)
    official = spec.get(name, method, path)
    if official is None:
        return [f"{method} {path} is not in {spec_file}"]
    if str(status) not in official.responses:
        return [f"{spec_file} declares no {status} response for {method} {path}"]
    validator = spec.validator(official, status)
    findings = [Finding(spec_file, method.upper(), path, "response_schema", where_of(e), _short(e.message))
                for e in (validator.iter_errors(body) if validator is not None else ())]
    return [f"{f.field}: {f.detail}" for f in judge(findings, allowlist, exercised=lambda _: False).unexpected]


def undeclared(spec_file: str, registry: Registry) -> list[str]:
    """``"METHOD path"`` of each operation of the official ``spec_file`` no operation of ``registry`` declares
    with that file: what an area serving the whole file lacks (the static comparison checks the other way)."""
    ours = {(op.method, path) for op in registry if op.spec_file == spec_file for path in op.paths}
    return [f"{method.upper()} {path}" for path, item in load_spec(spec_file)["paths"].items()
            for method in item if method in HTTP_METHODS and (method.upper(), path) not in ours]


def _required_root() -> Path:
    root = locate()
    if root is None:
        raise FileNotFoundError(MISSING)
    return root


def where_of(error) -> str:
    """``events/*/startTime``: the offending value (for ``required``: the missing field), indices as ``*``."""
    parts = ["*" if isinstance(p, int) else str(p) for p in error.absolute_path]
    if error.validator == "required" and error.message.startswith("'"):
        parts.append(error.message.split("'")[1])
    return "/".join(parts) or "(body)"


def paths_in(body: Any) -> set[str]:
    """Every location in a JSON value, written as ``where_of`` writes them (what a response exercised)."""
    found: set[str] = {"(body)"}
    stack: list[tuple[str, Any]] = [("", body)]
    while stack:
        prefix, node = stack.pop()
        children = node.items() if isinstance(node, dict) else (("*", item) for item in node) \
            if isinstance(node, list) else ()
        for key, child in children:
            here = f"{prefix}/{key}" if prefix else str(key)
            found.add(here)
            stack.append((here, child))
    return found


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[:limit] + "..."


# -- the verdict ---------------------------------------------------------------------------
def judge(findings: Iterable[Finding], allowlist: Iterable[Allowed] | None = None,
          exercised: Callable[[Allowed], bool] | None = None) -> Verdict:
    """Split findings by the allowlist (the registered areas' unless given); an entry that did not fire
    (though ``exercised``) is stale."""
    entries = list(allowlist_or_registered(allowlist))
    by_key = {entry.key: entry for entry in entries}
    verdict = Verdict()
    fired: set[tuple] = set()
    for finding in _unique(findings):
        entry = by_key.get(finding.key)
        if entry is None:
            verdict.unexpected.append(finding)
        else:
            fired.add(entry.key)
            verdict.allowed.append((finding, entry))
    verdict.stale = [e for e in entries if e.key not in fired and (exercised is None or exercised(e))]
    return verdict


def exercised_by(registry: Registry, answers: dict[tuple[str, str, str], set[str]]) -> Callable[[Allowed], bool]:
    """Whether a run could have fired ``entry``: its operation is implemented and, for a response entry,
    some validated answer of that operation reached the entry's place (``answers``: op key -> ``paths_in``).
    An entry about data the run never produced (say, a blocked slot without a contact) is not judged."""
    implemented = {op.key for op in registry}

    def exercised(entry: Allowed) -> bool:
        if entry.key[:3] not in implemented:
            return True  # the operation is gone: the entry is stale
        if entry.kind != "response_schema":
            return True
        reached = answers.get(entry.key[:3], set())
        parent = entry.field.rpartition("/")[0] or "(body)"
        return entry.field in reached or parent in reached

    return exercised


def _unique(findings: Iterable[Finding]) -> list[Finding]:
    seen: dict[tuple, Finding] = {}
    for finding in findings:
        seen.setdefault(finding.key, finding)
    return list(seen.values())
