"""A location's LinkedIn integration: the connected LinkedIn member, the ad accounts it reaches, the one chosen.

GHL connects LinkedIn in its UI (OAuth): that leaves a *draft* integration holding the member and the ad
accounts the member can reach; ``POST /ad-publishing/linkedin/integration`` completes it with one ad account.
The control plane makes the connection (``POST /_mock/locations/{locationId}/ad-publishing/linkedin/connection``,
DECISION: GHL's API cannot).

DECISION: v3's ``isDraft=true`` reads the draft; without it (v2 clients cannot send it) a read takes the
completed integration, else the draft, so a v2 client can list the ad accounts before choosing one. No
live answer of these operations is in GHL's public issue tracker (searched "ad-publishing linkedin",
"adPublishing"): the answers' shapes are the mock's (the official files declare no 2xx schema).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.ad_linkedin import linkedin
from mock_server.apis.ad_linkedin.tables import ACTIVE, DRAFT, INTEGRATIONS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known.
NOT_CONNECTED = "LinkedIn integration not found"
NO_DRAFT = "LinkedIn draft integration not found"
AD_ACCOUNT_NOT_FOUND = "Ad account not found"
AD_ACCOUNT_INACTIVE = "Ad account is not active"


class MemberSeed(BodyModel):
    id: str = Field(min_length=1)
    firstName: str = Field(min_length=1)
    lastName: str = ""
    email: str | None = None


class AdAccountSeed(BodyModel):
    id: str = Field(pattern=r"^[0-9]{1,18}$")  # LinkedIn's ad account ids are numbers
    name: str = Field(min_length=1)
    currency: str = Field(default="USD", pattern="^[A-Z]{3}$")
    organizationId: str = Field(default="10000001", pattern=r"^[0-9]{1,18}$")
    status: Literal["ACTIVE", "CANCELED", "DRAFT", "PENDING_DELETION", "REMOVED"] = "ACTIVE"


class ConnectionSeed(BodyModel):
    member: MemberSeed | None = None
    adAccounts: list[AdAccountSeed] | None = Field(default=None, max_length=50)


def seed_connection(tenant: Tenant, body: ConnectionSeed) -> dict[str, Any]:
    """Connect LinkedIn as GHL's OAuth does: a draft integration of the member (a fresh one replaces it)."""
    accounts = ([a.model_dump() for a in body.adAccounts] if body.adAccounts is not None
                else linkedin.default_ad_accounts(tenant.location_id))
    member = body.member.model_dump() if body.member else linkedin.default_member(tenant.location_id)
    now = iso_z(tenant.now())
    tenant.store.put(INTEGRATIONS, {"id": DRAFT, "integrationId": tenant.new_id(), "member": member,
                                    "adAccounts": accounts, "connectedAt": now, "createdAt": now, "updatedAt": now})
    return {**view(tenant, tenant.store.get(INTEGRATIONS, DRAFT)),
            "adAccounts": [linkedin.account_view(a) for a in accounts]}


def current(tenant: Tenant, is_draft: bool | None = None) -> dict[str, Any]:
    """The integration a read uses (see the module's DECISION), or 400."""
    if is_draft:
        return tenant.store.get(INTEGRATIONS, DRAFT) or _raise(NO_DRAFT)
    return tenant.store.get(INTEGRATIONS, ACTIVE) or tenant.store.get(INTEGRATIONS, DRAFT) or _raise(NOT_CONNECTED)


def active(tenant: Tenant) -> dict[str, Any]:
    """The completed integration (what publishing and reporting use), or 400."""
    return tenant.store.get(INTEGRATIONS, ACTIVE) or _raise(NOT_CONNECTED)


def _raise(message: str) -> Any:
    raise BadRequest(message)


def view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    member = record["member"]
    return {"id": record["integrationId"], "locationId": tenant.location_id, "isDraft": record["id"] == DRAFT,
            "adAccountId": record.get("adAccountId"), "adAccountName": record.get("adAccountName"),
            "currencyCode": record.get("currencyCode"), "organizationId": record.get("organizationId"),
            "linkedInUserId": member["id"],
            "linkedInUserName": " ".join(filter(None, (member["firstName"], member["lastName"]))),
            "connectedAt": record["connectedAt"], "createdAt": record["createdAt"], "updatedAt": record["updatedAt"]}


def get_integration(tenant: Tenant, is_draft: bool | None) -> dict[str, Any]:
    return view(tenant, current(tenant, is_draft))


def create_integration(tenant: Tenant, body: Any) -> dict[str, Any]:
    """Complete the integration with one of the member's ad accounts (choosing again replaces the choice).

    DECISION: the account's name, currency and organization are kept as sent (GHL's UI sends what LinkedIn
    listed); only the account must be one the member reaches, and active.
    """
    source = tenant.store.get(INTEGRATIONS, DRAFT) or tenant.store.get(INTEGRATIONS, ACTIVE) or _raise(NOT_CONNECTED)
    account_of(source, body.adAccountId, require_active=True)
    previous = tenant.store.get(INTEGRATIONS, ACTIVE) or {}
    now = iso_z(tenant.now())
    record = {**source, "id": ACTIVE, "adAccountId": body.adAccountId, "adAccountName": body.adAccountName,
              "currencyCode": body.currencyCode, "organizationId": body.organizationId,
              "createdAt": previous.get("createdAt", now), "updatedAt": now}
    if previous:
        record["integrationId"] = previous["integrationId"]
    tenant.store.delete(INTEGRATIONS, DRAFT)
    return view(tenant, tenant.store.put(INTEGRATIONS, record))


def account_of(record: dict[str, Any], account_id: str, *, require_active: bool = False) -> dict[str, Any]:
    """The member's ad account with this LinkedIn id, or 400."""
    for account in record["adAccounts"]:
        if account["id"] == account_id:
            if require_active and account["status"] != "ACTIVE":
                raise BadRequest(AD_ACCOUNT_INACTIVE)
            return account
    raise BadRequest(AD_ACCOUNT_NOT_FOUND)


def ad_accounts(tenant: Tenant, is_draft: bool | None) -> dict[str, Any]:
    return {"elements": [linkedin.account_view(a) for a in current(tenant, is_draft)["adAccounts"]]}


def ad_account(tenant: Tenant, account_id: str) -> dict[str, Any]:
    record = current(tenant)
    return {**linkedin.account_view(account_of(record, account_id)),
            "connected": record["id"] == ACTIVE and record.get("adAccountId") == account_id}


def remove_ad_account(tenant: Tenant, account_id: str) -> dict[str, Any]:
    """Disconnect the integration's ad account: the integration goes (LinkedIn is connected again to make one).

    DECISION: the location's campaign groups stay, as drafts GHL keeps; publishing needs an integration again.
    """
    record = tenant.store.get(INTEGRATIONS, ACTIVE)
    if record is None or record.get("adAccountId") != account_id:
        raise BadRequest(AD_ACCOUNT_NOT_FOUND)
    tenant.store.delete(INTEGRATIONS, ACTIVE)
    return {"success": True, "adAccountId": account_id}


def current_user(tenant: Tenant, is_draft: bool | None) -> dict[str, Any]:
    """The connected LinkedIn member, in LinkedIn's own field names."""
    member = current(tenant, is_draft)["member"]
    return {"id": member["id"], "localizedFirstName": member["firstName"],
            "localizedLastName": member["lastName"], "email": member.get("email")}
