"""No Docker engine runs here: check the compose file, and run its exact command and healthcheck directly."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _compose_service():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["ghl-mock"]


def _interpolate(value: str) -> str:
    """Compose's ``${VAR:-default}`` with an empty environment: the default."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", str(value))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_compose_file_names_the_health_endpoint():
    service = _compose_service()
    assert "/_mock/health" in " ".join(service["healthcheck"]["test"])
    assert service["build"] == "."
    assert "GHL_MOCK_ADMIN_TOKEN" in service["environment"]


def test_dockerfile_runs_the_same_command():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'CMD ["ghl-mock", "serve"]' in dockerfile
    assert _compose_service()["command"] == ["ghl-mock", "serve"]


def test_the_compose_command_and_healthcheck_work_when_run_directly(serve_process):
    service = _compose_service()
    env = {k: _interpolate(v) for k, v in service["environment"].items()}
    env["GHL_MOCK_PORT"] = str(_free_port())  # the container's port, on a free one here
    executable = shutil.which(service["command"][0])
    assert executable, "ghl-mock is not installed on PATH"
    server = serve_process(command=[executable, *service["command"][1:]], env=env, free_port=False)
    server.wait_healthy(headers={"X-GHL-Mock-Admin-Token": env["GHL_MOCK_ADMIN_TOKEN"]})
    probe = service["healthcheck"]["test"][1:]  # drop "CMD"
    result = subprocess.run(probe, env={**os.environ, **env}, capture_output=True, timeout=10)
    assert result.returncode == 0, result.stderr
    wrong = subprocess.run(probe, env={**os.environ, **env, "GHL_MOCK_ADMIN_TOKEN": "wrong"}, capture_output=True,
                           timeout=10)
    assert wrong.returncode != 0  # the control plane really is guarded


def test_the_default_service_stays_one_process_in_memory():
    service = _compose_service()
    assert "profiles" not in service
    assert not {"GHL_MOCK_STORE", "GHL_MOCK_DATA", "GHL_MOCK_WORKERS"} & set(service["environment"])


def test_the_shared_profile_puts_two_replicas_on_one_database_behind_one_port():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    shared = {name for name, service in services.items() if "shared" in service.get("profiles", ())}
    assert shared == {"postgres", "ghl-mock-a", "ghl-mock-b", "ghl-mock-lb"}
    stores = {_interpolate(services[name]["environment"]["GHL_MOCK_STORE"]) for name in ("ghl-mock-a", "ghl-mock-b")}
    assert stores == {"postgresql://ghl:ghl@postgres:5432/ghl"}
    balancer = services["ghl-mock-lb"]
    assert len(balancer["ports"]) == 1
    config = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["configs"]["ghl-mock-lb"]["content"]
    assert "server ghl-mock-a:8765;" in config and "server ghl-mock-b:8765;" in config


def test_a_shared_replica_runs_with_its_compose_environment(serve_process):
    from tests import postgres

    url, schema = postgres.isolated_url()
    try:
        service = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["ghl-mock-a"]
        env = {k: _interpolate(v) for k, v in service["environment"].items()}
        port = _free_port()  # this machine's server and port, not the service's and the load balancer's
        env.update(GHL_MOCK_PORT=str(port), GHL_MOCK_STORE=url, GHL_MOCK_PUBLIC_URL=f"http://127.0.0.1:{port}")
        assert service["command"][0] == "ghl-mock"  # (this interpreter's, whatever else is on PATH)
        server = serve_process(command=[sys.executable, "-m", "mock_server.cli", *service["command"][1:]], env=env,
                               free_port=False)
        server.wait_healthy(headers={"X-GHL-Mock-Admin-Token": env["GHL_MOCK_ADMIN_TOKEN"]})
        assert "storage: PostgreSQL" in server.banner()
        server.stop()
    finally:
        postgres.drop_schema(schema)
