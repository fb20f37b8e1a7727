"""What the webhook commands cost a user typing them: CPU and wall of ``ghl-mock trigger`` / ``listen`` runs,
and the server's CPU for an app's first event subscription (``PATCH /_mock/oauth/apps/{clientId}``) and for the
event catalog. Each figure is the median of ``--runs`` (the CLI's CPU is the child's user + system time; the
server's is read from /proc around the one request, on a fresh server each run: the first is what imports).

    python bench/bench_cli.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import threading
import time

import httpx
from _servers import cpu_seconds, python, start

SERVER = [python(), "-m", "mock_server.cli", "serve", "--port", "0", "--random-seed", "bench-cli"]


def serve() -> tuple:
    """A fresh server whose output is read to the end (a full pipe would stop it answering)."""
    proc, url = start(SERVER, "/_mock/health")
    threading.Thread(target=proc.stdout.read, daemon=True).start()
    return proc, url


def run_cli(*args: str) -> tuple[float, float]:
    """(CPU, wall) seconds of one ``ghl-mock ARGS`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([python(), "-m", "mock_server.cli", *args], capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"ghl-mock {' '.join(args)} failed: {done.stderr}")
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, wall


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:  # a loaded machine: not what is measured
        proc.kill()
        proc.wait()


def server_request(method: str, path: str, body=None) -> tuple[float, float]:
    """(server CPU, wall) of one request, the first of its kind, on a fresh server."""
    proc, url = serve()
    try:
        with httpx.Client(base_url=url, timeout=120) as client:
            company = client.get("/_mock/tenants").json()["tenants"][0]["companyId"]
            target = path
            if "{clientId}" in path:
                made = client.post("/_mock/oauth/apps", json={"name": "bench", "companyId": company}).json()
                target = path.replace("{clientId}", made["clientId"])
            cpu = cpu_seconds(proc.pid)
            started = time.perf_counter()
            answered = client.request(method, target, json=body)
            wall = time.perf_counter() - started
            cpu = cpu_seconds(proc.pid) - cpu
            answered.raise_for_status()
        return cpu, wall
    finally:
        stop(proc)


def report(label: str, samples: list[tuple[float, float]]) -> None:
    cpu = statistics.median(s[0] for s in samples)
    wall = statistics.median(s[1] for s in samples)
    print(f"{label:<58} CPU {cpu:6.2f} s   wall {wall:6.2f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    os.chdir(os.path.dirname(os.path.abspath(__file__)) + "/..")
    report("ghl-mock listen --help", [run_cli("listen", "--help") for _ in range(runs)])
    report("ghl-mock trigger --help", [run_cli("trigger", "--help") for _ in range(runs)])
    proc, url = serve()
    try:
        report("ghl-mock trigger ContactCreate", [run_cli("trigger", "ContactCreate", "--url", url)
                                                  for _ in range(runs)])
        report("ghl-mock trigger UserCreate", [run_cli("trigger", "UserCreate", "--url", url, "--set",
                                                       f"email=bench-{i}@example.com") for i in range(runs)])
        report("ghl-mock trigger INSTALL", [run_cli("trigger", "INSTALL", "--url", url) for _ in range(runs)])
        report("ghl-mock listen --once (server already warm after the first)",
               [run_cli("listen", "--url", url, "--forward-to", "http://127.0.0.1:9/hooks", "--once")
                for _ in range(runs)])
    finally:
        stop(proc)
    report("server: first PATCH /_mock/oauth/apps/{clientId} {events}",
           [server_request("PATCH", "/_mock/oauth/apps/{clientId}", {"events": ["ContactCreate", "INSTALL"]})
            for _ in range(runs)])
    report("server: first GET /_mock/webhooks/catalog",
           [server_request("GET", "/_mock/webhooks/catalog") for _ in range(runs)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
