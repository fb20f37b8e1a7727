"""Ids as GHL writes them: 20 alphanumeric characters, e.g. ``ocQHyuzHvysMo5N5VsXc``.

An ``IdSource`` is random by default and deterministic when seeded. Each agency draws from its own
child source (seeded from the parent seed and the agency id), so the ids a test sees do not depend
on what other tests created before it.
"""

from __future__ import annotations

import hashlib
import random
import string
import threading
import uuid
from collections.abc import Callable

ALPHABET = string.ascii_letters + string.digits
ID_LENGTH = 20


class IdSource:
    def __init__(self, seed: int | str | None = None) -> None:
        self.seed = seed
        self._lock = threading.Lock()
        self._random = random.SystemRandom() if seed is None else random.Random(_seed_int(seed))

    def new_id(self, taken: Callable[[str], bool] | None = None) -> str:
        """A fresh id; ``taken`` lets the caller skip ids already in use (seeded streams repeat after restarts)."""
        with self._lock:
            while True:
                candidate = "".join(self._random.choices(ALPHABET, k=ID_LENGTH))
                if taken is None or not taken(candidate):
                    return candidate

    def new_uuid(self, taken: Callable[[str], bool] | None = None) -> str:
        """A fresh UUID; ``taken`` as for ``new_id``."""
        with self._lock:
            while True:
                candidate = str(uuid.UUID(int=self._random.getrandbits(128), version=4))
                if taken is None or not taken(candidate):
                    return candidate

    def child(self, label: str) -> IdSource:
        """An independent stream for ``label`` (deterministic iff this source is seeded)."""
        return IdSource(None if self.seed is None else f"{self.seed}/{label}")


def _seed_int(seed: int | str) -> int:
    return int.from_bytes(hashlib.sha256(str(seed).encode()).digest()[:8], "big")
