"""Contract violations: every request that GHL would refuse (or frown on) is recorded here.

The pipeline reports each problem it finds (a missing or unknown Version, an unknown body property,
a wrong type, a missing required field, an undeclared query parameter, a wrong content type, a
deprecated operation). In ``strict`` mode the mock then refuses the request as GHL would; in
``record`` mode it answers normally wherever it can and only records. Either way the violation is
listed by ``GET /_mock/violations``.
"""

from __future__ import annotations

from typing import Any, Literal

from mock_server.platform.ring_log import RingLog

Mode = Literal["strict", "record"]

KINDS = (
    "missing_version", "unknown_version", "unknown_body_property", "wrong_type", "missing_required",
    "invalid_value", "undeclared_query_parameter", "wrong_content_type", "deprecated_operation",
    "unimplemented_operation",
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
