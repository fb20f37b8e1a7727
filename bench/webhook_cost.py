"""What one delivery costs the API's process, in CPU time (not wall: it holds on a loaded machine).

    python bench/webhook_cost.py [--seconds 4] [--connections 8] [--rounds 3] [--profile server.prof]

Alternating runs of wrk (POST /users/, each write sends UserCreate) with no subscribed app and with one app
whose URL is a loopback receiver answering 200. A run's CPU is the API process's from the run's start until
every delivery it caused is logged (the backlog drained), so it counts the whole per-delivery path whatever the
machine lets the sender keep up with: the event record in the write's transaction, scheduling, the worker's
round, the pipe to and from the sender, logging the attempt. The difference per write between the two is the
per-delivery cost (``bench_webhooks.py`` measures throughput and latency; this one, what to cut).

``--profile FILE`` runs the server under cProfile (slower; for where the time goes, not for the figures).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _servers import start
from bench_webhooks import WRK_SCRIPT

HERE = Path(__file__).parent


def wrk(url: str, values: dict, seconds: int, connections: int) -> int:
    """Answers how many writes the run made."""
    values = {**values, "run": f"r{time.time_ns()}"}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % values)
    out = subprocess.run(["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "-s", script.name, url],
                         capture_output=True, text=True).stdout
    os.unlink(script.name)
    if re.search(r"Non-2xx or 3xx responses", out):
        raise RuntimeError(out)
    return int(re.search(r"(\d+) requests in", out).group(1))


def cpu_split(pid: int) -> tuple[float, float]:
    """(user, system) CPU seconds of a process, from /proc."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    ticks = os.sysconf(os.sysconf_names["SC_CLK_TCK"])
    return int(fields[11]) / ticks, int(fields[12]) / ticks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", help="run the server under cProfile, writing its stats here")
    parser.add_argument("--only", choices=["no app", "one app"], help="runs of this kind only (to profile one)")
    args = parser.parse_args()
    serve = ["-m", "mock_server.cli", "serve", "--port", "0", "--log-level", "error"]
    profiled = ["-m", "cProfile", "-o", args.profile] if args.profile else []
    mock, mock_url = start([sys.executable, *profiled, *serve], "/_mock/health",
                           url_pattern=r"serving the GHL API at (http://\S+)")
    receiver, receiver_url = start([sys.executable, str(HERE / "webhook_receiver.py")], "/arrivals",
                                   url_pattern=r"receiving at (http://\S+)")
    try:
        company = httpx.get(mock_url + "/_mock/tenants").json()["tenants"][0]["companyId"]
        httpx.get(mock_url + "/_mock/webhooks/keys")
        app = httpx.post(mock_url + "/_mock/oauth/apps", json={"name": "bench", "companyId": company}).json()

        def subscribe(on: bool) -> None:
            httpx.patch(f"{mock_url}/_mock/oauth/apps/{app['clientId']}", timeout=60,
                        json={"webhookUrl": receiver_url + "/hooks", "events": ["UserCreate"] if on else []})

        def fresh_tenant() -> dict:
            made = httpx.post(mock_url + "/_mock/tenants", json={}).json()
            httpx.post(mock_url + "/_mock/oauth/installations",
                       json={"clientId": app["clientId"], "locationId": made["locationId"]})
            pit = httpx.post(mock_url + "/_mock/tokens", json={"locationId": made["locationId"]}).json()
            return {"company": made["companyId"], "location": made["locationId"], "token": pit["access_token"]}

        def drained() -> None:
            while not httpx.post(mock_url + "/_mock/webhooks/flush", json={}, timeout=120).json()["idle"]:
                pass

        subscribe(True)
        wrk(mock_url, fresh_tenant(), 2, args.connections)  # warm-up, both paths
        drained()
        runs: dict[str, list[float]] = {name: [] for name in ("no app", "one app") if args.only in (None, name)}
        print(f"measuring (server pid {mock.pid})", flush=True)
        for _ in range(args.rounds):
            for name in runs:
                subscribe(name == "one app")
                values = fresh_tenant()
                user, system = cpu_split(mock.pid)
                writes = wrk(mock_url, values, args.seconds, args.connections)
                drained()
                user_after, system_after = cpu_split(mock.pid)
                user, system = (user_after - user) / writes * 1e6, (system_after - system) / writes * 1e6
                runs[name].append(user + system)
                print(f"  {name:<8} {writes:>6} writes  {user + system:6.0f} µs API CPU per write "
                      f"(user {user:.0f}, system {system:.0f})", flush=True)
    finally:
        mock.send_signal(signal.SIGINT)  # a graceful stop: cProfile writes its stats
        mock.wait(30)
        receiver.terminate()
    medians = {name: statistics.median(cpus) for name, cpus in runs.items()}
    print(f"load average {open('/proc/loadavg').read().split()[0]}; medians: "
          + ", ".join(f"{name} {cpu:.0f} µs/write" for name, cpu in medians.items())
          + (f": {medians['one app'] - medians['no app']:.0f} µs of API CPU per delivery" if len(medians) == 2 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
