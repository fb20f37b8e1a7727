"""The mock's clocks: every "now" in the mock reads one of these.

There is one global clock and, on demand, one clock per agency (company). A request reads the
clock of its token's agency, so a test that freezes or advances time for its own tenant never
moves time under a test running beside it on the same server. An agency follows the global clock
until something sets its own (``Clocks.claim``: ``ghl.freeze()``, or a control-plane change naming
the agency); from then on global changes pass it by, until its own clock is released (per agency,
or by a global reset). DECISION: so a test's clock is never moved under it by another suite's global
change; the control plane's answers say which clocks a change moved and which kept their own setting.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from mock_server.platform.errors import BadRequest

# DECISION: every instant the mock handles (its clocks, event times, free-slot bounds) lies in the years
# 1900-2999 (UTC). No booking lives outside them, and the date arithmetic around an instant (a day or a
# year either side, zone offsets, token lifetimes) must stay inside what Python's datetime can hold.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)
_EARLIEST_TS, _LATEST_TS = EARLIEST.timestamp(), LATEST.timestamp()
OUT_OF_RANGE = "The clock must read an instant from 1900-01-01 to 2999-12-31 (UTC)"


class ClockOutOfRange(BadRequest, ValueError):
    """A clock change that would leave the representable range: refused, the clock is left as it was."""

    def __init__(self) -> None:
        super().__init__(OUT_OF_RANGE)


def instant_from_ms(epoch_ms: int | float) -> datetime:
    """The instant of an epoch-milliseconds reading, or ``ClockOutOfRange``."""
    return datetime.fromtimestamp(_in_range(epoch_ms / 1000), UTC)


def _in_range(timestamp: float) -> float:
    if not _EARLIEST_TS <= timestamp < _LATEST_TS:  # NaN fails too
        raise ClockOutOfRange()
    return timestamp


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

    # Each change computes the new reading first and refuses it (``ClockOutOfRange``) before touching anything.
    def freeze(self, at: datetime | None = None) -> None:
        """Stop time, at ``at`` or at the current reading."""
        self._frozen_at = _in_range(at.timestamp()) if at is not None else self.timestamp()

    def set(self, at: datetime) -> None:
        """Jump to ``at``; a frozen clock stays frozen there, a running one keeps ticking from it."""
        target = _in_range(at.timestamp())
        if self._frozen_at is not None:
            self._frozen_at = target
        else:
            self._offset = target - time.time()

    def advance(self, seconds: float) -> None:
        """Move the reading by ``seconds`` (back, when negative)."""
        _in_range(self.timestamp() + seconds)
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
        """The agency follows the global clock again."""
        self._by_company.pop(company_id, None)

    def own(self) -> dict[str, Clock]:
        """The agencies that run their own clock (global changes pass them by), by company id."""
        return dict(sorted(self._by_company.items()))

    def reset(self) -> list[str]:
        """Every clock back on real time, the agencies' own released; answers the released company ids."""
        released = list(self.own())
        self.global_clock.reset()
        self._by_company.clear()
        return released
