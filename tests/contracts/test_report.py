"""``ghl-mock contract report``: a readable summary of a client's violations, and JUnit XML for CI."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import httpx
import pytest
from mock_server.contracts import cli, report

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant
from mock_server.testing.transport import InProcessTransport
from tests.unserved import lacking_areas, unserved_get, unserved_write

from .conftest import serving


@pytest.fixture(scope="module")
def sloppy_client_session():
    """A client in record mode: one clean call, two calls with violations."""
    app = build_app(Settings(bootstrap=False, contract_mode="record"))
    tenant = GhlTenant(app, seed="report")
    client = tenant.client()
    client.get(f"/locations/{tenant.location_id}")
    client.get("/users/search", params={"companyId": tenant.company_id, "colour": "blue", "size": "xl"})
    tenant.client(version="2099-01-01").get("/users/", params={"locationId": tenant.location_id})
    yield app, tenant
    app.world.close()


def test_summary_groups_by_operation_kind_and_field(sloppy_client_session):
    app, tenant = sloppy_client_session
    answer, journal = report.fetch("http://127.0.0.1:8765", location_id=tenant.location_id, transport=InProcessTransport(app))
    text = report.summary(answer["violations"], answer["mode"])
    assert text.startswith("4 contract violation(s) (record mode) in 2 operation(s)")
    lines = text.splitlines()
    search = lines.index("GET /users/search (users.json search-users)")
    assert "undeclared_query_parameter" in lines[search + 1] and "colour" in lines[search + 1]
    assert "GET /users/ (users.json get-user-by-location)" in lines
    assert any("deprecated_operation" in line for line in lines)
    assert any("unknown_version" in line and "Version" in line for line in lines)


def test_junit_has_a_case_per_operation_called(sloppy_client_session):
    app, tenant = sloppy_client_session
    answer, journal = report.fetch("http://127.0.0.1:8765", location_id=tenant.location_id, transport=InProcessTransport(app))
    suite = ET.fromstring(report.junit(answer["violations"], journal)).find("testsuite")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert (suite.get("tests"), suite.get("failures")) == ("3", "2")
    assert cases["GET /locations/{locationId} (locations.json get-location)".replace(
        "{locationId}", tenant.location_id)].find("failure") is None
    failure = cases["GET /users/search (users.json search-users)"].find("failure")
    assert failure.get("message") == "2 contract violation(s)"
    assert "undeclared_query_parameter [size]" in failure.text


def test_operations_the_mock_lacks_are_listed_with_counts(tmp_path, capsys):
    route, write = unserved_get(), unserved_write()
    app = build_app(Settings(bootstrap=False), areas=lacking_areas())
    tenant = GhlTenant(app, seed="report-lacking")
    try:
        client = tenant.client()
        for _ in range(3):
            client.get(route.path, params={"locationId": tenant.location_id})
        client.request(write.method, re.sub(r"{[^}]+}", lambda m: tenant.location_id if m[0] == "{locationId}" else "w1",
                                            write.path), json={})
        client.get("/users/search", params={"companyId": tenant.company_id, "colour": "blue"})
        answer = httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:8765").get(
            "/_mock/violations", params={"locationId": tenant.location_id}).json()
    finally:
        tenant.close()
        app.world.close()
    assert [(u["operationId"], u["specFile"], u["count"]) for u in answer["unimplemented"]] == \
        [(route.operation_id, route.spec_file, 3), (write.operation_id, write.spec_file, 1)]
    saved = tmp_path / "violations.json"
    saved.write_text(json.dumps(answer))
    assert cli.run(["report", "--file", str(saved)]) == 0
    text = capsys.readouterr().out
    lacking = text.splitlines()[text.splitlines().index(
        "Operations your client called that the mock lacks (2; each answered 501):") + 1:]
    assert lacking[0].split() == ["x3", "GET", route.path, route.operation_id, f"({route.spec_file})"]
    assert lacking[1].split()[:2] == ["x1", write.method] and f"{write.operation_id} ({write.spec_file})" in lacking[1]
    assert "undeclared_query_parameter" in text  # the violations are listed as before


def test_no_violations_reads_clearly():
    assert report.summary([]) == "No contract violations: every request matched GHL's contract."


def test_cli_against_a_server_and_from_a_file(sloppy_client_session, tmp_path, capsys):
    app, tenant = sloppy_client_session
    junit = tmp_path / "contract.xml"
    with serving(app) as url:
        assert cli.run(["report", "--base-url", url, "--location", tenant.location_id, "--junit", str(junit)]) == 0
        assert cli.run(["report", "--base-url", url, "--location", tenant.location_id,
                        "--fail-on-violations"]) == 1
    assert ET.parse(junit).getroot().find("testsuite").get("failures") == "2"
    saved = tmp_path / "violations.json"
    saved.write_text(json.dumps({"mode": "strict", "violations": []}))
    assert cli.run(["report", "--file", str(saved), "--fail-on-violations"]) == 0
    assert "No contract violations" in capsys.readouterr().out


def test_cli_says_when_the_mock_is_unreachable(capsys):
    assert cli.run(["report", "--base-url", "http://127.0.0.1:9"]) == 2
    assert "cannot read the violations" in capsys.readouterr().err
