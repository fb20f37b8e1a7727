"""The ghl-mock command line, run as users run it."""

from __future__ import annotations

import stat
import subprocess
import sys

import httpx


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mock_server.cli", *args], capture_output=True, text=True, timeout=120)


def test_serve_prints_everything_a_newcomer_needs_and_the_printed_token_works(serve_process):
    server = serve_process("--random-seed", "cli")
    server.wait_healthy()
    banner = server.banner()
    for needle in ("agency (companyId)", "location (locationId)", "location PIT", "agency OAuth", "curl -H"):
        assert needle in banner
    pit = next(line.split()[-1] for line in banner.splitlines() if "location PIT" in line)
    location_id = next(line.split()[-1] for line in banner.splitlines() if "location (locationId)" in line)
    response = httpx.get(f"{server.url}/locations/{location_id}",
                         headers={"Authorization": f"Bearer {pit}", "Version": "2021-07-28"})
    assert response.status_code == 200


def test_data_file_keeps_state_across_restarts(serve_process, tmp_path):
    data = str(tmp_path / "s.json")
    first = serve_process("--data", data)
    first.wait_healthy()
    created = httpx.post(first.url + "/_mock/tenants", json={"name": "Persistent"}).json()
    first.stop()
    second = serve_process("--data", data)
    second.wait_healthy()
    names = [t["name"] for t in httpx.get(second.url + "/_mock/tenants").json()["tenants"]]
    assert "Persistent" in names
    token = httpx.post(second.url + "/_mock/tokens", json={"locationId": created["locationId"]}).json()
    assert token["access_token"]


def test_a_second_server_on_the_same_data_file_is_refused(serve_process, tmp_path):
    data = str(tmp_path / "s.json")
    serve_process("--data", data).wait_healthy()
    result = _run("serve", "--port", "0", "--data", data)
    assert result.returncode == 2 and "single-process" in result.stderr


def test_a_data_file_others_can_read_is_warned_about(serve_process, tmp_path):
    data = tmp_path / "s.json"
    first = serve_process("--data", str(data))
    first.wait_healthy()
    first.stop()
    assert stat.S_IMODE(data.stat().st_mode) == 0o600  # created private
    data.chmod(0o644)
    second = serve_process("--data", str(data))
    second.wait_healthy()
    output = second.banner()
    assert f"WARNING: {data} (mode 0644) can be read by other users" in output
    assert f"chmod 600 {data}" in output


def test_an_older_data_file_whose_log_has_a_broken_line_is_refused_with_a_way_out(tmp_path):
    """The older layout (JSON snapshot + JSON log) is migrated on start; a damaged log refuses that start."""
    data = tmp_path / "s.json"
    data.write_text('{\n"L1/contacts":{\n"c1":{"id":"c1"}\n}\n}\n')
    wal = tmp_path / "s.json.wal"
    good = b'{"tx":[{"op":"put","t":"L1/contacts","doc":{"id":"c2"}}]}\n'
    wal.write_bytes(good + b'{"tx":[{"op":"put"\n' + good.replace(b'"c2"', b'"c3"'))
    result = _run("serve", "--port", "0", "--data", str(data))
    assert result.returncode == 2
    assert f"{wal}: line 2 (byte offset {len(good)})" in result.stderr and "sed -i '2d'" in result.stderr
    assert "Traceback" not in result.stderr


def test_refusals_are_clear():
    workers = _run("serve", "--workers", "2", "--data", "x.json")
    assert workers.returncode == 2 and "a data file is single-process" in workers.stderr
    exposed = _run("serve", "--host", "0.0.0.0")
    assert exposed.returncode == 2 and "admin token" in exposed.stderr
    in_memory = _run("serve", "--workers", "2")
    assert in_memory.returncode == 2 and "share a PostgreSQL store between workers" in in_memory.stderr
    both = _run("serve", "--store", "a.json", "--data", "b.json")
    assert both.returncode == 2 and "give one" in both.stderr
    unreachable = _run("serve", "--port", "0", "--store", "postgresql://nobody@127.0.0.1:9/none")
    assert unreachable.returncode == 2 and "cannot reach the PostgreSQL store" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr


def test_token_command_mints_from_a_running_server(serve_process):
    server = serve_process()
    server.wait_healthy()
    location_id = httpx.get(server.url + "/_mock/tenants").json()["tenants"][0]["locations"][0]["locationId"]
    result = _run("token", "--url", server.url, "--location", location_id, "--scope", "locations.readonly")
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip()
    ok = httpx.get(f"{server.url}/locations/{location_id}", headers={"Authorization": f"Bearer {token}", "Version": "v3"})
    assert ok.status_code == 200
    unreachable = _run("token", "--url", "http://127.0.0.1:9", "--location", location_id)
    assert unreachable.returncode == 2


def test_help_and_openapi():
    result = _run("serve", "--help")
    assert "--data PATH" in result.stdout and "GHL_MOCK_" in result.stdout
    document = _run("openapi")
    assert '"openapi": "3.1.0"' in document.stdout


def test_serve_runs_on_uvloop_and_httptools(serve_process):
    """Both come with ``pip install ghl-mock``; the banner says so and the process has them loaded."""
    server = serve_process()
    server.wait_healthy()
    assert "  server: uvloop + httptools\n" in server.banner()
    libraries = open(f"/proc/{server.proc.pid}/maps").read()
    assert "uvloop" in libraries and "httptools" in libraries


def test_serve_falls_back_to_asyncio_and_h11_where_they_are_missing(serve_process, tmp_path):
    for missing in ("uvloop", "httptools"):  # shadow the installed packages, as on a platform without them
        (tmp_path / f"{missing}.py").write_text(f"raise ImportError('no {missing} here')\n")
    server = serve_process(env={"PYTHONPATH": str(tmp_path)})
    server.wait_healthy()
    assert "  server: asyncio + h11   (pip install uvloop httptools for full speed)" in server.banner()
    assert httpx.get(server.url + "/_mock/health").json()["status"] == "ok"


def test_serve_takes_the_limits_and_the_allowed_hosts(serve_process):
    import socket
    import time

    server = serve_process("--header-timeout", "0.3", "--max-header-bytes", "4096", "--allowed-host", "ghl-mock")
    server.wait_healthy()
    assert httpx.get(server.url + "/_mock/health", headers={"Host": "ghl-mock:8765"}).status_code == 200
    assert httpx.get(server.url + "/_mock/health", headers={"Host": "elsewhere"}).status_code == 400
    assert httpx.get(server.url + "/_mock/health", headers={"X-Pad": "a" * 5000}).status_code == 431
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as idle:
        started = time.monotonic()
        assert idle.recv(1) == b""  # closed by the server
        assert time.monotonic() - started < 2
    help_text = _run("serve", "--help").stdout
    assert "--header-timeout" in help_text and "--body-timeout" in help_text and "--max-header-bytes" in help_text
