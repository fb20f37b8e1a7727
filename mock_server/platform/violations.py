"""Contract violations: every request that GHL would refuse (or frown on) is recorded here.

The pipeline reports each problem it finds (a missing or unknown Version, an unknown body property,
a wrong type, a missing required field, an undeclared query parameter, a wrong content type, a
deprecated operation). In ``strict`` mode the mock then refuses the request as GHL would; in
``record`` mode it answers normally wherever it can and only records. Either way the violation is
listed by ``GET /_mock/violations``.

An official operation the mock does not implement is answered 501 and recorded as
``unimplemented_operation`` in both modes (there is nothing else to answer); ``unimplemented``
counts those by operation, for the dashboard and ``ghl-mock contract report``.
"""

from __future__ import annotations

from typing import Any, Literal

from mock_server.platform.ring_log import RingLog

Mode = Literal["strict", "record"]
UNIMPLEMENTED = "unimplemented_operation"

KINDS = (
    "missing_version", "unknown_version", "unknown_body_property", "wrong_type", "missing_required",
    "invalid_value", "undeclared_query_parameter", "wrong_content_type", "deprecated_operation",
    UNIMPLEMENTED,
)


class ViolationLog(RingLog):
    def __init__(self, mode: Mode = "strict", capacity: int = 5000) -> None:
        super().__init__(capacity)
        self.mode: Mode = mode

    def record(self, **violation: Any) -> None:  # type: ignore[override]
        super().record(violation)

    def entries(self, *, location_id: str | None = None, company_id: str | None = None,
                trace_id: str | None = None, since: int | None = None) -> list[dict[str, Any]]:
        return super().entries(since=since, locationId=location_id, companyId=company_id, traceId=trace_id)


def unimplemented(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The operations clients called that the mock lacks, most called first:
    ``{"method", "operationId", "specFile", "count", "lastPath"}``."""
    found: dict[tuple, dict[str, Any]] = {}
    for v in violations:
        if v.get("kind") != UNIMPLEMENTED:
            continue
        key = (v.get("specFile"), v.get("method"), v.get("operationId"))
        entry = found.setdefault(key, {"method": v.get("method"), "operationId": v.get("operationId"),
                                       "specFile": v.get("specFile"), "count": 0})
        entry["count"] += 1
        entry["lastPath"] = v.get("path")
    return sorted(found.values(), key=lambda e: (-e["count"], e["specFile"] or "", e["operationId"] or ""))
