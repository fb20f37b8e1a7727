"""The tenant directory: agencies (companies) own locations (sub-accounts).

Both live in the global tenant of the store; this module is the one place that knows their tables.
"""

from __future__ import annotations

from mock_server.store import GLOBAL, Store

COMPANIES = "companies"
LOCATIONS = "locations"


class TenantDirectory:
    def __init__(self, store: Store) -> None:
        self.store = store

    def company_exists(self, company_id: str | None) -> bool:
        return company_id is not None and self.store.owner(company_id) == (GLOBAL, COMPANIES)

    def location_exists(self, location_id: str | None) -> bool:
        return location_id is not None and self.store.owner(location_id) == (GLOBAL, LOCATIONS)

    def company_of_location(self, location_id: str) -> str | None:
        location = self.store.get(GLOBAL, LOCATIONS, location_id)
        return None if location is None else location.get("companyId")

    def company_of_tenant(self, tenant: str) -> str | None:
        """The company owning ``tenant`` (a company id or a location id)."""
        if self.company_exists(tenant):
            return tenant
        if self.location_exists(tenant):
            return self.company_of_location(tenant)
        return None

    def location_ids(self, company_id: str) -> list[str]:
        return [loc["id"] for loc in self.store.scan(GLOBAL, LOCATIONS) if loc.get("companyId") == company_id]
