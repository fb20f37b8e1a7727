"""Contract enforcement for tests: which violations fail a test, and how they read.

A test fails when its client sent something GHL would refuse or frown on (a missing ``Version``, an
unknown body property, a deprecated operation ...), even when the test's own assertions passed:
a mock that quietly accepts what GHL refuses would let the bug ship. Tests that provoke violations
on purpose opt out with ``@pytest.mark.ghl_allow_violations`` (optionally naming the kinds allowed).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mock_server.platform.violations import UNIMPLEMENTED

ALLOW_MARKER = "ghl_allow_violations"


def unexpected(violations: list[dict[str, Any]], allowed_kinds: Iterable[str] | None) -> list[dict[str, Any]]:
    """The violations not allowed: all of them unless ``allowed_kinds`` (``()`` = every kind allowed)."""
    if allowed_kinds is None:
        return violations
    kinds = set(allowed_kinds)
    if not kinds:
        return []
    return [v for v in violations if v.get("kind") not in kinds]


def describe(violation: dict[str, Any]) -> str:
    """One line: ``POST /contacts/ [create-contact] unknown_body_property (foo): property foo should not exist``."""
    where = f"{violation.get('method', '?')} {violation.get('path', '?')}"
    if violation.get("operationId"):
        where += f" [{violation['operationId']}]"
    field = f" ({violation['field']})" if violation.get("field") else ""
    return f"{where} {violation.get('kind')}{field}: {violation.get('message')}"


def report(violations: list[dict[str, Any]]) -> str:
    lines = [f"GHL contract violations caused by this test ({len(violations)}):"]
    lines += [f"  {n}. {describe(v)}" for n, v in enumerate(violations, 1)]
    refused = [v for v in violations if v.get("kind") != UNIMPLEMENTED]
    if refused:
        lines.append(f"Fix the client (GHL refuses these requests), or mark the test @pytest.mark.{ALLOW_MARKER} "
                     f"(optionally with the kinds: @pytest.mark.{ALLOW_MARKER}(\"{refused[0].get('kind')}\")) "
                     "if it provokes them on purpose.")
    if len(refused) < len(violations):
        lines.append(f"ghl-mock does not implement the operations marked {UNIMPLEMENTED} above (GHL serves them; "
                     "the mock answered 501), so this test cannot check your client's use of them. Mark the test "
                     f"@pytest.mark.{ALLOW_MARKER}(\"{UNIMPLEMENTED}\") to accept the 501s; CONTRACT_COVERAGE.md "
                     "lists what the mock implements.")
    return "\n".join(lines)
