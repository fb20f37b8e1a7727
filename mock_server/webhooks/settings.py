"""Delivery settings: global, or for one agency (tests sharing a mock each set their own, like clocks).

``PUT /_mock/webhooks/settings`` changes them; every field is optional:

| field | meaning | default |
|---|---|---|
| ``profile`` | retry profile: ``ghl``, ``ghl-2026``, ``none``, or a custom object (profiles.py) | ``ghl`` |
| ``mode`` | signature headers: ``both`` (x-wh-signature and x-ghl-signature) or ``ed25519`` | ``both`` |
| ``delivery`` | ``background`` (a worker sends as soon as the change commits) or ``manual`` (sent when asked: ``POST /_mock/webhooks/flush``, ``ghl.deliver()``, advancing ``ghl``'s clock) | ``background`` |
| ``timeoutSeconds`` | per attempt | 10 |
| ``concurrency`` | attempts in flight per app (they start in queue order) | 16 |
| ``queueSize`` | deliveries held ready per app; the rest wait in the outbox | 1000 |
| ``faults`` | ``duplicate``, ``reorder``, ``drop``, ``tamperedSignature``, ``rotatedKey`` (probabilities 0..1), ``delaySeconds``, ``staleTimestampSeconds`` | none |
"""

from __future__ import annotations

import dataclasses
import random
import threading
from dataclasses import dataclass, field
from typing import Any

from mock_server.webhooks import profiles
from mock_server.webhooks.profiles import Profile

# DECISION: GHL states no delivery timeout; 10 s is what most webhook senders allow.
DEFAULT_TIMEOUT_SECONDS = 10.0
# DECISION: GHL states no per-app concurrency and no ordering; its deliveries come from many workers at once, so a
# receiver sees requests overlap. 16 in flight per app: each round of the worker hands the sender (and logs) four
# times as many attempts as 4 did, which halved the API process's CPU per delivery under a storm (about 290 to 170
# µs, bench/bench_webhooks.py). ``concurrency: 1`` gives strict order.
DEFAULT_CONCURRENCY = 16
DEFAULT_QUEUE_SIZE = 1000


@dataclass(frozen=True)
class Faults:
    duplicate: float = 0.0
    reorder: float = 0.0
    drop: float = 0.0
    tamperedSignature: float = 0.0
    rotatedKey: float = 0.0
    delaySeconds: float = 0.0
    staleTimestampSeconds: float = 0.0

    @property
    def strike_attempts(self) -> bool:
        """Whether a fault may strike an attempt (drawn per attempt): none is set, most of the time."""
        return bool(self.duplicate or self.drop or self.tamperedSignature or self.rotatedKey)

    def happens(self, name: str, seed: str) -> bool:
        """Whether fault ``name`` strikes this delivery (seeded: the same on every run)."""
        chance = getattr(self, name)
        return chance >= 1.0 or (chance > 0 and random.Random(f"{seed}/{name}").random() < chance)

    def describe(self) -> dict[str, float]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v}


@dataclass(frozen=True)
class DeliverySettings:
    profile: Profile = field(default_factory=lambda: profiles.PROFILES[profiles.DEFAULT])
    mode: str = "both"
    delivery: str = "background"
    timeoutSeconds: float = DEFAULT_TIMEOUT_SECONDS
    concurrency: int = DEFAULT_CONCURRENCY
    queueSize: int = DEFAULT_QUEUE_SIZE
    faults: Faults = field(default_factory=Faults)

    def describe(self) -> dict[str, Any]:
        return {"profile": self.profile.describe(), "mode": self.mode, "delivery": self.delivery,
                "timeoutSeconds": self.timeoutSeconds, "concurrency": self.concurrency, "queueSize": self.queueSize,
                "faults": self.faults.describe()}

    def changed(self, changes: dict[str, Any]) -> DeliverySettings:
        """A copy with ``changes`` (control-plane names; ``profile`` a name or a custom object)."""
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "profile":
                values["profile"] = profiles.custom(value) if isinstance(value, dict) else profiles.PROFILES[value]
            elif name == "faults":
                values["faults"] = Faults(**value)
            else:
                values[name] = value
        return dataclasses.replace(self, **values)


class SettingsBook:
    """The global settings and each agency's own (an agency without its own reads the global ones)."""

    def __init__(self, delivery: str = "background") -> None:
        self.global_settings = DeliverySettings(delivery=delivery)
        self._by_company: dict[str, DeliverySettings] = {}
        self._lock = threading.Lock()

    def for_company(self, company_id: str | None) -> DeliverySettings:
        if company_id is None:
            return self.global_settings
        return self._by_company.get(company_id, self.global_settings)

    def update(self, changes: dict[str, Any], company_id: str | None = None) -> DeliverySettings:
        with self._lock:
            if company_id is None:
                self.global_settings = self.global_settings.changed(changes)
                return self.global_settings
            updated = self._by_company[company_id] = self.for_company(company_id).changed(changes)
            return updated

    def release(self, company_id: str) -> None:
        self._by_company.pop(company_id, None)

    def companies(self) -> list[str]:
        return list(self._by_company)

    def reset(self) -> None:
        with self._lock:
            self.global_settings = DeliverySettings(delivery=self.global_settings.delivery)
            self._by_company.clear()
