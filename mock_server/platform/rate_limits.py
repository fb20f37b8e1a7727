"""GHL's rate limits: per Marketplace app (client) per resource (location or company).

Every authenticated response carries GHL's headers (``X-RateLimit-Max``, ``X-RateLimit-Remaining``,
``X-RateLimit-Interval-Milliseconds``, ``X-RateLimit-Limit-Daily``, ``X-RateLimit-Daily-Remaining``).
Enforcement (429 past the limit) is off by default so test suites are never throttled; turn it on
with ``--rate-limit`` or ``PUT /_mock/rate-limits`` to test a client's back-off. Windows follow the
tenant's mock clock, so a test can advance past them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

BURST = 100  # requests per interval (GHL docs: 100 per 10 s per app per resource)
INTERVAL_MS = 10_000
DAILY = 200_000
# DECISION: GHL's 429 body text is not known.
TOO_MANY = "Too Many Requests"


@dataclass(slots=True)
class _Usage:
    window_start: float
    in_window: int
    day: int
    today: int


class RateLimiter:
    def __init__(self, enforce: bool = False, burst: int = BURST, interval_ms: int = INTERVAL_MS,
                 daily: int = DAILY) -> None:
        self.enforce = enforce
        self.burst, self.interval_ms, self.daily = burst, interval_ms, daily
        self._usage: dict[tuple[str, str], _Usage] = {}
        self._lock = threading.Lock()
        self._fixed: tuple[tuple[int, int, int], tuple[tuple[bytes, bytes], ...]] | None = None

    def take(self, client: str, resource: str, now: float) -> tuple[list[tuple[bytes, bytes]], bool]:
        """Count one request; answers GHL's headers and whether the request is over a limit."""
        day = int(now // 86400)
        burst, daily = self.burst, self.daily
        with self._lock:
            usage = self._usage.get((client, resource))
            if usage is None:
                usage = self._usage[(client, resource)] = _Usage(now, 0, day, 0)
            elif (now - usage.window_start) * 1000 >= self.interval_ms:
                usage.window_start, usage.in_window = now, 0
            if usage.day != day:
                usage.day, usage.today = day, 0
            in_window, today = usage.in_window, usage.today
            over = in_window >= burst or today >= daily
            if not over or not self.enforce:
                usage.in_window = in_window = in_window + 1
                usage.today = today = today + 1
        fixed = self._fixed
        if fixed is None or fixed[0] != (daily, self.interval_ms, burst):
            fixed = self._fixed_headers
        else:
            fixed = fixed[1]
        return [fixed[0], (b"x-ratelimit-daily-remaining", b"%d" % (daily - today if today < daily else 0)),
                fixed[1], fixed[2], (b"x-ratelimit-remaining", b"%d" % (burst - in_window if in_window < burst else 0))
                ], over and self.enforce

    @property
    def _fixed_headers(self) -> tuple[tuple[bytes, bytes], ...]:
        """The headers that only change with the limits (built once per configuration: every response sends them)."""
        limits = (self.daily, self.interval_ms, self.burst)
        if self._fixed is None or self._fixed[0] != limits:
            self._fixed = (limits, ((b"x-ratelimit-limit-daily", b"%d" % self.daily),
                                    (b"x-ratelimit-interval-milliseconds", b"%d" % self.interval_ms),
                                    (b"x-ratelimit-max", b"%d" % self.burst)))
        return self._fixed[1]

    def forget(self, resource: str) -> None:
        """Drop the counters of a location or company whose records were dropped."""
        with self._lock:
            for key in [key for key in self._usage if key[1] == resource]:
                del self._usage[key]

    def configure(self, *, enforce: bool | None = None, burst: int | None = None, daily: int | None = None,
                  interval_ms: int | None = None) -> None:
        with self._lock:
            if enforce is not None:
                self.enforce = enforce
            if burst is not None:
                self.burst = burst
            if daily is not None:
                self.daily = daily
            if interval_ms is not None:
                self.interval_ms = interval_ms
            self._usage.clear()

    def describe(self) -> dict:
        return {"enforce": self.enforce, "burst": self.burst, "intervalMilliseconds": self.interval_ms,
                "daily": self.daily}
