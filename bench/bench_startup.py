"""Time from process start to the first 200 from /_mock/health, median of 5 starts, for a
`pip install <repo>` into a fresh venv outside the repository (target: <= 250 ms).

    python bench/bench_startup.py [--venv /tmp/ghl-mock-venv] [--reuse]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_start(executable: Path, cwd: str) -> float:
    port = free_port()
    started = time.monotonic()
    proc = subprocess.Popen([str(executable), "serve", "--port", str(port)], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_mock/health", timeout=1) as r:
                    if r.status == 200:
                        return time.monotonic() - started
            except OSError:
                time.sleep(0.005)
            if time.monotonic() - started > 30:
                raise RuntimeError("no health within 30 s")
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", default=os.path.join(tempfile.gettempdir(), "ghl-mock-startup-venv"))
    parser.add_argument("--reuse", action="store_true", help="reuse an existing venv instead of recreating it")
    args = parser.parse_args()
    venv = Path(args.venv)
    if not (args.reuse and venv.exists()):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(REPO)], check=True)
    executable = venv / "bin" / "ghl-mock"
    outside = tempfile.mkdtemp()  # run from outside the repo, as a user would
    samples = [one_start(executable, outside) for _ in range(5)]
    print(f"load average (1 min): {os.getloadavg()[0]:.2f} (2 cores shared: figures under load are higher)")
    print("starts (s):", " ".join(f"{s:.3f}" for s in samples))
    print(f"median time to healthy: {statistics.median(samples):.3f} s   (target <= 0.250 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
