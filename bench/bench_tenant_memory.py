"""Memory across tenant create/delete cycles, as the pytest plugin runs them (a script, not a test).

    python bench/bench_tenant_memory.py [--cycles 20000]

Each cycle is one plugin test: a ``GhlTenant`` (a new agency, location and user), an OAuth client, a
contact created and listed, a PIT client, then the tenant is deleted. Target (issue 10, item 10): the
process's resident memory stays flat, within a few MB, from cycle 5,000 to cycle 20,000 (by cycle 5,000
the journal and the violation log, bounded at 5,000 entries each, are full). Printed: RSS at checkpoints
and the growth per cycle between the first checkpoint and the last.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing import GhlTenant


def rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def one_test(app, n: int) -> None:
    tenant = GhlTenant(app, seed=f"bench/test_memory.py::test_{n}")
    client = tenant.client()
    client.post("/contacts/", json={"locationId": tenant.location_id, "email": f"c{n}@memory.bench"})
    client.get("/contacts/", params={"locationId": tenant.location_id})
    tenant.client(kind="pit").get(f"/locations/{tenant.location_id}")
    tenant.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cycles", type=int, default=20_000)
    parser.add_argument("--from", dest="start", type=int, default=5_000, help="growth is measured from here")
    args = parser.parse_args()
    app = build_app(Settings(random_seed="bench-memory"))
    checkpoints = sorted({args.start, *range(args.start, args.cycles + 1, 2500), args.cycles})
    marks: dict[int, float] = {}
    started = time.perf_counter()
    for n in range(1, args.cycles + 1):
        one_test(app, n)
        if n in checkpoints:
            marks[n] = rss_mb()
            print(f"cycle {n:>6}: RSS {marks[n]:7.1f} MB   ({time.perf_counter() - started:.0f} s)", flush=True)
    grown = marks[args.cycles] - marks[args.start]
    print(f"\nRSS growth from cycle {args.start} to {args.cycles}: {grown:+.1f} MB "
          f"({grown * 1024 / (args.cycles - args.start):+.2f} KB per tenant; target: flat within a few MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
