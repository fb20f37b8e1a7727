"""GET by id and a write, on PostgreSQL versus memory, one process and two (a script, not a test).

    python bench/bench_store_backends.py --postgres postgresql://user@127.0.0.1:5432/db [--seconds 5]

Starts, one after another: ``ghl-mock serve`` in memory; on PostgreSQL with one process; on PostgreSQL with
``--workers 2`` (two processes on one port). Against each, CLIENTS client processes (keep-alive connections)
send as many requests as they can for ``--seconds``: first ``GET /contacts/{id}`` of a few existing
contacts, then ``POST /contacts/`` (a new contact each). Printed side by side: requests per second, p50 and
p99 latency, and each figure's ratio to memory's. The machine's load average is printed with the figures:
a shared machine makes every figure slower, the ratios less so.

Each PostgreSQL run gets a schema of its own (dropped at the end).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _servers import python, start

CLIENTS = 4


def _client(url: str, headers: dict, kind: str, ids: list[str], location_id: str, seconds: float, queue) -> None:
    latencies: list[float] = []
    errors = 0
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1
            started = time.perf_counter()
            if kind == "get":
                response = client.get(f"/contacts/{ids[n % len(ids)]}")
            else:
                response = client.post("/contacts/", json={"locationId": location_id, "firstName": "Bench",
                                                           "email": f"{uuid.uuid4().hex}@bench.example"})
            latencies.append(time.perf_counter() - started)
            errors += response.status_code >= 300
    queue.put((latencies, errors))


def measure(url: str, headers: dict, kind: str, ids: list[str], location_id: str, seconds: float) -> dict:
    queue = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=_client, args=(url, headers, kind, ids, location_id, seconds, queue))
             for _ in range(CLIENTS)]
    for proc in procs:
        proc.start()
    results = [queue.get() for _ in procs]
    for proc in procs:
        proc.join()
    latencies = sorted(x for lat, _ in results for x in lat)
    return {"rps": len(latencies) / seconds, "p50": statistics.median(latencies) * 1000,
            "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000, "errors": sum(e for _, e in results)}


def serve(args: list[str]):
    return start([python(), "-m", "mock_server.cli", "serve", "--port", "0", *args], "/_mock/health")


def prepare(url: str) -> tuple[dict, list[str], str]:
    tenant = httpx.get(url + "/_mock/tenants").json()["tenants"][0]
    location_id = tenant["locations"][0]["locationId"]
    token = httpx.post(url + "/_mock/tokens", json={"locationId": location_id, "kind": "pit"}).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
    ids = [httpx.post(url + "/contacts/", headers=headers, json={"locationId": location_id,
                                                                 "email": f"seed{n}-{uuid.uuid4().hex[:6]}@b.example"}
                      ).json()["contact"]["id"] for n in range(20)]
    return headers, ids, location_id


def run(label: str, args: list[str], seconds: float) -> dict:
    proc, url = serve(args)
    try:
        headers, ids, location_id = prepare(url)
        return {kind: measure(url, headers, kind, ids, location_id, seconds) for kind in ("get", "post")}
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", default=os.environ.get("GHL_MOCK_TEST_POSTGRES"), required=False)
    parser.add_argument("--seconds", type=float, default=5)
    options = parser.parse_args()
    if not options.postgres:
        parser.error("--postgres URL (or GHL_MOCK_TEST_POSTGRES) is required")
    import psycopg

    schemas = []

    def fresh_url() -> str:
        schema = "bench_" + uuid.uuid4().hex[:10]
        with psycopg.connect(options.postgres, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        joiner = "&" if "?" in options.postgres else "?"
        return f"{options.postgres}{joiner}options=-csearch_path%3D{schema}"

    print(f"load average before: {os.getloadavg()}; {os.cpu_count()} CPUs; {CLIENTS} client processes, "
          f"{options.seconds:g} s per figure")
    try:
        runs = {"memory, 1 process": run("memory", [], options.seconds),
                "PostgreSQL, 1 process": run("pg1", ["--store", fresh_url()], options.seconds),
                "PostgreSQL, 2 processes": run("pg2", ["--store", fresh_url(), "--workers", "2"], options.seconds)}
    finally:
        with psycopg.connect(options.postgres, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    base = runs["memory, 1 process"]
    for kind, title in (("get", "GET /contacts/{id}"), ("post", "POST /contacts/")):
        print(f"\n{title}")
        print(f"  {'':26} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'req/s vs memory':>16} {'errors':>7}")
        for label, figures in runs.items():
            f = figures[kind]
            print(f"  {label:26} {f['rps']:8.0f} {f['p50']:8.2f} {f['p99']:8.2f} "
                  f"{f['rps'] / base[kind]['rps']:15.2f}x {f['errors']:7d}")
    print(f"\nload average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
