"""Throughput of the mock's reads by id (valid token, full pipeline) against a bare Starlette JSON route,
side by side in one run, loaded by wrk from another process.

    python bench/bench_platform.py [--seconds 10] [--connections 16] [--rounds 2] [--mock-python PATH]

The bare route always runs on uvloop + httptools; the mock runs as ``ghl-mock serve`` does once
installed (the loop and HTTP parser it picked are printed, read from the process's loaded libraries).
``--mock-python`` runs the mock with another interpreter (say a venv without uvloop) for comparison.
Reports requests/s and server CPU per request for ``GET /locations/{id}`` and ``GET /contacts/{id}``,
and the ratios (target: mock >= 0.6 x bare). Both servers get the same request, byte for byte: the
mock's token (kilobytes: it lists every scope) and Version header go to the bare route too, which ignores
them, so the comparison is of the work each does with one request, not of how many bytes each reads.
Rounds alternate bare and mock so drift on a shared machine hits both alike; the best round of each is
reported, with the load average.
Also reports reading by id at 100 vs 100,000 records in one location (constant time).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _servers import cpu_seconds, start

HERE = Path(__file__).parent
TARGET = 0.6


def wrk(url: str, seconds: int, connections: int, headers: dict[str, str]) -> float:
    args = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s"]
    for k, v in headers.items():
        args += ["-H", f"{k}: {v}"]
    out = subprocess.run([*args, url], capture_output=True, text=True).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        raise RuntimeError(f"{non_2xx.group(1)} error responses from {url}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def measure(proc, url: str, seconds: int, connections: int, headers: dict[str, str]) -> dict:
    wrk(url, 2, connections, headers)  # warm-up
    cpu_before = cpu_seconds(proc.pid)
    rps = wrk(url, seconds, connections, headers)
    cpu = cpu_seconds(proc.pid) - cpu_before
    return {"rps": rps, "cpu_us_per_request": cpu / (rps * seconds) * 1e6}


def server_stack(pid: int) -> str:
    """The event loop and HTTP parser a uvicorn process runs on, from the libraries it has loaded."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    loop = "uvloop" if "uvloop" in maps else "asyncio"
    http = "httptools" if "httptools" in maps else "h11"
    return f"{loop}+{http}"


def read_by_id_scaling() -> dict:
    from mock_server.store import Store

    results = {}
    for size in (100, 100_000):
        store = Store.in_memory()
        with store.transaction():
            for i in range(size):
                store.put("L1", "contacts", {"id": f"c{i:07d}", "email": f"p{i}@x.io", "tags": ["a", "b"]})
        ids = [f"c{i:07d}" for i in range(0, size, max(1, size // 1000))]
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            for rid in ids:
                store.get("L1", "contacts", rid)
            samples.append((time.perf_counter() - started) / len(ids) * 1e6)
        results[size] = statistics.median(samples)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--mock-python", default=sys.executable, help="the interpreter that runs the mock")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("needs wrk (apt-get install wrk)", file=sys.stderr)
        return 2

    mock, mock_url = start([args.mock_python, "-m", "mock_server.cli", "serve", "--port", "0", "--log-level", "error"],
                           "/_mock/health", url_pattern=r"serving the GHL API at (http://\S+)")
    bare, bare_url = start([sys.executable, str(HERE / "bare_starlette.py")], "/locations/x")
    runs: dict[str, list[dict]] = {}
    try:
        stacks = {"bare": server_stack(bare.pid), "mock": server_stack(mock.pid)}
        tenant = httpx.get(mock_url + "/_mock/tenants").json()["tenants"][0]
        location_id = tenant["locations"][0]["locationId"]
        token = httpx.post(mock_url + "/_mock/tokens", json={"locationId": location_id}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
        created = httpx.post(f"{mock_url}/contacts/", headers=headers, json={
            "locationId": location_id, "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
            "phone": "+14155550100", "tags": ["vip"], "source": "bench"})
        contact_id = created.json()["contact"]["id"]
        reads = {"GET /locations/{id}": f"/locations/{location_id}", "GET /contacts/{id}": f"/contacts/{contact_id}"}
        for path in reads.values():
            assert httpx.get(mock_url + path, headers=headers).status_code == 200, path
        for _ in range(args.rounds):
            for name, path in reads.items():
                runs.setdefault(("bare", name), []).append(
                    measure(bare, bare_url + path, args.seconds, args.connections, headers))
                runs.setdefault(("mock", name), []).append(
                    measure(mock, mock_url + path, args.seconds, args.connections, headers))
    finally:
        mock.terminate()
        bare.terminate()

    def best(key):
        return max(runs[key], key=lambda r: r["rps"])

    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.2f} (2 cores shared: figures under load are lower)")
    print(f"{'server':<60}{'req/s':>10}{'CPU µs/req':>14}")
    for name in reads:
        b, m = best(("bare", name)), best(("mock", name))
        print(f"{'bare starlette ' + name + ' [' + stacks['bare'] + ']':<60}{b['rps']:>10.0f}"
              f"{b['cpu_us_per_request']:>14.0f}")
        print(f"{'mock ' + name + ' (JWT, Version) [' + stacks['mock'] + ']':<60}{m['rps']:>10.0f}"
              f"{m['cpu_us_per_request']:>14.0f}")
        print(f"  ratio mock/bare: {m['rps'] / b['rps']:.2f}   (target >= {TARGET:.2f});  by CPU per request: "
              f"{b['cpu_us_per_request'] / m['cpu_us_per_request']:.2f}")
    scaling = read_by_id_scaling()
    print(f"store read by id: {scaling[100]:.2f} µs at 100 records, {scaling[100_000]:.2f} µs at 100,000 "
          f"(ratio {scaling[100_000] / scaling[100]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
