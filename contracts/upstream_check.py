"""Running the upstream conformance check: the static comparison plus real responses of the mock.

Responses come from the contract suite's probes (``probes.py``) run with writes against a fresh
in-process mock: one record is created per resource family first, so every list and read answers
with real data. Each 2xx answer is validated against the official response schema, and an error probe the mock
accepted (2xx) is a finding of its own (``accepts_invalid_body``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mock_server.contracts import upstream
from mock_server.contracts.official import OfficialSpec
from mock_server.contracts.probes import Step
from mock_server.contracts.sides import Observed, Side, reference_side
from mock_server.contracts.verify import Verifier

from mock_server.platform.operations import Operation, Registry


@dataclass
class UpstreamRun:
    verdict: upstream.Verdict
    validated: set[tuple[str, str, str]] = field(default_factory=set)  # operations with a validated 2xx answer
    skipped: list[str] = field(default_factory=list)


def run(registry: Registry, spec: OfficialSpec) -> UpstreamRun:
    findings = upstream.static_findings(registry, spec)
    side = reference_side(seed="ghl-mock-upstream-conformance")
    try:
        outcome = Verifier(registry, side, None, official=spec, nonce="upstream").run(writes=True)
        answers = [(step.op, observed.status, observed.payload) for step, observed in outcome.observed
                   if observed.ok and not step.must_refuse]  # a wrongly accepted request is reported below
        findings += accepted_findings(outcome.observed)
        answers += _token_exchange(side, registry)
    finally:
        side.close()
    reached: dict[tuple[str, str, str], set[str]] = {}
    for op, status, payload in answers:
        findings += upstream.response_findings(spec, op, status, payload)
        reached.setdefault(op.key, set()).update(upstream.paths_in(payload))
    verdict = upstream.judge(findings, exercised=upstream.exercised_by(registry, reached))
    return UpstreamRun(verdict, set(reached), [f"{s.probe}: {s.reason}" for s in outcome.skipped])


def accepted_findings(observed: list[tuple[Step, Observed]]) -> list[upstream.Finding]:
    """An error probe (an unknown body property, a missing required field) the mock answered with a 2xx:
    GHL refuses it, so the mock's model or domain is wrong (field: the probe)."""
    return [upstream.Finding(step.op.spec_file, step.op.method, step.op.path, "accepts_invalid_body", step.probe,
                             f"answered {answer.status}; GHL refuses it")
            for step, answer in observed if step.must_refuse and answer.ok]


def _token_exchange(side: Side, registry: Registry) -> list[tuple[Operation, int, Any]]:
    """The public token endpoint, which probes skip (it needs app credentials): exchange a code the
    control plane mints, as a Marketplace app would after the consent screen."""
    op = registry.find("POST", "/oauth/token")
    if op is None:
        return []
    client = side.client
    code = client.post("/_mock/oauth/codes", json={"locationId": side.ids["locationId"]}).json()
    app = next(a for a in client.get("/_mock/oauth/apps").json()["apps"] if a["clientId"] == code["clientId"])
    answer = client.post("/oauth/token", headers={"Version": side.version}, data={
        "client_id": app["clientId"], "client_secret": app["clientSecret"], "grant_type": "authorization_code",
        "code": code["code"], "user_type": "Location"})
    return [(op, answer.status_code, answer.json())] if answer.is_success else []
