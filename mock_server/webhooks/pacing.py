"""Pacing the background worker on the server's own loop (``serve``): the API first.

Each delivery costs CPU in two places: the API's process plans the attempt, hands it to the sender and logs its
answer (about 100 µs); the sender process signs and sends it (about 1.2-1.4 ms, RSA above all: ``bench/``). Under
a storm of writes that saturates the API, the first is CPU taken from the requests, and the second keeps another
core busy, which on a small machine slows the API's core too (an idle-class RSA signer on the other core cost
the API 5-15% of its throughput, 2 cores).

DECISION: while the API's process is busy with other work (``BUSY_LOAD`` or more of the time the worker did not
run, measured over ``WINDOW_SECONDS`` at least), the deliveries' work, in both processes, is held to
``BUSY_SHARE`` of one core: after a round whose attempts cost ``t`` seconds the next waits
``t * (1 / BUSY_SHARE - 1)`` (at most ``MAX_WAIT_SECONDS``). Deliveries keep going out under a storm, about 100 a
second on 2 cores (against 2,000 writes a second), and catch up as soon as the API has a moment. A server with time
to spare (a test suite, a sandbox clicked through, 200 writes a second) delivers at once: its worker never waits.
``bench/bench_webhooks.py`` on 2 cores, 8 rounds, write throughput with a subscribed app against without (the
median of each round's ratio): 0.84 and 0.87 in two runs, 0.89 signing Ed25519 only; the code before pacing, in
the same hour, 0.77. GHL states nothing about delivery delays under load; its deliveries are queued and arrive
late at busy times, so receivers must not rely on a pace.
"""

from __future__ import annotations

import time
from collections.abc import Callable

BUSY_LOAD = 0.6
BUSY_SHARE = 0.1
WINDOW_SECONDS = 0.1
MAX_WAIT_SECONDS = 0.2


class Pacing:
    """When the worker's next round may start. ``took(seconds)`` after each round; ``wait()`` before the next."""

    def __init__(self, *, cpu: Callable[[], float] = time.process_time,
                 wall: Callable[[], float] = time.perf_counter) -> None:
        self._cpu, self._wall = cpu, wall
        self._mark = (wall(), cpu())  # the start of the window the API's load is measured over
        self._own = 0.0  # the worker's own seconds in that window
        self._busy = False
        self._next = 0.0  # the next round starts no sooner (wall clock)

    @property
    def busy(self) -> bool:
        """Whether the API's process was busy with other work over the last window measured."""
        return self._busy

    def wait(self) -> float:
        """Seconds before the next round may start (0: now)."""
        return max(0.0, self._next - self._wall())

    def took(self, seconds: float, elsewhere: float = 0.0) -> None:
        """A round took ``seconds`` of the API process's time, and its deliveries ``elsewhere`` seconds of another
        process's (the sender's, signing and sending): the next round may start at once, or after a pause."""
        self._own += seconds
        wall, cpu = self._wall(), self._cpu()
        span = wall - self._mark[0]
        if span >= WINDOW_SECONDS:
            # Of the time the worker did not run, the share the API's process was busy: idle moments mean that
            # nothing was waiting for the CPU the worker took.
            others = (cpu - self._mark[1] - self._own) / max(span - self._own, 1e-9)
            self._busy = others >= BUSY_LOAD
            self._mark, self._own = (wall, cpu), 0.0
        pause = min((seconds + elsewhere) * (1 / BUSY_SHARE - 1), MAX_WAIT_SECONDS) if self._busy else 0.0
        self._next = wall + pause
