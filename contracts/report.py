"""``ghl-mock contract report``: what a client sent that GHL would refuse, readable and as JUnit XML.

The mock records every contract violation of the requests it receives (``GET /_mock/violations``);
this module groups them by operation, kind and field, lists the official operations the client called
that the mock lacks (answered 501) with counts, and writes JUnit XML for CI (one test case per operation
the client called, failing when it violated the contract).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from typing import Any

import httpx

from mock_server.platform.violations import unimplemented

ADMIN_HEADER = "x-ghl-mock-admin-token"


def fetch(base_url: str, *, admin_token: str | None = None, location_id: str | None = None,
          company_id: str | None = None, transport: httpx.BaseTransport | None = None) -> tuple[dict, list]:
    """``(violations answer, journal entries)`` from a running mock's control plane."""
    params = {k: v for k, v in (("locationId", location_id), ("companyId", company_id)) if v}
    headers = {ADMIN_HEADER: admin_token} if admin_token else {}
    with httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=30.0, transport=transport) as client:
        violations = client.get("/_mock/violations", params=params)
        violations.raise_for_status()
        journal = client.get("/_mock/journal", params=params)
        journal.raise_for_status()
    return violations.json(), journal.json().get("entries", [])


def _operation(entry: dict[str, Any]) -> str:
    label = f"{entry.get('method')} {entry.get('path')}"
    if entry.get("operationId"):
        label += f" ({entry.get('specFile')} {entry['operationId']})"
    return label


def grouped(violations: list[dict[str, Any]]) -> dict[str, Counter]:
    """operation -> Counter of (kind, field, message)."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for v in violations:
        groups[_operation(v)][(v.get("kind"), v.get("field") or "-", v.get("message") or "")] += 1
    return dict(groups)


def summary(violations: list[dict[str, Any]], mode: str | None = None) -> str:
    if not violations:
        return "No contract violations: every request matched GHL's contract."
    return _violations_text(violations, mode) + _lacking_text(violations)


def _lacking_text(violations: list[dict[str, Any]]) -> str:
    lacking = unimplemented(violations)
    if not lacking:
        return ""
    lines = ["", f"Operations your client called that the mock lacks ({len(lacking)}; each answered 501):"]
    lines += [f"  x{e['count']:<5} {e['method']} {e['lastPath']}  {e['operationId']} ({e['specFile']})" for e in lacking]
    return "\n".join(lines) + "\n"


def _violations_text(violations: list[dict[str, Any]], mode: str | None) -> str:
    groups = grouped(violations)
    kinds = Counter(v.get("kind") for v in violations)
    lines = [f"{len(violations)} contract violation(s)" + (f" ({mode} mode)" if mode else "")
             + f" in {len(groups)} operation(s): " + ", ".join(f"{n} {k}" for k, n in kinds.most_common()), ""]
    for operation in sorted(groups):
        lines.append(operation)
        for (kind, field, message), count in sorted(groups[operation].items()):
            lines.append(f"  {kind:<28} {field:<24} x{count:<4} {message}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def junit(violations: list[dict[str, Any]], journal: list[dict[str, Any]] | None = None) -> str:
    """JUnit XML: a test case per operation called (or violated), failing when it has violations."""
    groups = grouped(violations)
    called = {_operation(e) for e in journal or [] if e.get("operationId")}
    operations = sorted(called | set(groups))
    suite = ET.Element("testsuite", name="ghl-mock contract", tests=str(len(operations)),
                       failures=str(sum(1 for op in operations if op in groups)), errors="0", skipped="0")
    for operation in operations:
        case = ET.SubElement(suite, "testcase", classname="ghl-mock.contract", name=operation)
        if operation in groups:
            counter = groups[operation]
            failure = ET.SubElement(case, "failure", type="contract-violation",
                                    message=f"{sum(counter.values())} contract violation(s)")
            failure.text = "\n".join(f"{kind} [{field}] x{count}: {message}"
                                     for (kind, field, message), count in sorted(counter.items()))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
