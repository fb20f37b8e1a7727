"""``ghl-mock contract verify``: a second mock passes; a deliberately wrong server fails on each planted mismatch."""

from __future__ import annotations

import httpx
import pytest
from mock_server.contracts import cli, sides, verify
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from mock_server.apis import build_registry
from mock_server.app import build_app
from mock_server.control.tenants import default_app
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant
from mock_server.testing.transport import InProcessTransport

from .conftest import serving


@pytest.fixture(scope="module")
def second_mock():
    """Another ghl-mock instance with its own tenant, as a user would point verify at it."""
    app = build_app(Settings(bootstrap=True))
    tenant = GhlTenant(app, seed="second-mock")
    yield app, tenant
    app.world.close()


def target_args(tenant: GhlTenant, base_url: str, *extra: str) -> list[str]:
    return ["verify", "--base-url", base_url, "--token", tenant.token(), "--agency-token", tenant.token(agency=True),
            "--id", f"appId={default_app(tenant.world)['appId']}", "--max-rps", "0", *extra]


def test_a_second_mock_passes_with_writes(second_mock, capsys):
    app, tenant = second_mock
    with serving(app) as url:
        code = cli.run(target_args(tenant, url, "--allow-writes"))
    out = capsys.readouterr().out
    assert code == 0, out
    assert " 0 mismatch(es)" in out
    compared = int(out.split("Compared ")[1].split(" ")[0])
    assert compared >= 40  # reads, error probes and the create/read/update/delete sequences all ran


def test_read_only_by_default(second_mock, capsys):
    app, tenant = second_mock
    app.world.journal.clear()
    with serving(app) as url:
        assert cli.run(target_args(tenant, url)) == 0
    methods = {entry["method"] for entry in app.world.journal.entries(company_id=tenant.company_id)}
    assert methods == {"GET"}


# -- a deliberately wrong server -------------------------------------------------------------
def wrong_server(real) -> Starlette:
    """GHL-like, except for four planted mismatches; everything else is answered by a real mock."""

    async def location(request):  # wrong shape: the id is a number, the name a list
        if request.path_params["locationId"] == "search" or request.query_params or not all(
                h in request.headers for h in ("authorization", "version")):
            return await forward(request)
        return JSONResponse({"location": {"id": 12345, "name": ["not", "a", "string"]}})

    async def user(request):  # wrong code for an unknown id: GHL answers 400
        if request.path_params["userId"] == "ContractProbe0000000":
            return JSONResponse({"statusCode": 404, "message": "Not Found"}, status_code=404)
        return await forward(request)

    async def search(request):  # wrong error body when the token is missing
        if "authorization" not in request.headers:
            return JSONResponse({"statusCode": 401, "message": "Unauthorized", "error": "Unauthorized"}, 401)
        return await forward(request)

    async def forward(request):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(real), base_url="http://real") as client:
            answer = await client.request(request.method, request.url.path, params=request.query_params,
                                          headers=request.headers.raw, content=await request.body())
        return JSONResponse(answer.json(), status_code=answer.status_code)

    return Starlette(routes=[
        Route("/locations/{locationId}", location),
        Route("/users/search", search),
        Route("/users/{userId}", user),
        Mount("/", real),
    ])


def test_a_wrong_server_fails_on_each_planted_mismatch(second_mock):
    app, tenant = second_mock
    target = sides.remote_side("http://wrong", tenant.token(), agency_token=tenant.token(agency=True),
                               location_id=tenant.location_id, company_id=tenant.company_id, extra_ids={"appId": default_app(app.world)["appId"]},
                               transport=InProcessTransport(wrong_server(app)))
    outcome = verify.Verifier(build_registry(), sides.reference_side(), target).run()
    found = {(m.kind, m.probe) for m in outcome.mismatches}
    assert ("schema", "GET /locations/{locationId}: read") in found
    assert ("status", "GET /users/{userId}: unknown id") in found
    assert ("error_body", "GET /users/search: no token") in found
    schema_problems = [m.actual for m in outcome.mismatches if m.kind == "schema"]
    assert any("12345 is not of type 'string'" in p for p in schema_problems)
    assert all(m.probe.startswith(("GET /locations/{locationId}:", "GET /users/{userId}:", "GET /users/search:"))
               for m in outcome.mismatches), outcome.render()
    error_body = next(m for m in outcome.mismatches if m.kind == "error_body")
    assert (error_body.expected, error_body.actual) == ("message='Invalid JWT'", "message='Unauthorized'")
    assert not outcome.ok


def test_the_cli_exits_non_zero_against_a_wrong_server(second_mock, capsys):
    app, tenant = second_mock
    with serving(wrong_server(app)) as url:
        code = cli.run(target_args(tenant, url))
    out = capsys.readouterr().out
    assert code == 1
    assert "[status] GET /users/{userId}: unknown id" in out and "expected: 400" in out
