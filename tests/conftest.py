"""Shared test helpers. The GHL fixtures (``ghl``, ``ghl_client`` ...) come from our own pytest plugin."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

# pytester runs the plugin's black-box tests (tests/plugin); it can only be enabled here, at the top.
pytest_plugins = ["pytester"]

URL_LINE = re.compile(r"serving the GHL API at (http://\S+)")


class ServerProcess:
    """``ghl-mock serve`` in a child process, exactly as a user runs it."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None, command: list[str] | None = None,
                 preexec: Callable[[], None] | None = None) -> None:
        self.started = time.monotonic()
        base = command or [sys.executable, "-m", "mock_server.cli", "serve"]
        self.proc = subprocess.Popen([*base, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     env={**os.environ, **(env or {})}, preexec_fn=preexec)
        self.output: list[str] = []
        self.url = self._read_url()

    # The timeouts below are bounds, not waits: generous, for a loaded 2-core machine where a Python server
    # starts (imports, RSA keys) and stops (a final checkpoint) many times slower than on a quiet one.
    def _read_url(self, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                if self.proc.poll() is not None:
                    raise RuntimeError("server exited:\n" + "".join(self.output))
                continue
            self.output.append(line)
            found = URL_LINE.search(line)
            if found:
                return found.group(1)
        raise RuntimeError("server printed no URL:\n" + "".join(self.output))

    def wait_healthy(self, timeout: float = 60, headers: dict | None = None) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/_mock/health", headers=headers, timeout=1).status_code == 200:
                    return time.monotonic() - self.started
            except httpx.HTTPError:
                time.sleep(0.02)
        raise RuntimeError("server never became healthy")

    def banner(self) -> str:
        """The start-up banner (everything printed up to the blank line after it)."""
        while self.proc.poll() is None and not (self.output and self.output[-1].startswith("  contract mode")):
            self.output.append(self.proc.stdout.readline())
        return "".join(self.output)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)  # a clean stop (tests rely on its final snapshot), not a kill after 10 s
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture(scope="session", autouse=True)
def child_bytecode_cache(tmp_path_factory) -> Iterator[Path | None]:
    """Where PYTHONDONTWRITEBYTECODE is set (CI's environment sets it), each Python process the suite starts
    (``ghl-mock serve``, the CLI, pytester's inner pytest sessions: dozens) compiled every module of ours
    from source, and each inner pytest rewrote the modules of its plugins (schemathesis, hypothesis, faker: ~4 s of
    CPU a session). The children share a bytecode cache instead: PYTHONPYCACHEPREFIX, a directory of this session's
    temporary root (shared by the xdist workers), written by the first child importing a module and read by the
    others. They run the same code; nothing is written into the checkout or site-packages. The test processes
    themselves are untouched (they have imported everything already)."""
    if not sys.flags.dont_write_bytecode or os.environ.get("PYTHONPYCACHEPREFIX"):
        yield None  # children write and read their bytecode as usual
        return
    root = tmp_path_factory.getbasetemp()
    shared = (root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root) / "child-pycache"
    shared.mkdir(exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPYCACHEPREFIX", str(shared))
        patch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)  # -B sets the flag without it
        yield shared


@pytest.fixture
def serve_process() -> Iterator:
    """Start ``ghl-mock serve <args>`` processes; all are stopped after the test."""
    started: list[ServerProcess] = []

    def start(*args: str, env: dict[str, str] | None = None, command: list[str] | None = None,
              free_port: bool = True, preexec: Callable[[], None] | None = None) -> ServerProcess:
        """``command`` replaces ``python -m mock_server.cli serve``; ``free_port`` adds ``--port 0``;
        ``preexec`` runs in the child before the server starts (say, to set a resource limit)."""
        wanted = ["--port", "0", *args] if free_port and "--port" not in args else list(args)
        server = ServerProcess(wanted, env, command, preexec)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


class SmallDemo:
    """The demo sandbox loaded once with a small ``plan``: its ``summary``, the ``main`` location's id, the ``app``
    (its ``world`` for what the API does not show) and ``api``, an httpx client holding a location PIT of the main
    location (``Version`` sent)."""

    PLAN_FIELDS = {"contacts": 6, "second_location_contacts": 1, "businesses": 1, "calendars": 1,
                   "booked_share": 0.05, "opportunities": 2, "blog_posts": 1, "conversations": 1}

    def __init__(self) -> None:
        from mock_server.fixtures.demo import DemoPlan, load_demo

        from mock_server.app import build_app
        from mock_server.settings import Settings
        from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

        self.plan = DemoPlan(**self.PLAN_FIELDS)
        self.app = build_app(Settings(random_seed="small-demo"))
        self.summary = load_demo(self.app.world, plan=self.plan)
        self.main = self.summary["mainLocationId"]
        token = self.app.world.tokens.mint(user_type="Location", company_id=self.summary["companyId"],
                                           location_id=self.main, scopes=None, kind="pit", expires_in=None,
                                           client_id=None, user_id=None, with_refresh=False)["access_token"]
        self.api = httpx.Client(transport=InProcessTransport(self.app), base_url=GHL_BASE_URL,
                                headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})

    def close(self) -> None:
        self.api.close()
        self.app.world.close()


@pytest.fixture(scope="session")
def small_demo() -> Iterator[SmallDemo]:
    """One small demo sandbox for the tests that only read what the demo made (``tests/apis/<area>/test_demo.py``:
    loading it costs ~0.6 s of CPU once the areas are imported: once a session instead of once a test)."""
    demo = SmallDemo()
    yield demo
    demo.close()
