"""Which Facebook ad account a location's campaigns and audiences belong to.

GHL's upsert names no ad account: a campaign goes to the ad account the location connected through its Facebook
integration (the ``ad_facebook`` area), and GHL refuses to build one when none is connected.
"""

from __future__ import annotations

import hashlib

from mock_server.platform.tenant_context import Tenant


def campaign_ad_account(tenant: Tenant) -> str:
    """The location's ad account id (``act_<digits>``).

    DECISION: until the Facebook integration area tells which ad account a location connected, every location
    has one, named from its id (deterministic), and no campaign is refused for want of one.
    """
    digits = int(hashlib.sha256(str(tenant.location_id).encode()).hexdigest(), 16) % 10 ** 15
    return f"act_{digits:015d}"
