"""External-auth migration (marketplace.json): an app hands GHL the credentials it kept for a location."""

from __future__ import annotations

import pytest

MIGRATION = "/marketplace/external-auth/migration"


def _body(ghl, app, **fields):
    return {"type": "oauth2", "locationId": ghl.location_id, "appId": app.app_id, "appVersionId": app.version_id,
            "accountId": "acct-1", "accessToken": "at-1", "refreshToken": "rt-1"} | fields


def _connections(ghl):
    return ghl.client().get(f"/_mock/locations/{ghl.location_id}/marketplace/connections").json()["connections"]


def test_a_migrated_connection_is_kept_and_a_second_migration_replaces_it(ghl, app, as_app):
    first = as_app.post(MIGRATION, json=_body(ghl, app, isDefault=True))
    assert first.status_code == 201, first.text
    assert first.json()["success"] is True
    again = as_app.post(MIGRATION, json=_body(ghl, app, accessToken="at-2", displayName="Main account"))
    assert again.json()["identifier"] == first.json()["identifier"]
    [kept] = _connections(ghl)
    assert (kept["accessToken"], kept["displayName"], kept["type"]) == ("at-2", "Main account", "oauth2")


def test_one_default_connection_per_app(ghl, app, as_app):
    as_app.post(MIGRATION, json=_body(ghl, app, isDefault=True))
    as_app.post(MIGRATION, json=_body(ghl, app, type="basic", accountId="acct-2", accessToken=None, refreshToken=None,
                                      apiKey="k", isDefault=True) | {"accessToken": None})
    assert [(c["accountId"], c["isDefault"]) for c in _connections(ghl)] in (
        [("acct-1", False), ("acct-2", True)],)


@pytest.mark.parametrize(("fields", "status", "message"), [
    ({"appId": "000000000000000000000000"}, 404, "App not found"),
    ({"appVersionId": "v-other"}, 400, "appVersionId does not belong to the app"),
    ({"refreshToken": None}, 400, "accessToken and refreshToken are required when type is oauth2"),
    ({"apiKey": "k"}, 400, "Auth type mismatch: basic credentials sent for a oauth2 connection"),
    ({"type": "basic", "accessToken": None, "refreshToken": None}, 400,
     "apiKey or basicCredentials is required when type is basic"),
])
def test_bad_migrations_are_refused_and_keep_nothing(ghl, app, as_app, fields, status, message):
    body = {k: v for k, v in _body(ghl, app, **fields).items() if v is not None}
    answer = as_app.post(MIGRATION, json=body)
    assert (answer.status_code, answer.json()["message"]) == (status, message)
    assert _connections(ghl) == []
