"""Which Facebook ad account a location's campaigns and audiences belong to.

GHL's upsert names no ad account: a campaign goes to the ad account the location's Facebook integration spends
from (the ``ad_facebook`` area), and GHL builds none when the location has not connected one. Publishing
checks again: an integration disconnected (or moved to another ad account) since the draft was made publishes
nothing.
"""

from __future__ import annotations

from mock_server.apis.ad_facebook import integration
from mock_server.apis.ad_facebook.accounts import connected_ad_account
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known; the mock says what is missing.
NOT_CONNECTED = "No Facebook ad account is connected for this location"


def location_ad_account(tenant: Tenant) -> str | None:
    """The ad account id (``act_<digits>``) the location's integration spends from, or None."""
    record = integration.find(tenant)
    ad_account_id = record.get("fbAdAccountId") if record else None
    account = connected_ad_account(tenant, ad_account_id) if ad_account_id else None
    return account["id"] if account else None


def campaign_ad_account(tenant: Tenant) -> str:
    """The ad account a new campaign (or audience) goes to: refused when none is connected."""
    account = location_ad_account(tenant)
    if account is None:
        raise BadRequest(NOT_CONNECTED)
    return account


def require_connected(tenant: Tenant, ad_account_id: str) -> None:
    """Publishing into ``ad_account_id`` needs it still connected."""
    if connected_ad_account(tenant, ad_account_id) is None:
        raise BadRequest(NOT_CONNECTED)
