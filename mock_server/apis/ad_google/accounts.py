"""The location's Google connection: the Google user, the Google Ads accounts that user reaches, and the
integration (the one account, and the manager account it is reached through, that the location works in).

DECISION: GHL makes the connection in its UI (Google's OAuth consent); its API only reads it. The control plane
plays that sign-in (``POST /_mock/locations/{locationId}/google-ads/connection``: the user and their accounts;
``integratedAccountId`` also picks the account, as the UI's account picker does). ``POST /integration`` picks
(or changes) the account through the API.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.ad_google.tables import ACCOUNTS, CONNECTIONS, INTEGRATIONS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known.
NOT_CONNECTED = "Google account is not connected for this location"
NO_INTEGRATION = "Google Ads integration not found for this location"
NOT_A_MANAGER = "mccId must be the ad account itself or the manager account it is reached through"
CUSTOMER_ID = r"^\d{10}$"  # Google Ads customer ids are ten digits


class AdAccountSeed(BodyModel):
    id: str = Field(pattern=CUSTOMER_ID)
    name: str = Field(min_length=1)
    currencyCode: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    timeZone: str = "America/New_York"
    manager: bool = False  # a manager (MCC) account
    managerId: str | None = Field(default=None, pattern=CUSTOMER_ID)  # the manager account it is reached through
    testAccount: bool = False


class ConnectionSeed(BodyModel):
    email: str = Field(min_length=3)
    name: str = Field(min_length=1)
    picture: str | None = None
    adAccounts: list[AdAccountSeed] = Field(default=[], max_length=50)
    integratedAccountId: str | None = None


def seed_connection(tenant: Tenant, body: ConnectionSeed) -> dict[str, Any]:
    """Connect the location to a Google user and the accounts they reach (replacing an earlier connection)."""
    for old in tenant.store.scan(ACCOUNTS):
        tenant.delete(ACCOUNTS, old["id"])
    tenant.store.delete(INTEGRATIONS, "integration")
    user = {"id": "me", "googleUserId": _google_user_id(body.email), "email": body.email, "name": body.name,
            "picture": body.picture, "connectedAt": iso_z(tenant.now())}
    tenant.store.put(CONNECTIONS, user)
    accounts = [tenant.store.put(ACCOUNTS, {**account.model_dump(), "status": "ENABLED"})
                for account in body.adAccounts]
    answer = {"user": public_user(user), "adAccounts": accounts}
    if body.integratedAccountId is not None:
        account = tenant.require(ACCOUNTS, body.integratedAccountId)
        answer["integration"] = integrate(tenant, account["id"], account.get("managerId") or account["id"])
    return answer


def _google_user_id(email: str) -> str:
    """DECISION: a Google user's id (21 digits) derived from the e-mail, stable across runs."""
    return str(int.from_bytes(email.casefold().encode()[:16].ljust(16, b"\0"), "big") % 10 ** 21).zfill(21)


def public_user(user: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in user.items() if key != "id"}


def current_user(tenant: Tenant) -> dict[str, Any]:
    user = tenant.store.get(CONNECTIONS, "me")
    if user is None:
        raise BadRequest(NOT_CONNECTED)
    return public_user(user)


def ad_accounts(tenant: Tenant, kind: str | None) -> list[dict[str, Any]]:
    """The accounts the connected user reaches (none before the location connects), the integrated one marked.
    DECISION: ``type`` (the ad manager or the reporting integration) lists the same accounts: GHL's two products
    share the one connection here."""
    integrated = (tenant.store.get(INTEGRATIONS, "integration") or {}).get("adAccountId")
    return [_account_view(account, integrated) for account in sorted(tenant.store.scan(ACCOUNTS),
                                                                      key=lambda a: a["id"])]


def ad_account(tenant: Tenant, account_id: str) -> dict[str, Any]:
    current_user(tenant)
    integrated = (tenant.store.get(INTEGRATIONS, "integration") or {}).get("adAccountId")
    return _account_view(tenant.require(ACCOUNTS, account_id), integrated)


def _account_view(account: dict[str, Any], integrated: str | None) -> dict[str, Any]:
    return {**account, "resourceName": f"customers/{account['id']}", "isConnected": account["id"] == integrated}


def remove_ad_account(tenant: Tenant, account_id: str) -> dict[str, Any]:
    """Remove the account from the location: it is no longer listed; the integration goes with it when it was
    the integrated account (or the manager it was reached through)."""
    current_user(tenant)
    tenant.require(ACCOUNTS, account_id)
    tenant.delete(ACCOUNTS, account_id)
    integration = tenant.store.get(INTEGRATIONS, "integration")
    if integration and account_id in (integration["adAccountId"], integration["mccId"]):
        tenant.store.delete(INTEGRATIONS, "integration")
    return {"success": True, "adAccountId": account_id}


def integrate(tenant: Tenant, account_id: str, mcc_id: str) -> dict[str, Any]:
    """Work in ``account_id``, reached through ``mcc_id`` (the account itself, or its manager)."""
    current_user(tenant)
    account = tenant.require(ACCOUNTS, account_id)
    if mcc_id not in (account["id"], account.get("managerId")):
        raise BadRequest(NOT_A_MANAGER)
    now = iso_z(tenant.now())
    earlier = tenant.store.get(INTEGRATIONS, "integration") or {}
    return integration_view(tenant.store.put(INTEGRATIONS, {
        "id": "integration", "locationId": tenant.location_id, "adAccountId": account_id, "mccId": mcc_id,
        "adAccountName": account["name"], "currencyCode": account["currencyCode"], "timeZone": account["timeZone"],
        "status": "CONNECTED", "createdAt": earlier.get("createdAt", now), "updatedAt": now}))


def integration_view(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key != "id"}


def integration(tenant: Tenant) -> dict[str, Any]:
    """The location's integration, or 400: what every operation working in the Google Ads account needs."""
    record = tenant.store.get(INTEGRATIONS, "integration")
    if record is None:
        raise BadRequest(NO_INTEGRATION)
    return integration_view(record)


def account_id_of(tenant: Tenant) -> str:
    return integration(tenant)["adAccountId"]

