"""Number pools (call tracking): some of the location's own numbers, grouped, seeded through the control plane.

A pooled number leaves the active-numbers listing (``skipNumberPool``, true by default) and shows in its pool.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.phone_system.seed_models import PoolSeed
from mock_server.apis.phone_system.tables import NUMBER_POOLS, PHONE_NUMBERS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known.
NOT_OWNED = "Phone number {number} is not a number of this location"
POOLED = "Phone number {number} is already in a number pool"


def seed(tenant: Tenant, body: PoolSeed) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/number-pools``: a pool of the location's numbers."""
    owned = []
    for number in dict.fromkeys(body.numbers):
        found = tenant.store.find(PHONE_NUMBERS, "phoneNumber", number)
        if not found:
            raise BadRequest(NOT_OWNED.format(number=number))
        if found[0].get("numberPoolId"):
            raise BadRequest(POOLED.format(number=number))
        owned.append(found[0])
    pool = {"id": tenant.new_id(), "locationId": tenant.location_id, **body.model_dump(exclude={"numbers"}),
            "numbers": [{"phoneNumber": n["phoneNumber"], "friendlyName": n["friendlyName"]} for n in owned],
            "inboundCallService": None}
    tenant.store.put(NUMBER_POOLS, pool)
    for number in owned:
        tenant.store.put(PHONE_NUMBERS, {**number, "numberPoolId": pool["id"]})
    return {k: v for k, v in pool.items() if v is not None}


def listing(tenant: Tenant) -> dict[str, Any]:
    pools = sorted(tenant.store.scan(NUMBER_POOLS), key=lambda p: (p["name"], p["id"]))
    # a field the pool has no value for is left out (the file declares none of them nullable)
    return {"success": True, "data": [{k: v for k, v in p.items() if v is not None} for p in pools],
            "total": len(pools)}
