"""Shared by the benchmarks: start a server process, find its port, read its CPU time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import httpx


def start(args: list[str], ready_path: str, env: dict | None = None, url_pattern: str = r"(http://\S+)",
          cwd: str | None = None) -> tuple:
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **(env or {})}, cwd=cwd)
    url = None
    while url is None:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            raise RuntimeError("server exited")
        found = re.search(url_pattern, line)
        url = found.group(1) if found else None
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(url + ready_path, timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.02)
    return proc, url.rstrip("/")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    ticks = os.sysconf(os.sysconf_names["SC_CLK_TCK"])
    return (int(fields[11]) + int(fields[12])) / ticks


def python() -> str:
    return sys.executable
