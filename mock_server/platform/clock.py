"""The mock's clocks: every "now" in the mock reads one of these.

There is one global clock and, on demand, one clock per agency (company). A request reads the
clock of its token's agency, so a test that freezes or advances time for its own tenant never
moves time under a test running beside it on the same server.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    """Real time by default; can be frozen, set to any instant, or advanced."""

    def __init__(self) -> None:
        self._frozen_at: float | None = None
        self._offset = 0.0

    def timestamp(self) -> float:
        if self._frozen_at is not None:
            return self._frozen_at
        return time.time() + self._offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp(), UTC)

    def now_ms(self) -> int:
        return int(self.timestamp() * 1000)

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def freeze(self, at: datetime | None = None) -> None:
        """Stop time, at ``at`` or at the current reading."""
        self._frozen_at = at.timestamp() if at is not None else self.timestamp()

    def set(self, at: datetime) -> None:
        """Jump to ``at``; a frozen clock stays frozen there, a running one keeps ticking from it."""
        if self._frozen_at is not None:
            self._frozen_at = at.timestamp()
        else:
            self._offset = at.timestamp() - time.time()

    def advance(self, seconds: float) -> None:
        if self._frozen_at is not None:
            self._frozen_at += seconds
        else:
            self._offset += seconds

    def unfreeze(self) -> None:
        """Let time run again from the current reading."""
        if self._frozen_at is not None:
            self._offset = self._frozen_at - time.time()
            self._frozen_at = None

    def reset(self) -> None:
        """Back to real, running time."""
        self._frozen_at = None
        self._offset = 0.0

    def copy_from(self, other: Clock) -> None:
        self._frozen_at, self._offset = other._frozen_at, other._offset

    def describe(self) -> dict:
        return {
            "now": self.now().isoformat().replace("+00:00", "Z"),
            "nowMs": self.now_ms(),
            "frozen": self.frozen,
            "offsetSeconds": 0.0 if self.frozen else round(self._offset, 3),
        }


class Clocks:
    """The global clock plus the per-agency clocks that tests may claim."""

    def __init__(self) -> None:
        self.global_clock = Clock()
        self._by_company: dict[str, Clock] = {}
        self._lock = threading.Lock()

    def for_company(self, company_id: str | None) -> Clock:
        """The clock a request of this agency reads (its own if claimed, else the global one)."""
        if company_id is None:
            return self.global_clock
        return self._by_company.get(company_id, self.global_clock)

    def claim(self, company_id: str) -> Clock:
        """This agency's own clock, created as a copy of the global clock on first use."""
        with self._lock:
            clock = self._by_company.get(company_id)
            if clock is None:
                clock = Clock()
                clock.copy_from(self.global_clock)
                self._by_company[company_id] = clock
            return clock

    def release(self, company_id: str) -> None:
        self._by_company.pop(company_id, None)

    def reset(self) -> None:
        self.global_clock.reset()
        self._by_company.clear()
