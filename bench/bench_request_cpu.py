"""CPU per GET by id inside the app (no sockets, no server), the mock of one or more checkouts beside the
bare Starlette route, in alternating rounds of one run: steady figures on a loaded machine.

    python bench/bench_request_cpu.py [CHECKOUT ...] [--what contact|location] [--rounds 15] [--requests 5000]

Each checkout (default: this one) runs in its own process (``python -m``-style imports from that folder), so a
change can be compared with a ``git worktree`` or ``git archive`` of main in one run. Each round drives the
ASGI app directly with the request wrk sends in ``bench_platform.py`` and reads ``time.process_time``; the
median and the best round are printed. What the server around the app costs (uvicorn, httptools, the
request limits) is ``bench_platform.py``'s to measure.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _scope(path: str, headers: list[tuple[bytes, bytes]]) -> dict:
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
            "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
            "headers": [(b"host", b"127.0.0.1:8000"), (b"user-agent", b"wrk/4.1"), *headers],
            "client": ("127.0.0.1", 5555), "server": ("127.0.0.1", 8000)}


def _mock_request(loop, what: str):
    import httpx

    from mock_server.app import build_app
    from mock_server.settings import Settings

    app = build_app(Settings.from_env())

    async def setup() -> dict:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8000") as c:
            location = (await c.get("/_mock/tenants")).json()["tenants"][0]["locations"][0]["locationId"]
            token = (await c.post("/_mock/tokens", json={"locationId": location})).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
            contact = (await c.post("/contacts/", headers=headers, json={
                "locationId": location, "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
                "phone": "+14155550100", "tags": ["vip"], "source": "bench"})).json()["contact"]["id"]
            path = f"/contacts/{contact}" if what == "contact" else f"/locations/{location}"
            return _scope(path, [(b"authorization", f"Bearer {token}".encode()), (b"version", b"2021-07-28")])

    return app, loop.run_until_complete(setup())


def worker(kind: str, what: str, requests: int) -> None:
    """Answer each line on stdin with one round's CPU µs per request."""
    loop = asyncio.new_event_loop()
    if kind == "bare":
        sys.path.insert(0, str(HERE))
        from bare_starlette import app

        scope = _scope(f"/{what}s/x", [])
    else:
        sys.path.insert(0, os.getcwd())
        app, scope = _mock_request(loop, what)

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        pass

    async def many(n: int) -> None:
        for _ in range(n):
            await app(dict(scope), receive, send)

    loop.run_until_complete(many(2000))
    gc.freeze()  # as `ghl-mock serve` does once started
    print("ready", flush=True)
    for _ in sys.stdin:
        started = time.process_time()
        loop.run_until_complete(many(requests))
        print((time.process_time() - started) / requests * 1e6, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs="*", default=[str(HERE.parent)])
    parser.add_argument("--what", choices=["contact", "location"], default="contact")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.what, args.requests)
        return 0
    runs = {"bare starlette": (str(HERE), "bare")} | {path: (path, "mock") for path in args.checkouts}
    procs = {}
    for name, (cwd, kind) in runs.items():
        procs[name] = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--what", args.what,
             "--requests", str(args.requests)], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        if procs[name].stdout.readline().strip() != "ready":
            raise RuntimeError(f"{name} did not start")
    rounds: dict[str, list[float]] = {name: [] for name in procs}
    for _ in range(args.rounds):
        for name, proc in procs.items():
            proc.stdin.write("go\n")
            proc.stdin.flush()
            rounds[name].append(float(proc.stdout.readline()))
    for proc in procs.values():
        proc.stdin.close()
        proc.wait()
    print(f"GET {args.what} by id inside the app, CPU µs per request, {args.rounds} alternating rounds "
          f"(load average {os.getloadavg()[0]:.2f})")
    for name, samples in rounds.items():
        print(f"  {name:<50} median {statistics.median(samples):7.1f}   best {min(samples):7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
