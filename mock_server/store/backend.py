"""The store's contract: what every backend (memory, file, PostgreSQL) gives the code above it.

Domain code, the platform and the control plane see only this interface, so they never change between
backends. ``tests/store/test_contract.py`` runs one suite against every backend; a new backend is done when
it passes that suite.

The model:
- **Tenants and tables.** Every record is a JSON object with an ``id``; it lives in one tenant (a location id,
  a company id, ``GLOBAL`` or ``META``) and one table (``contacts``, ``appointments`` ...). An id belongs to one
  table of one tenant in the whole store (``owner``), so an id alone finds its record.
- **Indexes.** Areas declare equality indexes (``declare_index("contacts", "email")``); ``find`` and
  ``ids_where`` need one (a list value is indexed under each of its items).
- **Transactions.** ``transaction()`` is all-or-nothing: if the block raises, nothing of it is kept; when it
  ends, its changes are durable before the caller answers. Transactions nest (the inner one joins the
  outer). Work that must follow a commit (a webhook delivery, a cache) registers ``on_commit``; it never runs
  for a transaction that rolled back.
- **Concurrency.** A backend that several processes share (``shared``) settles races in its database: a
  transaction that would break serializability is refused with ``Conflict``, which ``atomically`` retries.
  Every transaction that reads and then writes on what it read (book a free slot, refuse a duplicate email)
  must run through ``atomically`` (the request pipeline does).
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from mock_server.store.files import WriteFailed

log = logging.getLogger("ghl_mock")

Doc = dict[str, Any]
T = TypeVar("T")

# A burst of N identical transactions commits one per round at worst: enough rounds for the 32-way booking race.
CONFLICT_ATTEMPTS = 64


class Conflict(WriteFailed):
    """A concurrent transaction changed what this one read: nothing of it was applied; run it again."""


def run_committed(callbacks: Iterable[Callable[[], None]]) -> None:
    """Run what follows a commit. The change is committed: a follower's bug must not turn it into an error."""
    for callback in callbacks:
        try:
            callback()
        except Exception:
            log.exception("on-commit callback %r failed", callback)


class StoreBackend(ABC):
    # True when several processes may use the store at once (the PostgreSQL backend): what each process keeps
    # beside the store (clocks, caches) must then be read from the store or documented as per process.
    shared: bool = False
    # True when the records outlive the process (a file, a database): a restart finds them. Work kept only so that
    # a restart can resume (the webhook outbox's delivery states) is skipped where nothing survives one.
    durable: bool = True

    # -- set-up ------------------------------------------------------------------------------
    @abstractmethod
    def declare_index(self, table: str, *fields: str) -> None:
        """Keep an equality index on ``table.field`` in every tenant (idempotent, cheap to repeat)."""

    @abstractmethod
    def on_tenant_dropped(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(tenant)`` once a transaction that dropped the tenant's records has committed."""

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold off every other process's ``exclusive`` block (start-up: the secret, the bootstrap tenant)."""
        yield

    # -- reads -------------------------------------------------------------------------------
    @abstractmethod
    def get(self, tenant: str, table: str, record_id: str) -> Doc | None:
        """A copy of the record, or None."""

    @abstractmethod
    def owner(self, record_id: str) -> tuple[str, str] | None:
        """``(tenant, table)`` of the record with this id, in any tenant."""

    @abstractmethod
    def scan(self, tenant: str, table: str) -> list[Doc]:
        """Every record of the table, in insertion order. READ-ONLY: never mutate these dicts."""

    @abstractmethod
    def scan_ids(self, tenant: str, table: str, ids: Iterable[str]) -> list[Doc]:
        """The records with these ids, in the order given (unknown ids skipped). READ-ONLY, like ``scan``."""

    @abstractmethod
    def count(self, tenant: str, table: str) -> int: ...

    @abstractmethod
    def counts(self, tenant: str) -> dict[str, int]:
        """``{table: number of records}`` for every non-empty table of the tenant."""

    @abstractmethod
    def version(self, tenant: str, table: str) -> tuple[int, int]:
        """Equal versions mean equal contents (a backend that cannot tell answers a new version each time)."""

    @abstractmethod
    def ids_where(self, tenant: str, table: str, field: str, value: Any) -> set[str]:
        """Ids whose indexed ``field`` equals (or, for lists, contains) ``value``; KeyError if not indexed."""

    @abstractmethod
    def find(self, tenant: str, table: str, field: str, value: Any) -> list[Doc]:
        """Copies of the records whose indexed ``field`` matches ``value``, in insertion order."""

    @abstractmethod
    def tenants(self) -> set[str]:
        """Every tenant holding at least one record."""

    # -- writes ------------------------------------------------------------------------------
    @abstractmethod
    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """All-or-nothing, durable when it ends; joins an enclosing transaction of the same thread."""

    @abstractmethod
    def on_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the current transaction has committed (never if it rolls back); at once
        outside a transaction."""

    @abstractmethod
    def put(self, tenant: str, table: str, doc: Doc) -> Doc:
        """Insert or replace ``doc`` by its ``id`` (ValueError if the id belongs elsewhere); returns a copy."""

    def put_only(self, tenant: str, table: str, doc: Doc) -> None:
        """``put`` for a writer that does not want the copy back (the webhook outbox rewrites a record of a few
        KB on every attempt): a backend may skip making it."""
        self.put(tenant, table, doc)

    @abstractmethod
    def delete(self, tenant: str, table: str, record_id: str) -> bool: ...

    @abstractmethod
    def drop_tenant(self, tenant: str) -> None:
        """Remove every record of one tenant."""

    @abstractmethod
    def clear(self) -> None:
        """Remove everything."""

    def atomically(self, work: Callable[[], T]) -> T:
        """``work()`` in a transaction, run again (up to ``CONFLICT_ATTEMPTS`` times) while the database refuses
        it with ``Conflict``. Inside an enclosing transaction it simply joins it (the outer one retries)."""
        if self.in_transaction():
            return work()
        for attempt in range(1, CONFLICT_ATTEMPTS + 1):
            try:
                return self._transact(work)
            except Conflict:
                if attempt == CONFLICT_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0, 0.002 * min(attempt, 10)))  # let the winner commit first
        raise AssertionError("unreachable")

    def _transact(self, work: Callable[[], T]) -> T:
        """One attempt of ``atomically``: ``work()`` in a transaction (a backend may do it more cheaply)."""
        with self.transaction():
            return work()

    @abstractmethod
    def in_transaction(self) -> bool:
        """True inside a transaction of this thread."""

    # -- persistence -------------------------------------------------------------------------
    @property
    def persistent(self) -> bool:
        return False

    @property
    def path(self) -> str | None:
        """Where the data lives, for people (a file path, a database URL without its password)."""
        return None

    @property
    def warnings(self) -> list[str]:
        return []

    def compact(self) -> None:
        """Make start-up fast again (file mode: a fresh snapshot); a no-op where nothing needs it."""

    @abstractmethod
    def close(self) -> None: ...

