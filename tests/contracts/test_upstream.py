"""Upstream conformance: every implemented operation against GHL's official file.

Skipped (with the reason) when the official files are absent; they are looked for at
$GHL_UPSTREAM_SPEC or ../shared/ghl-reference/apps.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from mock_server.contracts import official, upstream, upstream_check
from mock_server.contracts.upstream_allowlist import Allowed, allowlist, unwalked
from pydantic import create_model

from mock_server.apis import build_registry
from mock_server.apis.users.models import CreateUserBody
from mock_server.platform.operations import Registry
from mock_server.platform.unimplemented import is_unwritten

SPEC_DIR = official.locate()
needs_official = pytest.mark.skipif(SPEC_DIR is None, reason=official.absent_message())


@pytest.fixture(scope="module")
def result():
    return upstream_check.run(build_registry(), official.OfficialSpec(SPEC_DIR))


@needs_official
def test_every_difference_is_allowed_with_a_reason_and_no_entry_is_stale(result):
    assert result.verdict.ok, result.verdict.explain()


@needs_official
def test_every_operation_answered_and_was_validated(result):
    """Responses were really checked: each operation produced a 2xx answer the official schema judged,
    or is listed in UNWALKED with the reason (and the place its answers are validated instead)."""
    missing = [op.key for op in build_registry() if op.key not in result.validated and op.key not in unwalked()
               and not is_unwritten(op)]
    assert not missing, f"no successful answer to validate for {missing}; skipped probes: {result.skipped}"
    reached = [key for key in unwalked() if key in result.validated]
    assert not reached, f"UNWALKED entries the walk now reaches (delete them): {reached}"


def test_allowlist_entries_give_reasons():
    entries = allowlist()
    assert entries and all(entry.reason.strip() for entry in entries)
    assert len({entry.key for entry in entries}) == len(entries)


def test_each_area_keeps_the_entries_of_its_own_files():
    """The areas' entries are collected from their packages; each names an operation of its own area."""
    from mock_server.apis import AREAS
    from mock_server.platform.areas import Areas

    files = next(area for area in AREAS if area.name == "files")  # uploading areas cascade into its tables
    for area in AREAS:
        own = {op.key for api in area.apis for op in api.operations}
        areas = Areas([files, area] if area is not files else [area])
        stray = [e for e in areas.upstream_allowlist if (e.spec_file, e.method, e.path) not in own]
        stray += [key for key in areas.unwalked if key not in own]
        assert not stray, f"{area.name} lists entries of operations it does not declare: {stray}"


def test_a_stale_entry_fails_the_run():
    ghost = Allowed("users.json", "GET", "/users/{userId}", "scopes_differ", None, "fixed long ago")
    verdict = upstream.judge([], [ghost])
    assert not verdict.ok and verdict.stale == [ghost]


def test_an_unlisted_finding_fails_and_a_listed_one_passes():
    finding = upstream.Finding("users.json", "GET", "/users/{userId}", "scopes_differ", None, "mock [], official [x]")
    assert not upstream.judge([finding], []).ok
    entry = Allowed(*finding.key, "the official file is wrong here")
    assert upstream.judge([finding], [entry]).ok


@needs_official
def test_differences_are_detected():
    """A wrong scope, a missing required body field, another operationId and an unknown path are all reported."""
    registry = build_registry()
    get_user = next(op for op in registry if op.operation_id == "get-user")
    create_user = next(op for op in registry if op.operation_id == "create-user")
    lenient = create_model("LenientCreateUser", __base__=CreateUserBody, lastName=(str | None, None))
    changed = [replace(get_user, scopes=("users.write",)), replace(create_user, body=lenient),
               replace(create_user, operation_id="add-user"),
               replace(get_user, path="/users/{userId}/nowhere", operation_id="nowhere")]
    fake = Registry([])
    fake.operations = changed  # a registry as an area with those mistakes would declare it
    kinds = {(f.kind, f.field) for f in upstream.static_findings(fake, official.OfficialSpec(SPEC_DIR))}
    assert {("scopes_differ", None), ("required_body_differs", "lastName"), ("operation_id_differs", None),
            ("missing_operation", None)} <= kinds


def test_a_response_entry_is_judged_only_where_the_run_reached():
    """An entry about data the run never produced cannot go stale; one about a place it reached can."""
    registry = build_registry()
    key = ("users.json", "GET", "/users/search")
    reached = {key: upstream.paths_in({"users": [{"id": "u1", "phone": "+1"}], "count": 1})}
    exercised = upstream.exercised_by(registry, reached)
    assert exercised(Allowed(*key, "response_schema", "users/*/phone", "reached, did not fire"))
    assert exercised(Allowed(*key, "response_schema", "users/*/lcPhone", "its parent was reached"))
    assert not exercised(Allowed(*key, "response_schema", "users/*/roles/type", "never reached"))
    assert exercised(Allowed("users.json", "GET", "/gone", "scopes_differ", None, "operation removed"))


@needs_official
def test_an_area_can_check_one_answer():
    """``response_problems``: what area tests call on the answers of their own walks."""
    good = {"company": {"id": "c1", "name": "Acme"}, "traceId": "t"}
    assert upstream.response_problems("companies.json", "GET", "/companies/{companyId}", 200, good) == []
    bad = upstream.response_problems("companies.json", "GET", "/companies/{companyId}", 200, {"company": {"id": 5}})
    assert bad == ["company/id: 5 is not of type 'string'"]
    assert upstream.response_problems("companies.json", "GET", "/nowhere", 200, {}) == \
        ["GET /nowhere is not in companies.json"]


def _fake_registry(*ops) -> Registry:
    fake = Registry([])
    fake.operations = list(ops)  # a registry as an area with those declarations would have it
    return fake


@needs_official
def test_v2_and_v3_are_overlapping_sets_of_operations():
    """An operation only in v3 is checked against v3, one only in v2 against v2, one in both against both;
    every path an operation serves (aliases too) must be official somewhere."""
    registry = build_registry()
    remove_all = next(op for op in registry if op.operation_id == "remove-contact-from-every-campaign")
    v3_only = replace(remove_all, path="/contacts/{contactId}/campaigns/remove-all", aliases=())
    v2_only = replace(remove_all, aliases=())
    nowhere = replace(remove_all, aliases=("/contacts/{contactId}/campaigns/clear",))
    findings = upstream.static_findings(_fake_registry(v3_only, v2_only, nowhere), official.OfficialSpec(SPEC_DIR))
    assert [(f.path, f.kind, f.field) for f in findings if f.kind == "missing_operation"] == \
        [("/contacts/{contactId}/campaigns/removeAll", "missing_operation", "/contacts/{contactId}/campaigns/clear")]


@needs_official
def test_an_operation_in_both_accepts_what_either_documents_and_requires_what_both_require():
    registry = build_registry()
    installed = next(op for op in registry if op.operation_id == "get-installed-location")  # v3 adds paging
    update_post = next(op for op in registry if op.operation_id == "update-blog-post")  # v3 requires wordCount
    findings = upstream.static_findings(_fake_registry(installed, update_post), official.OfficialSpec(SPEC_DIR))
    keys = {(f.path, f.kind, f.field) for f in findings}
    assert ("/oauth/installedLocations", "query_param_undocumented", "pageSize") not in keys
    assert not any(f.field == "wordCount" for f in findings)  # v2 clients may leave it out: not required
    strict = create_model("StrictUpdate", __base__=update_post.body, wordCount=(int, ...))
    findings = upstream.static_findings(_fake_registry(replace(update_post, body=strict)),
                                        official.OfficialSpec(SPEC_DIR))
    assert [(f.kind, f.field) for f in findings if f.field == "wordCount"] == [("required_body_differs", "wordCount")]
