"""Retry profiles: which answers are retried, how often, and when (in seconds of mock time).

- ``ghl`` (default): GHL's help centre ("Automated Webhook Retries", 2025-11) and GHL issue #257:
  only HTTP 429 is retried, up to 6 times, each about 10 minutes after the previous attempt plus
  random jitter; every other answer (and a transport failure) is final.
- ``ghl-2026``: GHL's newer "Webhook Integration Guide" (unverified): any non-2xx answer or transport
  failure, up to 12 retries, exponential backoff with jitter.
- ``none``: one attempt.
- custom: ``{"retryOn": "429" | "any" | [status, ...], "retries": n, "delays": [seconds, ...],
  "jitterSeconds": s}`` (the last delay repeats).

Jitter is drawn from a generator seeded with the webhookId and attempt number, so a seeded mock retries
at the same instants on every run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

# DECISION: "about 10 minutes plus jitter": 600 s plus up to 30 s.
GHL_DELAY_SECONDS, GHL_JITTER_SECONDS = 600.0, 30.0
# DECISION: ghl-2026 backs off 30 s, 60 s, 120 s ... capped at 6 h, with up to 20 % jitter (12 retries
# span about 19 hours).
BACKOFF_BASE_SECONDS, BACKOFF_CAP_SECONDS, BACKOFF_JITTER = 30.0, 6 * 3600.0, 0.2


@dataclass(frozen=True)
class Profile:
    name: str
    retry_on: str | tuple[int, ...]  # "429" | "any" (any non-2xx and transport errors) | statuses
    retries: int
    delays: tuple[float, ...] = (GHL_DELAY_SECONDS,)
    jitter_seconds: float = 0.0
    exponential: bool = False

    def retryable(self, status: int | None) -> bool:
        """Whether an attempt that got ``status`` (None: no answer at all) is tried again."""
        if self.retry_on == "any":
            return status is None or not 200 <= status < 300
        if self.retry_on == "429":
            return status == 429
        return status in self.retry_on

    def delay(self, retry_number: int, seed: str) -> float:
        """Seconds between attempt ``retry_number`` (1 = the first retry) and the one before it."""
        rng = random.Random(f"{seed}/{retry_number}")
        if self.exponential:
            base = min(BACKOFF_BASE_SECONDS * 2 ** (retry_number - 1), BACKOFF_CAP_SECONDS)
            return base * (1 + BACKOFF_JITTER * rng.random())
        base = self.delays[min(retry_number, len(self.delays)) - 1]
        return base + self.jitter_seconds * rng.random()

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "retryOn": self.retry_on if isinstance(self.retry_on, str) else list(self.retry_on),
                "retries": self.retries, "delays": list(self.delays), "jitterSeconds": self.jitter_seconds,
                "exponential": self.exponential}


PROFILES = {
    "ghl": Profile("ghl", "429", 6, (GHL_DELAY_SECONDS,), GHL_JITTER_SECONDS),
    "ghl-2026": Profile("ghl-2026", "any", 12, exponential=True),
    "none": Profile("none", "any", 0),
}
DEFAULT = "ghl"


def custom(spec: dict[str, Any]) -> Profile:
    retry_on = spec.get("retryOn", "any")
    if isinstance(retry_on, list):
        retry_on = tuple(int(s) for s in retry_on)
    delays = tuple(float(d) for d in spec.get("delays") or [60.0])
    return Profile("custom", retry_on, int(spec.get("retries", 3)), delays, float(spec.get("jitterSeconds", 0)))
