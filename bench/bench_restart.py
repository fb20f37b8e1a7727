"""Restarting a sandbox with a large data file (a script, not a test): ``python bench/bench_restart.py``.

Target (issue 10, item 7): a data file of 100,000 contacts restarts to a healthy ``/_mock/health`` in at
most 1.5 s. For each size (0, 10k, 50k, 100k contacts in the bootstrap location) the data file is made
once through the control plane's bulk load (``POST /_mock/locations/{id}/contacts``, as a user would
fill a sandbox), then ``ghl-mock serve --data`` is started RESTARTS times on it. Printed per size, side by
side: the median time from process start to the first 200 from ``/_mock/health``, its ratio to the
empty file's, and the server's memory once healthy (resident, and the peak during start-up).

    python bench/bench_restart.py [--sizes 10000,50000,100000] [--keep DIR]

``--keep DIR`` keeps the data files there and reuses them on the next run (building 100k takes a while).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _servers import python, start

RESTARTS = 5
BATCH = 1000


def serve(data: Path) -> tuple:
    started = time.monotonic()
    proc, url = start([python(), "-m", "mock_server.cli", "serve", "--port", "0", "--data", str(data)],
                      "/_mock/health")
    while httpx.get(url + "/_mock/health", timeout=5).status_code != 200:
        time.sleep(0.005)
    return proc, url, time.monotonic() - started


def stop(proc) -> None:
    proc.terminate()  # a clean stop: the server writes a fresh snapshot, so each start loads a snapshot only
    proc.wait(60)


def memory_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of a process, in MB."""
    fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status"))
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def build(data: Path, contacts: int) -> None:
    proc, url, _ = serve(data)
    try:
        with httpx.Client(base_url=url, timeout=120) as client:
            location_id = client.get("/_mock/tenants").json()["tenants"][0]["locations"][0]["locationId"]
            for first in range(0, contacts, BATCH):
                batch = [{"firstName": f"First{n}", "lastName": f"Last{n}", "email": f"c{n}@restart.example",
                          "phone": f"+1555{n:07d}", "tags": [f"t{n % 7}", "bench"], "source": "bench"}
                         for n in range(first, min(first + BATCH, contacts))]
                response = client.post(f"/_mock/locations/{location_id}/contacts", json={"contacts": batch})
                response.raise_for_status()
    finally:
        stop(proc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--keep", metavar="DIR", default=None)
    args = parser.parse_args()
    sizes = [0, *(int(s) for s in args.sizes.split(","))]
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ghl-restart-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        rows = []
        for size in sizes:
            data = folder / f"contacts-{size}.json"
            if not data.exists():
                print(f"building {data.name} ...", flush=True)
                build(data, size)
            times, memory = [], []
            for _ in range(RESTARTS):
                proc, _url, elapsed = serve(data)
                memory.append(memory_mb(proc.pid))
                stop(proc)
                times.append(elapsed)
            rows.append((size, data.stat().st_size / 1e6, times, memory))
        base = statistics.median(rows[0][2])
        print(f"\nrestart to healthy /_mock/health, median of {RESTARTS} (target: 100k contacts <= 1.5 s)")
        print(f"{'contacts':>9} {'file MB':>8} {'median s':>9} {'min s':>7} {'x empty':>8} {'RSS MB':>7} {'peak MB':>8}")
        for size, megabytes, times, memory in rows:
            median = statistics.median(times)
            print(f"{size:>9} {megabytes:>8.1f} {median:>9.3f} {min(times):>7.3f} {median / base:>8.2f} "
                  f"{statistics.median(m[0] for m in memory):>7.0f} {statistics.median(m[1] for m in memory):>8.0f}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
