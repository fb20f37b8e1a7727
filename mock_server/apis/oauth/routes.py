"""OAuth operations (oauth.json). The Python SDK's kebab-case paths are aliases of the same operations."""

from __future__ import annotations

from mock_server.apis.companies.service import COMPANY_NOT_FOUND
from mock_server.apis.oauth import models, service
from mock_server.platform.call import Call
from mock_server.platform.errors import BadRequest
from mock_server.platform.operations import AGENCY, Api

api = Api("oauth.json", tag="OAuth 2.0")

FORM = "application/x-www-form-urlencoded"


# DECISION: no Version header is required here. oauth.json declares no parameter at all on this operation
# (it does on the other two), GHL's OAuth guide shows the exchange without one, and public clients send none:
# requests-oauthlib, lamont703/Project_Client_Developer_Platform backend/api_logging/getTokens.js (axios code
# exchange), shagor-coder/project_codes penguin_pro/appointment_system/utils/get_access_token_by_rt.js (fetch
# refresh), Paul-Appleby/Quote-Agent src/codes.py (requests). A Version sent anyway is still honoured (v3 DTO).
@api.post("/oauth/token", "get-access-token", public=True, version_header=False, body=models.TokenForm,
          body_media_types=(FORM, "application/json", "multipart/form-data"),
          response=models.TokenResponse, summary="Get Access Token")
def get_access_token(call: Call) -> dict:
    """Exchange an authorization code, a refresh token, or the app's client credentials for tokens."""
    b = call.body
    if b.grant_type == "authorization_code":
        grant = service.exchange_code(call.world, client_id=b.client_id, client_secret=b.client_secret,
                                      code=b.code, redirect_uri=b.redirect_uri)
    elif b.grant_type == "refresh_token":
        grant = service.refresh(call.world, client_id=b.client_id, client_secret=b.client_secret,
                                refresh_token=b.refresh_token)
    else:
        grant = service.client_credentials(call.world, client_id=b.client_id, client_secret=b.client_secret)
    return service.as_v3(grant) if call.v3 else grant


@api.post("/oauth/locationToken", "get-location-access-token", scopes="oauth.write", tokens=AGENCY,
          aliases=("/oauth/location-token",), body=models.LocationTokenForm, body_media_types=(FORM, "application/json"),
          response=models.TokenResponse, status=201,
          notes=("Official file declares 200; the live API answers 201 (reported).",),
          summary="Get Location Access Token from Agency Token")
def get_location_token(call: Call) -> dict:
    b = call.body
    agency = call.named_agency(b.companyId)
    if agency is None:
        raise BadRequest(COMPANY_NOT_FOUND)
    grant = service.location_token(agency, agency_client_id=call.principal.client_id,
                                   agency_scopes=call.principal.scopes, location_id=b.locationId,
                                   user_id=call.principal.user_id)
    if call.v3:
        return service.as_v3(grant)
    grant.pop("refresh_token", None)  # the v2 DTO has no refresh token
    return grant


@api.get("/oauth/installedLocations", "get-installed-location", scopes="oauth.readonly", tokens=AGENCY,
         aliases=("/oauth/installed-locations",), query=models.InstalledLocationsQuery,
         response=models.InstalledLocationsResponse, summary="Get Location where app is installed")
def get_installed_locations(call: Call) -> dict:
    q = call.query
    agency = call.named_agency(q.companyId)
    rows = [] if agency is None else service.installed_locations(
        agency, app_id=q.appId, query=q.query, is_installed_filter=q.isInstalled,
        location_id=q.locationId, version_id=q.versionId, on_trial=q.onTrial, plan_id=q.planId)
    if call.v3:
        return service.v3_page(rows, page_size=q.pageSize, page_token=q.pageToken)
    return service.v2_page(rows, skip=int(q.skip), limit=int(q.limit))
