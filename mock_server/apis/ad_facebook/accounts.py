"""The Facebook ad accounts a location's user can use, and the one its integration spends from.

``connected_ad_account`` is what other areas ask (the campaigns of ``ad_facebook_campaigns`` live in an ad
account the location has connected).

DECISION: ``type`` (INTEGRATION, AD_MANAGER; here and on a page's Instagram accounts) names which of GHL's two
Facebook connections to read; the mock keeps one per location and answers it for both.
DECISION: the listing is Facebook's: an array (GHL's docs show no envelope); ``limit`` cuts it, ``next`` is the
id of the last account of the previous page (Facebook's ``after`` cursor is the last item's), and
``fetchAll=true`` answers every account whatever the limit.
DECISION: deleting an ad account disconnects it from the integration (GHL's docs: "remove a Facebook ad
account connection"); it stays among the user's accounts on Facebook, listed ``integrationConnected: false``.
Deleting one that is not the integration's answers 400.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_facebook import facebook, integration
from mock_server.apis.ad_facebook.tables import AD_ACCOUNT_NOT_LINKED
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

LIST_FIELDS = ("id", "name", "accountStatus", "currency", "fundingType", "business")


def connected_ad_account(tenant: Tenant, ad_account_id: str) -> dict[str, Any] | None:
    """The ad account (as fb-get-ad-account answers it) if the location's integration is connected and spends from
    ``ad_account_id`` (with or without Facebook's ``act_`` prefix); else None."""
    record = integration.find(tenant)
    wanted = facebook.ad_account_key(ad_account_id)
    if record is None or record["status"] != "connected" or record.get("fbAdAccountId") != wanted:
        return None
    account = facebook.find_ad_account(tenant, wanted)
    return None if account is None else facebook.ad_account_view(account)


def list_ad_accounts(tenant: Tenant, *, limit: str | None, after: str | None, fetch_all: bool) -> list[dict[str, Any]]:
    accounts = facebook.ad_accounts(tenant)
    record = integration.find(tenant)
    in_use = record.get("fbAdAccountId") if record and record["status"] == "connected" else None
    if after:
        ids = [account["fbId"] for account in accounts]
        key = facebook.ad_account_key(after)
        accounts = accounts[ids.index(key) + 1:] if key in ids else []
    if limit is not None and not fetch_all:
        accounts = accounts[:int(limit)]
    return [{**{key: value for key, value in facebook.ad_account_view(account).items() if key in LIST_FIELDS},
             "integrationConnected": account["fbId"] == in_use} for account in accounts]


def get_ad_account(tenant: Tenant, ad_account_id: str) -> dict[str, Any]:
    return facebook.ad_account_view(facebook.ad_account(tenant, ad_account_id))


def disconnect_ad_account(tenant: Tenant, ad_account_id: str) -> None:
    account = facebook.ad_account(tenant, ad_account_id)
    if not integration.unlink_ad_account(tenant, account["fbId"]):
        raise BadRequest(AD_ACCOUNT_NOT_LINKED)
