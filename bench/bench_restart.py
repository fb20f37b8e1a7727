"""Restarting a sandbox with a large data file (a script, not a test): ``python bench/bench_restart.py``.

Target (issue 10, item 7): a data file of 100,000 contacts restarts to a healthy ``/_mock/health`` in at
most 1.5 s. For each size (0, 10k, 50k, 100k contacts in the bootstrap location) the data file is made
once through the control plane's bulk load (``POST /_mock/locations/{id}/contacts``, as a user would
fill a sandbox), then ``ghl-mock serve --data`` is started RESTARTS times on it. Printed per size, side by
side: the median time from process start to the first 200 from ``/_mock/health``, its ratio to the
empty file's, and the server's memory once healthy (resident, and the peak during start-up).

    python bench/bench_restart.py [--sizes 10000,50000,100000] [--keep DIR] [--baseline CHECKOUT]

``--keep DIR`` keeps the data files there and reuses them on the next run (building 100k takes a while).
``--baseline CHECKOUT`` also starts another checkout's code (say ``git worktree add /tmp/main main``),
alternating with this one, and prints both side by side. The data files are built by the baseline's code
when one is given (an older layout is what a user upgrading has), and each checkout restarts its own copy,
started once unmeasured first: a newer ghl-mock migrates an older file on that first start.

The servers import ghl-mock from the checkouts: their modules are byte-compiled first (as ``pip install``
does), or with PYTHONDONTWRITEBYTECODE set every start would compile every module again (about 0.7 s).
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _servers import cpu_seconds, python, start

REPO = Path(__file__).resolve().parents[1]
RESTARTS = 5
BATCH = 1000


def serve(data: Path, code: str | None = None) -> tuple:
    """Start a server on ``data`` (``code``: another checkout to run instead of this one)."""
    started = time.monotonic()
    proc, url = start([python(), "-m", "mock_server.cli", "serve", "--port", "0", "--data", str(data.resolve())],
                      "/_mock/health", env={"PYTHONPATH": code} if code else None, cwd=code or str(REPO))
    while httpx.get(url + "/_mock/health", timeout=5).status_code != 200:
        time.sleep(0.005)
    return proc, url, time.monotonic() - started, cpu_seconds(proc.pid)


def stop(proc) -> None:
    proc.terminate()  # a clean stop: the server writes a fresh snapshot, so each start loads a snapshot only
    proc.wait(60)


def memory_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of a process, in MB."""
    fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status"))
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def first_lookup_ms(url: str) -> float:
    """The first indexed query after the start (a contact by email): it builds that location's index."""
    location_id = httpx.get(url + "/_mock/tenants").json()["tenants"][0]["locations"][0]["locationId"]
    token = httpx.post(url + "/_mock/tokens", json={"locationId": location_id}).json()["access_token"]
    started = time.perf_counter()
    found = httpx.get(url + "/contacts/search/duplicate", params={"locationId": location_id, "email": "c5@restart.example"},
                      headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"}, timeout=60)
    found.raise_for_status()
    return (time.perf_counter() - started) * 1000


def build(data: Path, contacts: int, code: str | None = None) -> None:
    proc, url, _, _ = serve(data, code)
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


def copy_of(data: Path, folder: Path) -> Path:
    """A fresh copy of a data file (and its log) in ``folder``: each checkout restarts its own."""
    folder.mkdir(exist_ok=True)
    copy = folder / data.name
    for suffix in ("", ".wal"):
        source = Path(str(data) + suffix)
        if source.exists():
            shutil.copy(source, str(copy) + suffix)
    return copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,50000,100000", help="comma-separated contact counts")
    parser.add_argument("--keep", metavar="DIR", default=None)
    parser.add_argument("--baseline", metavar="CHECKOUT", default=None)
    args = parser.parse_args()
    sizes = [0, *(int(s) for s in args.sizes.split(","))]
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ghl-restart-"))
    folder.mkdir(parents=True, exist_ok=True)
    codes = {"this": None, **({"baseline": args.baseline} if args.baseline else {})}
    for code in (str(REPO), *([args.baseline] if args.baseline else [])):
        compileall.compile_dir(Path(code) / "mock_server", quiet=1)
    try:
        rows = []
        for size in sizes:
            data = folder / f"contacts-{size}.json"
            if not data.exists():
                print(f"building {data.name} ...", flush=True)
                build(data, size, args.baseline)
            copies = {name: copy_of(data, folder / name) for name in codes}
            for name, code in codes.items():
                stop(serve(copies[name], code)[0])  # the first start (a migration, if the layout is older)
            samples: dict[str, list[tuple[float, ...]]] = {name: [] for name in codes}
            for _ in range(RESTARTS):
                for name, code in codes.items():  # alternate, so both see the same machine load
                    proc, url, elapsed, cpu = serve(copies[name], code)
                    samples[name].append((elapsed, cpu, *memory_mb(proc.pid), first_lookup_ms(url)))
                    stop(proc)
            rows.append((size, {name: copies[name].stat().st_size / 1e6 for name in codes}, samples))
        print(f"\nrestart to healthy /_mock/health, median of {RESTARTS} (target: 100k contacts <= 1.5 s)")
        print(f"{'contacts':>9} {'file MB':>8} {'code':>9} {'median s':>9} {'min s':>7} {'x empty':>8} {'CPU s':>6} "
              f"{'RSS MB':>7} {'peak MB':>8} {'1st lookup ms':>14}")
        for size, megabytes, samples in rows:
            for name, runs in samples.items():
                median = [statistics.median(column) for column in zip(*runs, strict=True)]
                empty = statistics.median(r[0] for r in rows[0][2][name])
                print(f"{size:>9} {megabytes[name]:>8.1f} {name:>9} {median[0]:>9.3f} {min(r[0] for r in runs):>7.3f} "
                      f"{median[0] / empty:>8.2f} {median[1]:>6.2f} {median[2]:>7.0f} {median[3]:>8.0f} "
                      f"{median[4]:>14.1f}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
