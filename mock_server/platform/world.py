"""The world: everything the mock knows, and every service the layers above may use.

One ``World`` per app. Domain code receives it (through the ``Call``) and reaches the store, the
clocks, the id sources and the token service from here; nothing is a module-level global, so two
apps in one process (say, two pytest sessions' servers) never share state.
"""

from __future__ import annotations

from datetime import datetime

from mock_server.platform.areas import Areas
from mock_server.platform.clock import Clock, Clocks
from mock_server.platform.errors import BadRequest
from mock_server.platform.ids import IdSource
from mock_server.platform.journal import Journal
from mock_server.platform.rate_limits import RateLimiter
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import TenantDirectory
from mock_server.platform.tokens import TokenService, new_secret
from mock_server.platform.violations import ViolationLog
from mock_server.settings import Settings
from mock_server.store import GLOBAL, StoreBackend, open_store

META = "_meta"  # survives a full reset: the signing secret and the bootstrap tenant's ids
SETTINGS_TABLE = "settings"


class World:
    def __init__(self, settings: Settings, areas: Areas, store: StoreBackend | None = None) -> None:
        self.settings = settings
        self.areas = areas
        self.store = store or open_store(settings.store_spec, fsync=settings.fsync)
        self.clocks = Clocks()
        self._clocks_seen: dict | None = None
        self.ids = IdSource(settings.random_seed)
        self._ids_by_company: dict[str, IdSource] = {}
        self.tenants = TenantDirectory(self.store)
        self.journal = Journal(settings.journal_capacity)
        self.violations = ViolationLog(settings.contract_mode)
        self.rate_limits = RateLimiter(enforce=settings.rate_limit)
        self.tokens = TokenService(self.store, self.clocks, self.tenants, self._secret(), areas.scopes())
        # Per-tenant state kept beside the store goes with the tenant's records (a test suite creates and
        # deletes a tenant per test: nothing may pile up).
        self.store.on_tenant_dropped(self.tokens.forget_tenant)
        self.store.on_tenant_dropped(self.rate_limits.forget)
        from mock_server.webhooks.service import Webhooks  # webhooks build on the platform, not the reverse

        self.webhooks = Webhooks(self)  # with the events every area declares (``Area.events``)

    @property
    def registry(self):
        """Every implemented operation (imports every area: not for serving one request)."""
        return self.areas.registry

    def _secret(self) -> str:
        with self.store.exclusive():  # several processes starting on one database agree on one secret
            record = self.store.get(META, SETTINGS_TABLE, "jwt-secret")
            if record is None:
                record = self.store.put(META, SETTINGS_TABLE, {"id": "jwt-secret", "value": new_secret()})
        return record["value"]

    # -- meta --------------------------------------------------------------------------------
    def meta(self, key: str) -> dict | None:
        return self.store.get(META, SETTINGS_TABLE, key)

    def set_meta(self, key: str, value: dict) -> None:
        self.store.put(META, SETTINGS_TABLE, {**value, "id": key})

    # -- tenants: what domain code works with ----------------------------------------------------
    def tenant(self, location_id: str) -> Tenant:
        """The context of one location (400 ``Location not found`` for an unknown one)."""
        company_id = self.tenants.company_of_location(location_id)
        if company_id is None:
            raise BadRequest("Location not found")
        return Tenant(self, company_id, location_id)

    def agency(self, company_id: str) -> Tenant:
        """The context of one agency, for agency-level work (its users, snapshots, locations)."""
        return Tenant(self, company_id)

    # -- time and ids ------------------------------------------------------------------------
    def clock(self, company_id: str | None) -> Clock:
        return self.clocks.for_company(company_id)

    def now(self, company_id: str | None = None) -> datetime:
        return self.clocks.for_company(company_id).now()

    def ids_for(self, company_id: str | None) -> IdSource:
        if company_id is None:
            return self.ids
        source = self._ids_by_company.get(company_id)
        if source is None:
            source = self._ids_by_company[company_id] = self.ids.child(company_id)
        return source

    def use_ids(self, company_id: str, source: IdSource) -> None:
        """Make ``source`` the id stream of this agency (tenants created with their own seed)."""
        self._ids_by_company[company_id] = source

    def forget_company(self, company_id: str) -> None:
        """Drop the per-agency id stream and clock of an agency that no longer exists."""
        self._ids_by_company.pop(company_id, None)
        self.clocks.release(company_id)
        self.webhooks.forget_company(company_id)

    def new_id(self, company_id: str | None = None) -> str:
        """A fresh record id, unique across the whole store."""
        return self.ids_for(company_id).new_id(taken=lambda i: self.store.owner(i) is not None)

    # -- processes sharing one store ---------------------------------------------------------
    # DECISION: with a shared store (PostgreSQL: --workers, replicas) the clocks are shared through it, so a
    # freeze through one replica holds on all: each request first reads the published setting (one indexed
    # read), and a control-plane request that changed a clock publishes the new setting. The journal, the
    # violation log and the rate-limit counters stay per process (README "Choosing a store").
    def pull_clocks(self) -> dict | None:
        """Take the clock settings last published to a shared store; answers them (None: not shared)."""
        if not self.store.shared:
            return None
        record = self.store.get(META, SETTINGS_TABLE, "clocks")
        if record is not None and record["state"] != self._clocks_seen:
            self.clocks.restore(record["state"])
        self._clocks_seen = self.clocks.state()
        return self._clocks_seen

    def push_clocks(self, before: dict | None) -> None:
        """Publish the clock settings if this process changed them since ``pull_clocks`` answered ``before``."""
        if before is None:
            return
        now = self.clocks.state()
        if now != before:
            self.store.put(META, SETTINGS_TABLE, {"id": "clocks", "state": now})
            self._clocks_seen = now

    # -- reset -------------------------------------------------------------------------------
    def reset_all(self) -> None:
        """Forget every tenant, record, token, journal entry and clock setting (not the signing secret)."""
        with self.store.transaction():
            for tenant in self.store.tenants() - {META}:
                self.store.drop_tenant(tenant)
        self.clocks.reset()
        self._ids_by_company.clear()
        self.ids = IdSource(self.settings.random_seed)
        self.journal.clear()
        self.violations.clear()
        self.rate_limits.configure()
        self.webhooks.reset()

    def reset_location(self, location_id: str) -> None:
        """Forget one location's records; the location itself and its tokens stay valid."""
        self.store.drop_tenant(location_id)
        self.journal.clear(location_id=location_id)
        self.violations.clear(location_id=location_id)

    def close(self) -> None:
        self.webhooks.close()
        self.store.close()


__all__ = ["GLOBAL", "META", "World"]
