"""The scaffold over GHL's official files: the declarations it writes conform to them, and every file (v2
and v3) becomes lint-clean, importable code whose test stubs send requests the models accept.

Skipped, with the reason, when the official files are absent ($GHL_UPSTREAM_SPEC or ../shared).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from mock_server.contracts import official, upstream
from mock_server.contracts.scaffold.samples import Tenant

from mock_server.apis import build_registry
from mock_server.platform.operations import Registry
from mock_server.platform.validation import validate

from .conftest import AREA_PREFIX, ruff_problems

APPS = official.locate()
needs_official = pytest.mark.skipif(APPS is None, reason=official.absent_message("skipping the scaffold's runs "
                                                                                 "over them"))
FILES = sorted([*APPS.glob("*.json"), *(APPS / "v3").glob("*.json")]) if APPS else []
TENANT = {"location_id": "aLocationId000000000", "company_id": "aCompanyId0000000000", "user_id": "aUserId"}


@cache
def _spec(folder: Path) -> official.OfficialSpec:
    """The files of ``folder`` alone: the scaffold writes what the one file it reads declares, and is checked
    against that file. Upstream conformance of a registered area also reads the path's v3 twin (v2 and v3
    overlap), which may document more: see docs/adding-an-api-area.md."""
    return official.OfficialSpec(folder, read_v3=False)


def _conformance(api, file: Path, spec: official.OfficialSpec | None = None) -> list[upstream.Finding]:
    """Upstream conformance of a generated ``Api`` (a v3 file's operations are looked up in its own folder)."""
    registry = Registry([])
    registry.operations = [replace(op, spec_file=file.name) for op in api.operations]
    return upstream.static_findings(registry, spec or _spec(file.parent))


@needs_official
def test_businesses_regenerated_conforms_and_declares_what_the_area_declares(generate, load_area):
    file = APPS / "businesses.json"
    routes = load_area(generate.root, generate(file, AREA_PREFIX + "businesses").area)
    assert _conformance(routes.api, file, official.OfficialSpec(APPS)) == []  # as the registry is checked: v2 and v3
    facts = lambda op: (op.method, op.path, op.operation_id, op.scopes, op.tokens, op.status)
    ours = sorted(facts(op) for op in build_registry() if op.spec_file == "businesses.json")
    assert sorted(facts(op) for op in routes.api.operations) == ours


@needs_official
@pytest.mark.parametrize("file", FILES, ids=lambda f: str(f.relative_to(APPS)))
def test_every_official_file_scaffolds_to_conforming_lint_clean_code(file: Path, generate, load_area):
    area = AREA_PREFIX + ("v3_" if file.parent.name == "v3" else "") + file.stem.replace("-", "_")
    outcome = generate(file, area, spec=_spec(file.parent))
    assert ruff_problems(generate.root, *outcome.files) == ""
    routes = load_area(generate.root, area)
    assert _conformance(routes.api, file) == []
    declared = {op.operation_id: op for op in routes.api.operations}
    for planned in outcome.plan.operations:
        op = declared[planned.official.operation_id]
        sample = planned.sample
        if op.query is not None:
            assert validate(op.query, _filled(sample.query))[1] == [], (op, sample.query)
        if op.body is not None and planned.body_media == "application/json":
            assert validate(op.body, _filled(sample.body))[1] == [], (op, sample.body)


def _filled(value):
    if isinstance(value, Tenant):
        return TENANT[value.attribute]
    if isinstance(value, dict):
        return {k: _filled(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_filled(v) for v in value]
    return value
