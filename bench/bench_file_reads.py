"""Request cost on a large data file (a script, not a test): CPU time per request, this checkout beside another.

    python bench/bench_file_reads.py DATA [--baseline CHECKOUT] [--rounds 3]

``DATA`` is a data file with many contacts in the bootstrap location (``bench/bench_restart.py --keep DIR``
leaves ``contacts-100000.json`` there). Each checkout gets its own copy of it (a newer ghl-mock migrates an
older file on its first start, which is started once beforehand and not measured), then a child process
builds the app on it and sends each request REPEAT times through the in-process transport, measuring its
own CPU time (``time.process_time``: the machine may be loaded). Rounds alternate the checkouts, so both
see the same load; the medians are printed side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPEAT = 300

CHILD = r"""
import json, sys, time
import httpx
from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

app = build_app(Settings(data=sys.argv[1]))
if sys.argv[2] == "warm-up":
    app.world.store.close()
    raise SystemExit(0)
repeat = int(sys.argv[2])
control = httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1")
loc = control.get("/_mock/tenants").json()["tenants"][0]["locations"][0]["locationId"]
token = control.post("/_mock/tokens", json={"locationId": loc}).json()["access_token"]
client = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                      headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})

def ok(response):
    assert response.status_code in (200, 201), response.text[:300]
    return response.json()

page = ok(client.post("/contacts/search", json={"locationId": loc, "pageLimit": 100}))
some = page["contacts"][len(page["contacts"]) // 2]
requests = {
    "GET /contacts/{id}": lambda: ok(client.get(f"/contacts/{some['id']}")),
    "duplicate by email": lambda: ok(client.get("/contacts/search/duplicate",
                                                params={"locationId": loc, "email": some["email"]})),
    "search, email equals": lambda: ok(client.post("/contacts/search", json={
        "locationId": loc, "pageLimit": 10, "filters": [{"field": "email", "operator": "eq", "value": some["email"]}]})),
    "search, listing page 1": lambda: ok(client.post("/contacts/search", json={"locationId": loc, "pageLimit": 100})),
    "PUT /contacts/{id}": lambda: ok(client.put(f"/contacts/{some['id']}", json={"source": "bench"})),
}
out = {}
for name, call in requests.items():
    call()  # warm: a first search builds the location's cached order
    started = time.process_time()
    for _ in range(repeat if not name.startswith("PUT") else repeat // 3):
        call()
    out[name] = (time.process_time() - started) * 1000 / (repeat if not name.startswith("PUT") else repeat // 3)
app.world.store.close()
print(json.dumps(out))
"""


def child(code: Path, data: Path, arg: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(data), arg], cwd=code, env=env, capture_output=True,
                          text=True, timeout=900)
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1]) if arg != "warm-up" else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("--baseline", metavar="CHECKOUT", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    codes = {"this": REPO, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    folder = Path(tempfile.mkdtemp(prefix="ghl-file-reads-"))
    try:
        copies = {}
        for name, code in codes.items():
            copy = folder / name / args.data.name
            copy.parent.mkdir()
            for suffix in ("", ".wal"):
                if Path(str(args.data) + suffix).exists():
                    shutil.copy(str(args.data) + suffix, str(copy) + suffix)
            child(code, copy, "warm-up")  # migration, if any, happens here
            copies[name] = copy
        samples: dict[str, list[dict]] = {name: [] for name in codes}
        for _ in range(args.rounds):
            for name, code in codes.items():
                samples[name].append(child(code, copies[name], str(REPEAT)))
        print(f"\nCPU ms per request on {args.data.name}, median of {args.rounds} rounds of {REPEAT}")
        print(f"{'request':<26}" + "".join(f"{name:>12}" for name in codes))
        for request in samples["this"][0]:
            print(f"{request:<26}" + "".join(f"{statistics.median(s[request] for s in samples[name]):>12.3f}"
                                             for name in codes))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
