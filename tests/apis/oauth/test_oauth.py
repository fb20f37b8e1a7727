"""OAuth end to end over HTTP: authorization codes, refresh rotation, client credentials, the
agency-to-location exchange and installed locations, in both SDKs' spellings."""

from __future__ import annotations

import httpx
import jwt
import pytest

from mock_server.control.tenants import default_app
from mock_server.testing.tenant import GhlTenant
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport


@pytest.fixture
def app_client(ghl_app):
    """A tenant whose agency owns a registered Marketplace app installed on its location."""
    tenant = GhlTenant(ghl_app, seed="oauth-owner")
    control = tenant.client()
    app = control.post("/_mock/oauth/apps", json={"name": "My app", "companyId": tenant.company_id}).json()
    control.post("/_mock/oauth/codes", json={"clientId": app["clientId"], "companyId": tenant.company_id})
    yield tenant, app, control
    tenant.close()


def _code(control, app, **where):
    return control.post("/_mock/oauth/codes", json={"clientId": app["clientId"], **where}).json()["code"]


def _token(control, form, version="2021-07-28"):
    return control.post("/oauth/token", data=form, headers={"Version": version, "Authorization": ""})


def test_authorization_code_flow_snake_case(app_client):
    tenant, app, control = app_client
    code = _code(control, app, locationId=tenant.location_id)
    response = _token(control, {"client_id": app["clientId"], "client_secret": app["clientSecret"],
                                "grant_type": "authorization_code", "code": code, "user_type": "Location"})
    assert response.status_code == 200, response.text
    grant = response.json()
    assert grant["userType"] == "Location" and grant["locationId"] == tenant.location_id
    assert grant["token_type"] == "Bearer" and grant["expires_in"] == 86399
    assert "contacts.readonly" in grant["scope"].split() or grant["scope"]
    api = tenant.client(token=grant["access_token"])
    assert api.get(f"/locations/{tenant.location_id}").status_code == 200


def test_a_code_works_once(app_client):
    tenant, app, control = app_client
    form = {"client_id": app["clientId"], "client_secret": app["clientSecret"],
            "grant_type": "authorization_code", "code": _code(control, app, locationId=tenant.location_id)}
    assert _token(control, form).status_code == 200
    again = _token(control, form)
    assert again.status_code == 401
    assert again.json() == {"error": "UnAuthorized!", "error_description": "Authorization code not found"}


def test_the_code_is_checked_before_the_client(app_client):
    tenant, app, control = app_client
    bogus = {"client_id": "nope", "client_secret": "nope", "grant_type": "authorization_code", "code": "bogus"}
    assert _token(control, bogus).json()["error_description"] == "Authorization code not found"
    form = {**bogus, "code": _code(control, app, locationId=tenant.location_id)}
    assert _token(control, form).json()["error_description"] == "Invalid client credentials"


def test_codes_expire(app_client):
    tenant, app, control = app_client
    code = _code(control, app, locationId=tenant.location_id)
    tenant.advance(601)
    form = {"client_id": app["clientId"], "client_secret": app["clientSecret"],
            "grant_type": "authorization_code", "code": code}
    assert _token(control, form).status_code == 401


def test_refresh_rotates_the_pair_and_burns_the_old_refresh_token(app_client):
    tenant, app, control = app_client
    first = _token(control, {"clientId": app["clientId"], "clientSecret": app["clientSecret"],
                             "grantType": "authorization_code",
                             "code": _code(control, app, companyId=tenant.company_id)}).json()
    assert first["userType"] == "Company" and tenant.location_id in first["approvedLocations"]
    # The Python SDK's spelling: camelCase fields.
    refresh = {"clientId": app["clientId"], "clientSecret": app["clientSecret"], "grantType": "refresh_token",
               "refreshToken": first["refresh_token"], "userType": "Company"}
    second = _token(control, refresh)
    assert second.status_code == 200, second.text
    assert second.json()["refresh_token"] != first["refresh_token"]
    assert second.json()["access_token"] != first["access_token"]
    reused = _token(control, refresh)
    assert reused.status_code == 401 and reused.json()["error"] == "UnAuthorized!"
    # the new refresh token works once more
    refresh["refreshToken"] = second.json()["refresh_token"]
    assert _token(control, refresh).status_code == 200


def test_refresh_tokens_expire_after_a_year(app_client):
    tenant, app, control = app_client
    grant = _token(control, {"client_id": app["clientId"], "client_secret": app["clientSecret"],
                             "grant_type": "authorization_code",
                             "code": _code(control, app, locationId=tenant.location_id)}).json()
    tenant.advance(366 * 86400)
    response = _token(control, {"client_id": app["clientId"], "client_secret": app["clientSecret"],
                                "grant_type": "refresh_token", "refresh_token": grant["refresh_token"]})
    assert response.status_code == 401


def test_a_refresh_token_of_another_app_is_refused(app_client, ghl):
    tenant, app, control = app_client
    other = control.post("/_mock/oauth/apps", json={"name": "Other", "companyId": tenant.company_id}).json()
    grant = _token(control, {"client_id": app["clientId"], "client_secret": app["clientSecret"],
                             "grant_type": "authorization_code",
                             "code": _code(control, app, locationId=tenant.location_id)}).json()
    response = _token(control, {"client_id": other["clientId"], "client_secret": other["clientSecret"],
                                "grant_type": "refresh_token", "refresh_token": grant["refresh_token"]})
    assert response.status_code == 401


def test_client_credentials_gives_the_owning_agency_a_token(app_client):
    tenant, app, control = app_client
    response = _token(control, {"client_id": app["clientId"], "client_secret": app["clientSecret"],
                                "grant_type": "client_credentials"})
    assert response.status_code == 200
    assert response.json()["userType"] == "Company" and response.json()["companyId"] == tenant.company_id


def test_v3_answers_the_v3_dto(app_client):
    tenant, app, control = app_client
    response = control.post("/oauth/token", json={
        "clientId": app["clientId"], "clientSecret": app["clientSecret"], "grantType": "authorization_code",
        "code": _code(control, app, locationId=tenant.location_id)}, headers={"Version": "v3"})
    assert response.status_code == 200, response.text
    assert {"accessToken", "refreshToken", "expiresIn", "tokenType"} <= set(response.json())


@pytest.mark.ghl_allow_violations("missing_required")  # leaves fields out on purpose
def test_missing_form_fields_are_422(ghl_client):
    response = ghl_client.post("/oauth/token", data={"grant_type": "refresh_token"})
    assert response.status_code == 422
    assert sorted(response.json()["message"]) == ["client_id must be a string", "client_secret must be a string"]


@pytest.mark.parametrize("path", ["/oauth/locationToken", "/oauth/location-token"])
def test_agency_token_exchanged_for_a_location_token(ghl, path):
    agency = ghl.client(agency=True)
    response = agency.post(path, data={"companyId": ghl.company_id, "locationId": ghl.location_id})
    assert response.status_code == 201, response.text
    grant = response.json()
    assert grant["userType"] == "Location" and grant["locationId"] == ghl.location_id
    assert {"oauth.readonly", "oauth.write"} <= set(grant["scope"].split())  # observed live: the exchange adds them
    assert "refresh_token" not in grant
    location = ghl.client(token=grant["access_token"])
    assert location.get(f"/locations/{ghl.location_id}/customFields").status_code == 200


def test_exchange_refuses_locations_of_other_agencies_and_location_tokens(ghl, ghl_app):
    other = GhlTenant(ghl_app, seed="exchange-other")
    try:
        agency = ghl.client(agency=True)
        foreign = agency.post("/oauth/locationToken", data={"companyId": ghl.company_id, "locationId": other.location_id})
        assert foreign.status_code == 403
        as_location = ghl.client().post("/oauth/locationToken",
                                        data={"companyId": ghl.company_id, "locationId": ghl.location_id})
        assert as_location.status_code == 401
    finally:
        other.close()


def test_an_agency_pit_cannot_mint_location_tokens(ghl):
    pit = ghl.world.tokens.mint(user_type="Company", company_id=ghl.company_id, kind="pit")["access_token"]
    response = ghl.client(token=pit).post("/oauth/locationToken",
                                          data={"companyId": ghl.company_id, "locationId": ghl.location_id})
    assert response.status_code == 401
    assert response.json()["message"] == "The token is not authorized for this scope."


def test_installed_locations_v2_and_v3(ghl, ghl_app):
    assert default_app(ghl.world) is not None  # tenants get the default app; here: register another one
    control = ghl.client()
    created = control.post("/_mock/oauth/apps", json={"name": "Installer", "companyId": ghl.company_id}).json()
    control.post("/_mock/oauth/codes", json={"clientId": created["clientId"], "locationId": ghl.location_id})
    agency = ghl.client(agency=True)
    v2 = agency.get("/oauth/installedLocations", params={"companyId": ghl.company_id, "appId": created["appId"]})
    assert v2.status_code == 200, v2.text
    assert v2.json()["count"] == 1 and v2.json()["locations"][0]["_id"] == ghl.location_id
    assert v2.json()["locations"][0]["isInstalled"] is True
    v3 = ghl.client(agency=True, version="v3").get(
        "/oauth/installed-locations", params={"companyId": ghl.company_id, "appId": created["appId"], "pageSize": 10})
    assert v3.status_code == 200, v3.text
    assert v3.json()["items"][0]["_id"] == ghl.location_id and v3.json()["pagination"]["hasNextPage"] is False


# -- clients as public OAuth code writes them -------------------------------------------------
def _public_client(ghl) -> httpx.Client:
    """What requests-oauthlib or a hand-written axios/httpx exchange sends: a form, no Version, no token."""
    return httpx.Client(transport=InProcessTransport(ghl.app), base_url=GHL_BASE_URL)


def test_a_public_client_exchanges_and_refreshes_without_a_version_header(ghl):
    app = default_app(ghl.world)
    code = ghl.client().post("/_mock/oauth/codes", json={"locationId": ghl.location_id}).json()["code"]
    with _public_client(ghl) as public:
        exchanged = public.post("/oauth/token", data={
            "client_id": app["id"], "client_secret": app["clientSecret"], "grant_type": "authorization_code",
            "code": code, "user_type": "Location"})
        assert exchanged.status_code == 200, exchanged.text
        refreshed = public.post("/oauth/token", data={
            "client_id": app["id"], "client_secret": app["clientSecret"], "grant_type": "refresh_token",
            "refresh_token": exchanged.json()["refresh_token"]})
    assert refreshed.status_code == 200, refreshed.text
    assert refreshed.json()["access_token"] != exchanged.json()["access_token"]
    api = ghl.client(token=refreshed.json()["access_token"])
    assert api.get(f"/locations/{ghl.location_id}").status_code == 200
    # ghl's teardown fails the test on any violation: the missing Version is none


@pytest.mark.parametrize("where", ["locationId", "companyId"])
def test_a_code_minted_without_a_user_answers_the_installing_admin(ghl, where):
    app = default_app(ghl.world)
    tenant_id = ghl.location_id if where == "locationId" else ghl.company_id
    code = ghl.client().post("/_mock/oauth/codes", json={where: tenant_id}).json()["code"]
    with _public_client(ghl) as public:
        grant = public.post("/oauth/token", data={
            "client_id": app["id"], "client_secret": app["clientSecret"], "grant_type": "authorization_code",
            "code": code}).json()
    assert grant["userId"] == ghl.user_id  # the agency's admin, who stands in for the consenting user
    claims = jwt.decode(grant["access_token"], options={"verify_signature": False})
    assert claims["userId"] == ghl.user_id


def test_a_client_secret_with_non_ascii_characters_is_compared_not_crashed_on(app_client):
    tenant, app, control = app_client
    code = _code(control, app, locationId=tenant.location_id)
    response = _token(control, {"client_id": app["clientId"], "client_secret": "sécret-ü",
                                "grant_type": "authorization_code", "code": code, "user_type": "Location"})
    assert response.status_code == 401, response.text
    assert response.json() == {"error": "UnAuthorized!", "error_description": response.json()["error_description"]}


def test_uninstalling_cuts_the_apps_tokens_there_and_a_reinstall_works(ghl):
    """The control plane's uninstall (the same domain function as DELETE /marketplace/app/{appId}/installations)."""
    ghl.freeze()  # everything below happens in the same instant: tokens are told apart by install, not by time
    app = ghl.install_app()
    other = ghl.install_app()
    check = "/marketplace/billing/charges/has-funds"
    assert ghl.client(token=app.access_token).get(check).status_code == 200
    control = ghl.client()
    control.post("/_mock/oauth/uninstall", json={"clientId": app.client_id, "locationId": ghl.location_id})
    cut = ghl.client(token=app.access_token).get(check)
    assert (cut.status_code, cut.json()["message"]) == (401, "Invalid JWT")
    refresh = {"client_id": app.client_id, "client_secret": app.client_secret, "grant_type": "refresh_token"}
    assert control.post("/oauth/token", data={**refresh, "refresh_token": app.refresh_token}).status_code == 401
    assert ghl.client(token=other.access_token).get(check).status_code == 200  # other apps keep theirs

    code = control.post("/_mock/oauth/codes", json={"clientId": app.client_id, "locationId": ghl.location_id})
    grant = control.post("/oauth/token", data={"client_id": app.client_id, "client_secret": app.client_secret,
                                               "grant_type": "authorization_code", "code": code.json()["code"]}).json()
    assert ghl.client(token=grant["access_token"]).get(check).status_code == 200
    renewed = control.post("/oauth/token", data={**refresh, "refresh_token": grant["refresh_token"]})
    assert renewed.status_code == 200 and ghl.client(token=renewed.json()["access_token"]).get(check).status_code == 200
    assert ghl.client(token=app.access_token).get(check).status_code == 401  # the old install's stay cut


def test_an_agency_uninstall_cuts_the_location_tokens_it_exchanged(ghl):
    app = ghl.install_app(agency=True)
    location_token = ghl.client(token=app.access_token).post(
        "/oauth/locationToken", data={"companyId": ghl.company_id, "locationId": ghl.location_id}).json()
    check = "/marketplace/billing/charges/has-funds"
    assert ghl.client(token=location_token["access_token"]).get(check).status_code == 200
    ghl.uninstall_app(app, agency=True)
    assert ghl.client(token=location_token["access_token"]).get(check).status_code == 401
    assert ghl.client(token=app.access_token).get(f"/marketplace/app/{app.app_id}/installations").status_code == 401
