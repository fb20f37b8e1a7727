"""Companies (agencies): the tenants that own locations and users."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenants import COMPANIES
from mock_server.platform.world import World
from mock_server.store import GLOBAL


def create_company(world: World, *, company_id: str, name: str, timezone: str, email: str | None = None,
                   **fields: Any) -> dict[str, Any]:
    company = {
        "id": company_id, "name": name, "email": email, "timezone": timezone,
        "currency": "USD", "status": "active", "customerType": "agency", "plan": 2,
        "isReselling": False, "isSandboxAccount": True,
        "dateAdded": iso_z(world.now(company_id)), **fields,
    }
    return world.store.put(GLOBAL, COMPANIES, company)


def get_company(world: World, company_id: str) -> dict[str, Any]:
    company = world.store.get(GLOBAL, COMPANIES, company_id)
    if company is None:
        raise BadRequest("Company not found")
    company["locationCount"] = len(world.tenants.location_ids(company_id))
    return company
