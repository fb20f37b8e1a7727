"""Recorded interactions: record a client against the mock, replay the contract against other servers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
from mock_server.contracts import cli
from mock_server.contracts.recording import RecordingApp, load_contract, shape_of
from mock_server.contracts.replay import replay
from mock_server.contracts.sides import remote_side
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import BASE_URL, GhlTenant
from mock_server.testing.transport import InProcessTransport

from .conftest import free_port, serving


def mock_with_tenant(seed: str):
    app = build_app(Settings(bootstrap=False))
    return app, GhlTenant(app, seed=seed)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """A client's session against the mock: create, read, update, list, delete, read again."""
    app, tenant = mock_with_tenant("recording")
    path = tmp_path_factory.mktemp("contract") / "contract.json"
    recorder = RecordingApp(app, path)
    client = httpx.Client(transport=InProcessTransport(recorder), base_url=BASE_URL, headers=tenant.headers())
    created = client.post("/users/", json={
        "companyId": tenant.company_id, "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
        "password": "s3cret!", "type": "account", "role": "user", "locationIds": [tenant.location_id]}).json()
    client.get(f"/users/{created['id']}")
    client.put(f"/users/{created['id']}", json={"firstName": "Grace"})
    client.get("/users/search", params={"companyId": tenant.company_id})
    client.delete(f"/users/{created['id']}")
    client.get(f"/users/{created['id']}")
    client.get("/_mock/health")  # the control plane is not part of the contract
    recorder.save()
    return path, tenant


def test_the_contract_file_holds_requests_and_answer_shapes_but_no_secrets(recorded):
    path, tenant = recorded
    text = path.read_text()
    contract = load_contract(path)
    assert contract["tenant"] == {"locationId": tenant.location_id, "companyId": tenant.company_id,
                                  "userId": tenant.user_id}
    steps = [(i["request"]["method"], i["response"]["status"]) for i in contract["interactions"]]
    assert steps == [("POST", 201), ("GET", 200), ("PUT", 200), ("GET", 200), ("DELETE", 200), ("GET", 400)]
    first = contract["interactions"][0]
    assert first["request"]["body"]["email"] == "ada@example.com"
    assert first["response"]["shape"]["email"] == "string"
    assert first["response"]["shape"]["roles"]["locationIds"] == ["string"]
    assert "Ada" not in json.dumps(first["response"])  # answers keep their shape, not their values
    assert tenant.token()[:20] not in text and "Bearer" not in text


def test_replay_against_a_second_mock_matches(recorded):
    path, _ = recorded
    app, other = mock_with_tenant("replay-target")
    target = remote_side("http://second", other.token(), location_id=other.location_id,
                         company_id=other.company_id, user_id=other.user_id, transport=InProcessTransport(app))
    outcome = replay(load_contract(path), target)
    assert outcome.ok, outcome.render()
    assert outcome.replayed == 6
    # the replay followed the user it created on the target: created, then deleted there
    assert [e["status"] for e in app.world.journal.entries(company_id=other.company_id)] == \
        [201, 200, 200, 200, 200, 400]


def test_replay_reports_how_a_drifted_server_differs(recorded):
    path, _ = recorded
    app, other = mock_with_tenant("replay-drift")

    async def user(request):
        if request.method == "DELETE":
            return Response(status_code=204)
        return JSONResponse({"id": request.path_params["userId"], "name": 7})

    drifted = Starlette(routes=[Route("/users/{userId}", user, methods=["GET", "PUT", "DELETE"]), Mount("/", app)])
    target = remote_side("http://drifted", other.token(), location_id=other.location_id,
                         company_id=other.company_id, transport=InProcessTransport(drifted))
    outcome = replay(load_contract(path), target)
    found = {(d.kind, d.where) for d in outcome.differences}
    assert ("type", "/name") in found
    assert ("missing", "/email") in found
    assert ("status", "") in found  # DELETE answered 204 instead of 200, and the read after it 200 instead of 400
    assert not outcome.ok


def test_shapes_describe_structure_not_values():
    assert shape_of({"a": [1, 2], "b": None, "c": {"d": True}, "e": []}) == \
        {"a": ["number"], "b": "null", "c": {"d": "boolean"}, "e": []}


def test_the_record_command_serves_a_mock_and_saves_on_sigint(tmp_path, capsys):
    out, port = tmp_path / "session.json", free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "mock_server.contracts", "record", "--out", str(out),
                                "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90  # generous: a loaded 2-core CI machine starts a Python server slowly
        while True:
            try:
                tenants = httpx.get(f"{base}/_mock/tenants").json()["tenants"]
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        location = tenants[0]["locations"][0]["locationId"]
        token = httpx.post(f"{base}/_mock/tokens", json={"locationId": location}).json()["access_token"]
        answer = httpx.get(f"{base}/locations/{location}",
                           headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
        assert answer.status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=20)[0].decode()
    assert process.returncode == 0, output
    contract = load_contract(out)
    assert [(i["request"]["path"], i["response"]["status"]) for i in contract["interactions"]] == \
        [(f"/locations/{location}", 200)]
    assert "wrote 1 interaction(s)" in output


def test_verify_with_a_contract_file(recorded, capsys):
    path, _ = recorded
    app, other = mock_with_tenant("replay-cli")
    with serving(app) as url:
        code = cli.run(["verify", "--contract", str(path), "--base-url", url, "--token", other.token(),
                        "--max-rps", "0"])
    assert code == 0, capsys.readouterr().out
    assert "Replayed 6 interaction(s): 0 difference(s)" in capsys.readouterr().out
