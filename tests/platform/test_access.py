"""Version header, tokens and token classes, end to end over HTTP, with GHL's exact texts."""

from __future__ import annotations

import pytest

from mock_server.platform.access import ACCEPTED_VERSIONS

# These tests send what GHL refuses on purpose: the plugin must not fail them for it.
pytestmark = pytest.mark.ghl_allow_violations

INVALID_JWT = "Invalid JWT"


def _get_location(ghl, headers):
    return ghl.client().get(f"/locations/{ghl.location_id}", headers=headers)


@pytest.mark.parametrize("version", ACCEPTED_VERSIONS)
def test_every_published_version_is_accepted_on_every_operation(ghl, version):
    client = ghl.client(version=version)
    assert client.get(f"/locations/{ghl.location_id}").status_code == 200
    assert client.get(f"/users/{ghl.user_id}").status_code == 200


def test_missing_version_header_is_refused_with_ghls_401(ghl):
    client = ghl.client()
    del client.headers["Version"]
    response = client.get(f"/locations/{ghl.location_id}")
    assert response.status_code == 401
    assert response.json() == {"statusCode": 401, "message": "version header was not found.",
                               "error": "Unauthorized", "traceId": response.json()["traceId"]}


@pytest.mark.parametrize("version", ["2020-01-01", "v2", "", "2021-07-28x"])
def test_unpublished_version_is_refused(ghl, version):
    response = ghl.client(version=version).get(f"/locations/{ghl.location_id}")
    assert response.status_code == 401
    assert response.json()["message"] == "version header is invalid"


def test_version_is_checked_before_the_token(ghl):
    client = ghl.client(token="garbage")
    del client.headers["Version"]
    assert client.get(f"/locations/{ghl.location_id}").json()["message"] == "version header was not found."


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer ", "Basic abc", "Bearer not-a-jwt",
                                           "Bearer eyJhbGciOiJIUzI1NiJ9.e30.wrongsignature", "Bearer pit-unknown"])
def test_malformed_or_unknown_tokens_get_invalid_jwt(ghl, authorization):
    client = ghl.client()
    if authorization is None:
        del client.headers["Authorization"]
    else:
        client.headers["Authorization"] = authorization
    response = client.get(f"/locations/{ghl.location_id}")
    assert response.status_code == 401
    assert response.json()["message"] == INVALID_JWT


def test_a_token_signed_by_another_server_is_invalid(ghl):
    import jwt

    forged = jwt.encode({"authClass": "Location", "companyId": ghl.company_id, "locationId": ghl.location_id,
                         "oauthMeta": {"scopes": ["locations.readonly"]}, "tokenType": "access",
                         "exp": 4102444800, "jti": "x"}, "someone-elses-secret-of-32-bytes-or-more", algorithm="HS256")
    response = ghl.client(token=forged).get(f"/locations/{ghl.location_id}")
    assert response.status_code == 401 and response.json()["message"] == INVALID_JWT


def test_access_token_expires_after_one_day_of_mock_time(ghl):
    # minted with the platform's default lifetime (the plugin's own test tokens outlive time travel)
    token = ghl.world.tokens.mint(user_type="Location", company_id=ghl.company_id,
                                  location_id=ghl.location_id)["access_token"]
    client = ghl.client(token=token)
    ghl.advance(86399 - 5)
    assert client.get(f"/locations/{ghl.location_id}").status_code == 200
    ghl.advance(10)
    response = client.get(f"/locations/{ghl.location_id}")
    assert response.status_code == 401 and response.json()["message"] == INVALID_JWT


def test_a_pit_never_expires_unless_asked(ghl):
    pit = ghl.token(kind="pit")
    assert pit.startswith("pit-")
    ghl.advance(400 * 86400)
    assert ghl.client(token=pit).get(f"/locations/{ghl.location_id}").status_code == 200
    short = ghl.token(kind="pit", expires_in=60)
    ghl.advance(61)
    assert ghl.client(token=short).get(f"/locations/{ghl.location_id}").json()["message"] == INVALID_JWT


def test_a_refresh_token_is_not_an_access_token(ghl):
    grant = ghl.world.tokens.mint(user_type="Location", company_id=ghl.company_id, location_id=ghl.location_id)
    response = ghl.client(token=grant["refresh_token"]).get(f"/locations/{ghl.location_id}")
    assert response.status_code == 401 and response.json()["message"] == INVALID_JWT


def test_revoked_tokens_are_refused(ghl, ghl_app):
    token, pit = ghl.token(), ghl.token(kind="pit")
    control = ghl.client()
    for t in (token, pit):
        assert control.post("/_mock/tokens/revoke", json={"token": t}).json() == {"revoked": True}
        response = ghl.client(token=t).get(f"/locations/{ghl.location_id}")
        assert response.status_code == 401 and response.json()["message"] == INVALID_JWT


def test_agency_oauth_token_on_a_sub_account_operation(ghl):
    response = ghl.client(agency=True).get(f"/locations/{ghl.location_id}/customFields")
    assert response.status_code == 401
    assert response.json()["message"] == ("This authClass type is not allowed to access this scope. "
                                          "Please verify your IAM configuration if this is not the case.")


def test_agency_pit_on_a_sub_account_operation(ghl):
    pit = ghl.world.tokens.mint(user_type="Company", company_id=ghl.company_id, kind="pit")["access_token"]
    response = ghl.client(token=pit).get("/users/", params={"locationId": ghl.location_id})
    assert response.status_code == 401
    assert response.json()["message"] == "Token's user type mismatch!"


def test_sub_account_token_on_an_agency_operation(ghl):
    response = ghl.client().get(f"/companies/{ghl.company_id}")
    assert response.status_code == 401
    assert "authClass type is not allowed" in response.json()["message"]


def test_tokens_of_a_deleted_tenant_stop_working(ghl):
    from mock_server.control.tenants import delete_tenant

    token = ghl.token()
    delete_tenant(ghl.world, ghl.company_id)
    assert ghl.client(token=token).get(f"/locations/{ghl.location_id}").json()["message"] == INVALID_JWT


def test_a_deleted_agencys_pit_does_not_come_back_with_an_agency_of_the_same_ids(ghl_app):
    from mock_server.testing import GhlTenant

    first = GhlTenant(ghl_app, seed="tests/platform/test_access.py::same ids")
    pit = first.pit()
    first.close()
    again = GhlTenant(ghl_app, seed="tests/platform/test_access.py::same ids")  # a re-run of the same test
    try:
        assert again.location_id == first.location_id
        response = again.client(token=pit).get(f"/locations/{again.location_id}")
        assert response.status_code == 401 and response.json()["message"] == INVALID_JWT
    finally:
        again.close()


def test_verified_tokens_are_cached_least_recently_used_first_within_a_bound(ghl, monkeypatch):
    from mock_server.platform import tokens

    monkeypatch.setattr(tokens, "VERIFIED_TOKENS", 3)
    minted = [ghl.token(expires_in=3600 + n) for n in range(5)]
    for token in minted:
        assert ghl.client(token=token).get(f"/locations/{ghl.location_id}").status_code == 200
    assert len(ghl.world.tokens._verified) == 3
    # the first ones were dropped from the cache, not refused: verified again on their next use
    assert ghl.client(token=minted[0]).get(f"/locations/{ghl.location_id}").status_code == 200
