"""A Marketplace app seen by its developer: who installed it, uninstalling it, its rebilling plans.

The apps and their installations are the OAuth area's (``mock_server/apis/oauth/service.py``, the control
plane's ``/_mock/oauth/apps`` and ``/_mock/oauth/installations``): this module reads them and uninstalls through
``oauth.uninstall``, the one function the control plane's uninstall calls too (the installation goes, the
app's tokens there stop working, UNINSTALL is sent).
"""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import Field

from mock_server.apis.marketplace.tables import REBILLING
from mock_server.apis.oauth import service as oauth
from mock_server.apis.users import service as users
from mock_server.platform.errors import BadRequest, Forbidden, Unauthorized
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant
from mock_server.platform.tenants import COMPANIES

# DECISION: GHL's texts for these refusals are not known. "App not found" is the OAuth area's text for an
# unknown app id (GET /oauth/installedLocations).
APP_NOT_FOUND = "App not found"
NOT_INSTALLED = "The app is not installed on this location or company"
NOT_THE_APP = "The token does not belong to this app"
NO_APP_TOKEN = "This route takes an OAuth access token of a Marketplace app"
LOCATION_ID_REQUIRED = "locationId is required when uninstalling with a sub-account token"
COMPANY_ID_REQUIRED = "companyId is required when uninstalling with an agency token"
REASON_REQUIRED = "reason is required when the app's developer uninstalls it"


def app_of(tenant: Tenant, app_id: str) -> dict[str, Any]:
    """The app with this id, or 400 ``App not found``."""
    app = oauth.app_by_id(tenant.world, app_id)
    if app is None:
        raise BadRequest(APP_NOT_FOUND)
    return app


def calling_app(tenant: Tenant, client_id: str | None) -> dict[str, Any]:
    """The app whose token makes the call. DECISION: a token of no app (a Private Integration Token) gets 401:
    the official file gives these operations only the ``-Access-Only`` schemes, "the Access Token generated"."""
    app = oauth.app_by_client(tenant.world, client_id)
    if app is None:
        raise Unauthorized(NO_APP_TOKEN)
    return app


def own_app(tenant: Tenant, client_id: str | None, app_id: str) -> dict[str, Any]:
    """The app named in the path, which must be the caller's own: DECISION: another app's token gets 403 (the
    official file declares 403 for the installer details and the rebilling config)."""
    app = app_of(tenant, app_id)
    if calling_app(tenant, client_id)["appId"] != app["appId"]:
        raise Forbidden(NOT_THE_APP)
    return app


def installation(tenant: Tenant, app: dict[str, Any]) -> dict[str, Any]:
    """The app's installation where ``tenant`` is bound (its location, or its agency), or 400."""
    record = tenant.global_store.get(oauth.INSTALLS, f"{app['appId']}:{tenant.id}")
    if record is None:
        raise BadRequest(NOT_INSTALLED)
    return record


# -- installer details ------------------------------------------------------------------------------------
def installer_details(tenant: Tenant, client_id: str | None, app_id: str) -> dict[str, Any]:
    """Who installed the caller's app where its token is: the agency, and for a sub-account install the
    location. As the official file says, a sub-account install hides the agency's e-mail, owner and plan."""
    record = installation(tenant, own_app(tenant, client_id, app_id))
    company = tenant.global_store.get(COMPANIES, tenant.company_id) or {}
    at_location = tenant.location_id is not None
    details: dict[str, Any] = {
        "companyId": tenant.company_id, "companyName": company.get("name") or "",
        "relationshipNumber": relationship_number(tenant.company_id),
        "companyEmail": None if at_location else company.get("email"),
        "companyOwnerFullName": None if at_location else _owner_name(tenant),
        "userId": record.get("userId") or "",
        # DECISION: the mock's agencies are not white-labelled and have no known plan id.
        "isWhitelabelCompany": False, "companyPlan": None, "companyHighLevelPlan": None,
    }
    if at_location:
        details["locationId"] = tenant.location_id
    if record.get("planId"):
        details["marketplaceAppPlanId"] = record["planId"]
    return {"installationDetails": details}


def relationship_number(company_id: str) -> str:
    """DECISION: an agency's relationship number (GHL's look like ``0-002-230``) is derived from its id, so it
    is stable for the agency and differs between agencies."""
    digits = int(hashlib.sha256(company_id.encode()).hexdigest()[:8], 16) % 1_000_000
    return f"0-{digits // 1000:03d}-{digits % 1000:03d}"


def _owner_name(tenant: Tenant) -> str | None:
    """The agency's owner: the earliest admin user of the agency."""
    admins, _ = users.search_users(tenant.agency, role="admin", sort="dateAdded", limit="1")
    return " ".join(filter(None, (admins[0].get("firstName"), admins[0].get("lastName")))) if admins else None


# -- uninstalling ------------------------------------------------------------------------------------------
def uninstall(tenant: Tenant, client_id: str | None, app_id: str, *, location_id: str | None,
              company_id: str | None, reason: str | None) -> dict[str, Any]:
    """Uninstall the app as GHL's uninstall API does: with a sub-account token from that location (``locationId``
    required); with an agency token from the agency and all its sub-accounts (``companyId`` required), or,
    DECISION, from the one location a ``locationId`` also names.

    The platform has already checked the ids name the token's own location or agency. DECISION: anyone with
    ``oauth.write`` where the app is installed may uninstall it; when the caller is the app itself (its
    developer), ``reason`` is required, as the official file says.
    """
    app = app_of(tenant, app_id)
    if (oauth.app_by_client(tenant.world, client_id) or {}).get("appId") == app["appId"] and not reason:
        raise BadRequest(REASON_REQUIRED)
    if tenant.location_id is not None:
        if not location_id:
            raise BadRequest(LOCATION_ID_REQUIRED)
        place = tenant
    else:
        if not company_id:
            raise BadRequest(COMPANY_ID_REQUIRED)
        place = tenant.for_location(location_id) if location_id else tenant
    if not oauth.uninstall(place, app):
        raise BadRequest(NOT_INSTALLED)
    return {"success": True}


# -- rebilling config ---------------------------------------------------------------------------------------
class SubscriptionPlanSeed(BodyModel):
    planId: str = Field(min_length=1)
    name: str = Field(min_length=1)
    baseAmount: float = Field(ge=0)
    resellingAmount: float = Field(default=0, ge=0)
    features: list[str] = []
    paymentType: str = "month"
    paymentTime: str = "month"


class UsagePlanSeed(BodyModel):
    meterId: str = Field(min_length=1)
    meterName: str = Field(min_length=1)
    productType: str = "workflow_action"
    productName: str | None = None
    usageUnit: str = "unit"
    priceType: str = Field(default="fixed", pattern="^(fixed|dynamic)$")
    fixedPricePerUnit: float = Field(default=0, ge=0)
    minPricePerUnit: float = Field(default=0, ge=0)
    maxPricePerUnit: float | None = Field(default=None, ge=0)
    executionLimitPerCycle: int = Field(default=0, ge=0)


class RebillingSeed(BodyModel):
    subscription: list[SubscriptionPlanSeed] = []
    usage: list[UsagePlanSeed] = []


def seed_rebilling(tenant: Tenant, body: RebillingSeed, *, app_id: str) -> dict[str, Any]:
    """The app's plans as this location's agency rebills them: subscription plans and usage meters (the meters
    a charge names by ``meterId`` are priced by them)."""
    app = app_of(tenant, app_id)
    usage = []
    for meter in body.usage:
        top = meter.maxPricePerUnit if meter.maxPricePerUnit is not None else max(meter.minPricePerUnit,
                                                                                   meter.fixedPricePerUnit)
        usage.append({**meter.model_dump(), "productName": meter.productName or meter.meterName,
                      # the official file spells the dynamic bounds as strings
                      "minPricePerUnit": _price_text(meter.minPricePerUnit), "maxPricePerUnit": _price_text(top)})
    plans = {"subscription": [p.model_dump() for p in body.subscription], "usage": usage}
    tenant.store.put(REBILLING, {"id": app["appId"], "plans": plans})
    return {"appId": app["appId"], "locationId": tenant.location_id, "plans": plans}


def _price_text(value: float) -> str:
    return format(value, "f").rstrip("0").rstrip(".") or "0"


def plans(tenant: Tenant, app_id: str) -> dict[str, Any] | None:
    """The app's plans at this location, None when none were set."""
    record = tenant.store.get(REBILLING, app_id)
    return record["plans"] if record else None


def rebilling_config(tenant: Tenant, client_id: str | None, app_id: str) -> dict[str, Any]:
    """The caller's app's plans at its location. DECISION: an app with none set has none (empty lists)."""
    app = own_app(tenant, client_id, app_id)
    installation(tenant, app)
    return {"plans": plans(tenant, app["appId"]) or {"subscription": [], "usage": []}}
