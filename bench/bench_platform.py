"""Throughput of the mock's GET /locations/{locationId} (valid token, full pipeline) against a bare
Starlette JSON route on the same uvicorn, side by side in one run, loaded by wrk from another process.

    python bench/bench_platform.py [--seconds 10] [--connections 16]

Reports requests/s and server CPU per request for both, and the ratio (target: mock >= 0.5 x bare).
Also reports reading by id at 100 vs 100,000 records in one location (constant time).
"""

from __future__ import annotations

import argparse
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
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("needs wrk (apt-get install wrk)", file=sys.stderr)
        return 2

    mock, mock_url = start([sys.executable, "-m", "mock_server.cli", "serve", "--port", "0", "--log-level", "error"],
                           "/_mock/health", url_pattern=r"serving the GHL API at (http://\S+)")
    bare, bare_url = start([sys.executable, str(HERE / "bare_starlette.py")], "/locations/x")
    try:
        tenant = httpx.get(mock_url + "/_mock/tenants").json()["tenants"][0]
        location_id = tenant["locations"][0]["locationId"]
        token = httpx.post(mock_url + "/_mock/tokens", json={"locationId": location_id}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
        assert httpx.get(f"{mock_url}/locations/{location_id}", headers=headers).status_code == 200
        # Alternate, so drift on the machine hits both alike.
        runs = {"mock": [], "bare": []}
        for _ in range(2):
            runs["bare"].append(measure(bare, f"{bare_url}/locations/{location_id}", args.seconds, args.connections, {}))
            runs["mock"].append(measure(mock, f"{mock_url}/locations/{location_id}", args.seconds, args.connections,
                                        headers))
    finally:
        mock.terminate()
        bare.terminate()

    def best(name):
        return max(runs[name], key=lambda r: r["rps"])

    m, b = best("mock"), best("bare")
    print(f"{'server':<40}{'req/s':>10}{'CPU µs/req':>14}")
    print(f"{'bare starlette JSON route':<40}{b['rps']:>10.0f}{b['cpu_us_per_request']:>14.0f}")
    print(f"{'mock GET /locations/{id} (JWT, Version)':<40}{m['rps']:>10.0f}{m['cpu_us_per_request']:>14.0f}")
    print(f"throughput ratio mock/bare: {m['rps'] / b['rps']:.2f}   (target >= 0.50)")
    scaling = read_by_id_scaling()
    print(f"store read by id: {scaling[100]:.2f} µs at 100 records, {scaling[100_000]:.2f} µs at 100,000 "
          f"(ratio {scaling[100_000] / scaling[100]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
