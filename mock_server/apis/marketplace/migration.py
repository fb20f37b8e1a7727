"""External authentication connections migrated into GHL by an app (``POST /marketplace/external-auth/migration``).

An app that authenticated its users on its own (an API key, basic credentials, or its own OAuth2 tokens)
hands those credentials to GHL, which keeps them as the location's connection for the app. GHL's API never
reads them back; the control plane shows them (``GET /_mock/locations/{locationId}/marketplace/connections``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.marketplace import apps
from mock_server.apis.marketplace.tables import CONNECTIONS
from mock_server.apis.oauth import service as oauth
from mock_server.platform.errors import BadRequest, NotFound
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts are not known; the official file documents a 404 "App not found" and a 400 for
# "invalid input or auth type mismatch".
OAUTH2_TOKENS_REQUIRED = "accessToken and refreshToken are required when type is oauth2"
BASIC_CREDENTIALS_REQUIRED = "apiKey or basicCredentials is required when type is basic"
AUTH_TYPE_MISMATCH = "Auth type mismatch: {given} credentials sent for a {type} connection"
BAD_VERSION = "appVersionId does not belong to the app"
MIGRATED = "Connection migrated"

_OAUTH2_FIELDS = ("accessToken", "refreshToken", "expiryIn", "expiryAt", "scopes")
_BASIC_FIELDS = ("apiKey", "basicCredentials")


def migrate(tenant: Tenant, body: Any) -> dict[str, Any]:
    """Keep the connection for (app, location, accountId): a second migration of the same account replaces
    the first and answers the same identifier (DECISION). ``isDefault`` makes it the location's only default
    connection for the app."""
    app = oauth.app_by_id(tenant.world, body.appId)
    if app is None:
        raise NotFound(apps.APP_NOT_FOUND)
    if body.appVersionId != app["versionId"]:
        raise BadRequest(BAD_VERSION)
    apps.installation(tenant, app)
    sent = body.model_dump(exclude_none=True)
    _check_credentials(body.type, sent)
    existing = next((c for c in tenant.store.find(CONNECTIONS, "appId", app["appId"])
                     if c["accountId"] == body.accountId), None)
    identifier = existing["id"] if existing else tenant.new_id()
    if body.isDefault:
        for other in tenant.store.find(CONNECTIONS, "appId", app["appId"]):
            if other["id"] != identifier and other["isDefault"]:
                tenant.store.put(CONNECTIONS, {**other, "isDefault": False})
    fields = _OAUTH2_FIELDS if body.type == "oauth2" else _BASIC_FIELDS
    tenant.store.put(CONNECTIONS, {
        "id": identifier, "appId": app["appId"], "appVersionId": body.appVersionId, "locationId": tenant.location_id,
        "type": body.type, "accountId": body.accountId, "displayName": body.displayName or body.accountId,
        "isDefault": bool(body.isDefault), **{k: sent[k] for k in fields if k in sent},
    })
    return {"success": True, "identifier": identifier, "message": MIGRATED}


def _check_credentials(kind: str, sent: dict[str, Any]) -> None:
    if kind == "oauth2":
        if any(k in sent for k in _BASIC_FIELDS):
            raise BadRequest(AUTH_TYPE_MISMATCH.format(given="basic", type=kind))
        if not sent.get("accessToken") or not sent.get("refreshToken"):
            raise BadRequest(OAUTH2_TOKENS_REQUIRED)
    else:
        if any(k in sent for k in _OAUTH2_FIELDS):
            raise BadRequest(AUTH_TYPE_MISMATCH.format(given="oauth2", type=kind))
        if not sent.get("apiKey") and not sent.get("basicCredentials"):
            raise BadRequest(BASIC_CREDENTIALS_REQUIRED)


def connections(tenant: Tenant) -> dict[str, Any]:
    """The location's migrated connections, credentials included (the control plane's view)."""
    return {"connections": tenant.store.scan(CONNECTIONS)}
