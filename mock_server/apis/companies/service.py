"""Companies (agencies): the tenants that own locations and users."""

from __future__ import annotations

from typing import Any

from mock_server.apis.formats import iso_z
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import COMPANIES

COMPANY_NOT_FOUND = "Company not found"  # DECISION: GHL's text for an unknown company id is not known


def create_company(agency: Tenant, *, name: str, timezone: str, email: str | None = None,
                   **fields: Any) -> dict[str, Any]:
    """The company record of ``agency`` (a tenant bound to the new agency's id)."""
    company = {
        "id": agency.company_id, "name": name, "email": email, "timezone": timezone,
        "currency": "USD", "status": "active", "customerType": "agency", "plan": 2,
        "isReselling": False, "isSandboxAccount": True,
        "dateAdded": iso_z(agency.now()), **fields,
    }
    return agency.global_store.put(COMPANIES, company)


def get_company(tenant: Tenant) -> dict[str, Any]:
    """The tenant's company, with how many locations it has."""
    company = tenant.require(COMPANIES, tenant.company_id)
    company["locationCount"] = len(tenant.location_ids())
    return company
