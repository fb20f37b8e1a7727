"""Benchmark of the pytest plugin (a script, not a test): ``python bench/bench_plugin.py``.

  import     what loading the plugin adds to every pytest run (it must not import the mock itself).

Targets (issue 6): median per-test fixture setup (a new tenant and its token) <= 2 ms; an in-process
``GET`` <= 0.3 ms. Printed side by side with baselines, so the ratios say what the mock itself costs:

  setup      ``GhlTenant`` + ``token()`` directly, and the setup phase of real pytest tests that use
             ``ghl_client`` (pytest's own timing of the phase: fixtures, marker lookups, everything);
             teardown (removing the tenant) for reference.
  GET        ``GET /locations/{id}`` through ``ghl.client()`` (the whole GHL pipeline: routing, Version,
             JWT, scope, tenancy, handler, journal) against a bare ``httpx.MockTransport`` answering a
             canned JSON body (httpx's own cost, the floor any in-process client pays), then the same
             request intercepted from ``requests`` and ``httpx``, and over a real socket (``ghl_server``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
import pytest

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing import GhlTenant, LiveServer, intercept

SETUPS = 2000
GETS = 5000
PYTEST_TESTS = 500


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(action: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def bench_setup(app) -> tuple[float, float]:
    setups, teardowns = [], []
    for n in range(SETUPS):
        started = time.perf_counter()
        tenant = GhlTenant(app, seed=f"bench/test_setup.py::test_{n}")
        tenant.token()
        setups.append(time.perf_counter() - started)
        started = time.perf_counter()
        tenant.close()
        teardowns.append(time.perf_counter() - started)
    return median_ms(setups), median_ms(teardowns)


class SetupTimes:
    """A pytest plugin that keeps the duration of each test's setup phase."""

    def __init__(self) -> None:
        self.samples: list[float] = []

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "setup" and report.passed:
            self.samples.append(report.duration)


def bench_pytest_setup() -> float:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "test_many.py").write_text(textwrap.dedent(f"""
            import pytest

            @pytest.mark.parametrize("n", range({PYTEST_TESTS}))
            def test_fixture(ghl, ghl_client, n):
                pass
        """))
        recorder = SetupTimes()
        pytest.main([folder, "-p", "no:terminal", "-p", "no:cacheprovider", "-o", "addopts=",
                     "-W", "ignore::pytest.PytestAssertRewriteWarning"], plugins=[recorder])
    # the first setup builds the session's mock: leave it out of the per-test median
    return median_ms(recorder.samples[1:])


def bench_gets(app) -> dict[str, float]:
    tenant = GhlTenant(app, seed="bench/gets")
    path = f"/locations/{tenant.location_id}"
    client = tenant.client()
    canned = httpx.Response(200, json={"location": {"id": tenant.location_id, "name": "x"}})
    bare = httpx.Client(transport=httpx.MockTransport(lambda request: canned), base_url="https://example.test")
    results = {
        "bare httpx MockTransport": median_ms(timed(lambda: bare.get(path), GETS)),
        "ghl.client() in-process": median_ms(timed(lambda: client.get(path), GETS)),
    }
    url = tenant.url_for(path)
    headers = tenant.headers()
    with intercept(app):
        import requests

        session = requests.Session()
        plain = httpx.Client()
        results["intercepted httpx.Client"] = median_ms(timed(lambda: plain.get(url, headers=headers), GETS // 5))
        results["intercepted requests.Session"] = median_ms(timed(lambda: session.get(url, headers=headers),
                                                                  GETS // 5))
    with LiveServer(app) as server, httpx.Client(base_url=server.url, headers=headers, trust_env=False) as live:
        results["ghl_server (uvicorn, loopback)"] = median_ms(timed(lambda: live.get(path), GETS // 5))
    tenant.close()
    return results


def plugin_import_ms(runs: int = 5) -> float:
    """What loading the plugin adds to every pytest run of a project that has ghl-mock installed: the cumulative
    ``-X importtime`` of ``mock_server.pytest_plugin`` after pytest itself, best of ``runs`` fresh processes."""
    samples = []
    for _ in range(runs):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import pytest, mock_server.pytest_plugin"],
                             capture_output=True, text=True, check=True).stderr
        line = next(line for line in err.splitlines() if line.rstrip().endswith("| mock_server.pytest_plugin"))
        samples.append(int(line.split("|")[1]) / 1000)
    return min(samples)


def main() -> None:
    plugin_import = plugin_import_ms()
    app = build_app(Settings(bootstrap=False))
    for n in range(200):  # warm up: imports, caches, the JWT library
        GhlTenant(app, seed=f"warm/{n}").close()
    setup, teardown = bench_setup(app)
    pytest_setup = bench_pytest_setup()
    gets = bench_gets(app)
    base = gets["bare httpx MockTransport"]
    print(f"load average (1 min): {os.getloadavg()[0]:.2f} (2 cores shared: figures under load are higher)")
    print(f"plugin import (after pytest, best of 5)    {plugin_import:8.1f} ms")
    print(f"per-test setup (median of {SETUPS}; target <= 2 ms)")
    print(f"  GhlTenant + token()                      {setup:8.3f} ms")
    print(f"  pytest setup phase, ghl + ghl_client     {pytest_setup:8.3f} ms   (median of {PYTEST_TESTS} tests)")
    print(f"  teardown (tenant removed)                {teardown:8.3f} ms")
    print("GET /locations/{id} (median; target in-process <= 0.3 ms)      ratio to bare httpx")
    for name, value in gets.items():
        print(f"  {name:38s} {value:8.3f} ms   x{value / base:5.1f}")
    app.world.close()


if __name__ == "__main__":
    main()
