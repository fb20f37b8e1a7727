"""``Tenant``: what domain code works with, bound to one location (or to one agency).

A handler gets the request's as ``call.tenant`` (the token's location; for an agency token the location
its path names, else the agency); the control plane builds one with ``world.tenant(location_id)`` or
``world.agency(company_id)``. Domain functions take it instead of ``(world, location_id)``::

    def create_business(tenant: Tenant, fields: dict) -> dict:
        now = iso_z(tenant.now())
        return tenant.store.put(BUSINESSES, {**fields, "id": tenant.new_id(), "locationId": tenant.location_id,
                                             "createdAt": now})

    def get_business(tenant: Tenant, business_id: str) -> dict:
        return tenant.require(BUSINESSES, business_id)     # or the table's declared not-found error

Everything a tenant reaches is its own: its tables (``store``), its agency's clock (``now()``, ``clock``)
and id stream (``new_id()``), its agency (``agency``: users, snapshots) and the directory every tenant
shares (``global_store``: companies, locations). Deleting goes through ``delete`` / ``deleted``, which run
every cascade the areas declared on that table (a contact's tasks, appointments and relations go with it).
A change's webhook goes out with ``tenant.emit(CONTACT_CREATE, payload)`` (``docs/webhooks.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mock_server.store import GLOBAL, TenantStore

if TYPE_CHECKING:
    from mock_server.platform.clock import Clock
    from mock_server.platform.world import World
    from mock_server.webhooks import EventType


class Tenant:
    __slots__ = ("world", "company_id", "location_id", "store", "_agency")

    def __init__(self, world: World, company_id: str, location_id: str | None = None) -> None:
        self.world = world
        self.company_id = company_id
        self.location_id = location_id
        # The bound tenant's own tables: the location's, or the agency's when bound to an agency.
        self.store = TenantStore(world.store, location_id or company_id)
        self._agency: Tenant | None = None if location_id else self

    @property
    def id(self) -> str:
        """The store tenant this is bound to: the location id, or the company id for an agency."""
        return self.store.tenant

    # -- time and ids ------------------------------------------------------------------------
    @property
    def clock(self) -> Clock:
        """The agency's clock (frozen, set or advanced by tests and the control plane)."""
        return self.world.clock(self.company_id)

    def now(self) -> datetime:
        return self.world.now(self.company_id)

    def new_id(self) -> str:
        """A fresh record id from the agency's id stream (deterministic in seeded tenants)."""
        return self.world.new_id(self.company_id)

    def new_uuid(self) -> str:
        """A fresh UUID from the same stream (GHL's ids of some records, workflows', are UUIDs)."""
        return self.world.ids_for(self.company_id).new_uuid(taken=lambda i: self.world.store.owner(i) is not None)

    # -- the other tenants it may reach ------------------------------------------------------
    @property
    def agency(self) -> Tenant:
        """The same tenant bound to its agency: the agency's own tables (users, snapshots)."""
        if self._agency is None:
            self._agency = Tenant(self.world, self.company_id)
        return self._agency

    def for_location(self, location_id: str) -> Tenant:
        """The same agency bound to another of its locations (the caller knows it is the agency's)."""
        return Tenant(self.world, self.company_id, location_id)

    def location_ids(self) -> list[str]:
        """Every location of the agency."""
        return self.world.tenants.location_ids(self.company_id)

    @property
    def global_store(self) -> TenantStore:
        """The directory every tenant shares: companies, locations, OAuth apps and installations."""
        return TenantStore(self.world.store, GLOBAL)

    def store_of(self, table: str) -> TenantStore:
        """Where ``table`` lives for this tenant, by the scope its ``Table`` declares."""
        scope = self.world.areas.scope(table)
        if scope == "global":
            return self.global_store
        return self.agency.store if scope == "agency" else self.store

    # -- records -------------------------------------------------------------------------------
    def require(self, table: str, record_id: str) -> dict[str, Any]:
        """The record, or the not-found error ``table``'s ``Table`` declares (GHL's 400 for most records)."""
        found = self.store_of(table).get(table, record_id) if record_id else None
        if found is None:
            raise self.world.areas.table(table).missing(record_id)
        return found

    def delete(self, table: str, record_id: str) -> bool:
        """Delete one record of this tenant's ``table`` and run the cascades declared on it; False if unknown."""
        if not self.store.delete(table, record_id):
            return False
        self.deleted(table, [record_id])
        return True

    def deleted(self, table: str, ids: Iterable[str]) -> None:
        """Run every cascade declared on ``table`` for records just deleted (by ``delete``, or by the caller
        itself when it keeps something of its own in step, as contacts keep their cached listing orders)."""
        ids = list(ids)
        if ids:
            for cascade in self.world.areas.cascades(table):
                cascade.run(self, ids)

    def created(self, table: str, record: dict[str, Any]) -> None:
        """Report a record just stored in ``table``: runs what other areas declared on its creation
        (``Area.on_create``), in this transaction."""
        for hook in self.world.areas.on_create(table):
            hook.run(self, record)

    # -- webhooks ------------------------------------------------------------------------------
    def emit(self, event: EventType, payload: dict[str, Any], *, app_id: str | None = None, to=None) -> str:
        """Send webhook ``event`` (declared in the area's ``events``) for where this tenant is bound: a
        location-level event from a location, an agency-level one from an agency (``tenant.agency.emit``).

        ``payload`` is the event's own fields, named as GHL's doc names them; the envelope (type,
        locationId/companyId, appId, versionId, timestamp, webhookId) is added per app. The event joins the
        request's store transaction: a refused or rolled-back request sends nothing. ``app_id`` addresses an
        event only the app concerned receives (INSTALL, UNINSTALL); ``to`` (a ``routing.Recipient``) the one
        Delivery URL of a ``audience="provider"`` event. Answers the event's ``webhookId``.
        """
        return self.world.webhooks.emit(event, payload, location_id=self.location_id, company_id=self.company_id,
                                        app_id=app_id, to=to)

    def __repr__(self) -> str:
        where = f"location={self.location_id} " if self.location_id else ""
        return f"<Tenant {where}company={self.company_id}>"
