"""Generating the mock's index of every official operation (``mock_server/platform/official_operations.tsv``).

``ghl-mock contract index`` reads GHL's official files (v2 ``apps/*.json`` and ``apps/v3/*.json``) and
writes one row per operation: every v2 operation, then each v3 operation no v2 file has (same method
and path shape). Only structure is kept (spec file, method, path, operationId, and whether the file
declares a Version header and a security requirement), never prose.
"""

from __future__ import annotations

from pathlib import Path

from mock_server.contracts.official import OfficialOperation, OfficialSpec

from mock_server.platform.official_index import OfficialRoute, render
from mock_server.platform.routing import shape


def routes(apps_dir: Path) -> list[OfficialRoute]:
    """Every official operation: v2 first, then the v3-only ones, each file's in its own order."""
    v2 = OfficialSpec(apps_dir)
    found = [_route(op, v2.label(op)) for op in v2.operations.values()]
    if v2.v3 is not None:
        known = {(op.method, shape(op.path)) for op in v2.operations.values()}
        found += [_route(op, v2.v3.label(op)) for op in v2.v3.operations.values()
                  if (op.method, shape(op.path)) not in known]
    return found


def _route(op: OfficialOperation, spec_file: str) -> OfficialRoute:
    version = any(p.get("in") == "header" and str(p.get("name", "")).lower() == "version" for p in op.parameters)
    return OfficialRoute(spec_file, op.method, op.path, op.operation_id, version_header=version,
                         public=not op.security)


def text(apps_dir: Path) -> str:
    return render(routes(apps_dir))
