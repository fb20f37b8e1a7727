"""Bad input of every kind gets a clear GHL-shaped 4xx: never a 500, never a traceback."""

from __future__ import annotations

import pytest

# These tests send what GHL refuses on purpose: the plugin must not fail them for it.
pytestmark = pytest.mark.ghl_allow_violations


@pytest.fixture
def users_url():
    return "/users/"


def _create_user_body(ghl, **changes):
    body = {"companyId": ghl.company_id, "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
            "password": "s3cret-pass", "type": "account", "role": "user", "locationIds": [ghl.location_id]}
    body.update(changes)
    return body


def _assert_ghl_error(response, status):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["statusCode"] == status
    assert "Traceback" not in response.text
    assert body["traceId"]
    return body


def test_422_lists_every_violation_at_once_in_class_validators_words(ghl, ghl_client):
    body = _create_user_body(ghl, firstName=7, role="overlord", locationIds="nope", nickname="x")
    del body["email"]
    error = _assert_ghl_error(ghl_client.post("/users/", json=body), 422)
    assert error["error"] == "Unprocessable Entity"
    assert sorted(error["message"]) == sorted([
        "firstName must be a string",
        "email must be a string",
        "role must be one of the following values: admin, user",
        "locationIds must be an array",
        "property nickname should not exist",
    ])


def test_list_items_and_nested_objects_are_named_like_class_validator(ghl, ghl_client):
    body = _create_user_body(ghl, locationIds=[ghl.location_id, 5], permissions={"contactsEnabled": "yes", "x": 1})
    error = _assert_ghl_error(ghl_client.post("/users/", json=body), 422)
    assert "each value in locationIds must be a string" in error["message"]
    assert "permissions.contactsEnabled must be a boolean value" in error["message"]
    assert "property permissions.x should not exist" in error["message"]


def test_strict_types_no_silent_coercion(ghl, ghl_client):
    error = _assert_ghl_error(ghl_client.post("/users/search/filter-by-email", json={
        "companyId": ghl.company_id, "emails": "a@b.c", "deleted": "false"}, headers=ghl.headers(agency=True)), 422)
    assert error["message"] == ["deleted must be a boolean value"]


def test_query_parameters_are_validated_and_unknown_ones_refused(ghl, ghl_client):
    error = _assert_ghl_error(ghl_client.get("/locations/search", params={"limit": "ten", "colour": "red"}), 422)
    assert sorted(error["message"]) == ["limit must be a number string", "property colour should not exist"]


def test_malformed_json_is_a_400_like_express(ghl, ghl_client):
    error = _assert_ghl_error(ghl_client.post("/users/", content=b'{"firstName": "Ada",',
                                              headers={"Content-Type": "application/json"}), 400)
    assert error["message"].startswith("Unexpected token in JSON at position")


@pytest.mark.parametrize("raw", [b" ", b"\n\t \r\n"])
def test_a_json_body_of_only_whitespace_is_a_400_like_express(ghl, ghl_client, raw):
    """express's strict JSON parser refuses it (nothing written); only an empty body counts as no fields."""
    response = ghl_client.post("/contacts/", content=raw, headers={"Content-Type": "application/json"})
    assert _assert_ghl_error(response, 400)["message"] == "Unexpected end of JSON input"
    assert ghl_client.get("/contacts/", params={"locationId": ghl.location_id}).json()["contacts"] == []


def test_an_empty_json_body_is_no_fields(ghl, ghl_client):
    response = ghl_client.post("/contacts/", content=b"", headers={"Content-Type": "application/json"})
    assert response.status_code == 422  # validated as {}: the location is required, not a malformed body
    assert "locationId" in str(response.json()["message"])


@pytest.mark.parametrize("raw", [b"\xff\xfe{}", b'{"a": "\\ud800"}', b"[1, 2", b"nul", b"{'a': 1}"])
def test_undecodable_bodies_are_400(ghl_client, raw):
    _assert_ghl_error(ghl_client.post("/users/", content=raw, headers={"Content-Type": "application/json"}), 400)


def test_a_json_body_that_is_not_an_object_is_a_422(ghl_client):
    error = _assert_ghl_error(ghl_client.post("/users/", json=[1, 2, 3]), 422)
    assert error["message"]


def test_wrong_content_type_is_refused(ghl, ghl_client):
    error = _assert_ghl_error(ghl_client.post("/users/", content=b"firstName=Ada",
                                              headers={"Content-Type": "text/plain"}), 400)
    assert "application/json" in error["message"]


def test_huge_bodies_are_413_without_reading_them_whole(ghl_client, ghl):
    big = b'{"firstName": "' + b"a" * (3 * 1024 * 1024) + b'"}'
    error = _assert_ghl_error(ghl_client.post("/users/", content=big, headers={"Content-Type": "application/json"}), 413)
    assert error["message"] == "request entity too large"


def test_absurdly_deep_nesting_is_a_400(ghl_client):
    deep = "[" * 500 + "]" * 500
    error = _assert_ghl_error(ghl_client.post("/users/", content=deep.encode(),
                                              headers={"Content-Type": "application/json"}), 400)
    assert "nested" in error["message"]


@pytest.mark.parametrize("name", ["Zoë 🦄", "名前", "\u0000null\u0000", "a\u202eb", "x" * 5000])
def test_unicode_edge_cases_round_trip(ghl, ghl_client, name):
    response = ghl_client.post("/users/", json=_create_user_body(ghl, firstName=name, email=f"{len(name)}@x.io"))
    assert response.status_code == 201, response.text
    fetched = ghl_client.get(f"/users/{response.json()['id']}").json()
    assert fetched["firstName"] == name


@pytest.mark.parametrize("path", ["/users/%ff%fe", "/users/%00", "/users/" + "é" * 300, "/users/..%2F..%2Fetc"])
def test_odd_path_parameters_are_just_unknown_ids(ghl_client, path):
    response = ghl_client.get(path)
    assert response.status_code in (400, 404), response.text
    assert "Traceback" not in response.text


def test_every_response_has_a_json_body_and_a_trace_id(ghl, ghl_client):
    response = ghl_client.delete(f"/users/{ghl.user_id}")
    assert response.status_code == 200
    assert response.json()["succeded"] is True and response.json()["traceId"]


def test_unknown_routes_answer_like_nest(ghl_client):
    response = ghl_client.post("/calendars-nope/")
    assert response.status_code == 404
    assert response.json()["message"] == "Cannot POST /calendars-nope/"


def test_a_failing_handler_leaves_nothing_half_written(ghl, ghl_app, monkeypatch):
    """The handler writes, then fails: the write is undone and the client sees a clean 500."""
    from mock_server.apis.users import service

    original = service.public

    def explode(user):
        raise RuntimeError("boom after the write")

    monkeypatch.setattr(service, "public", explode)
    response = ghl.client().post("/users/", json=_create_user_body(ghl, email="half@x.io"))
    assert response.status_code == 500
    assert response.json()["message"] == "Internal server error" and "boom" not in response.text
    monkeypatch.setattr(service, "public", original)
    emails = [u["email"] for u in ghl.world.store.scan(ghl.company_id, "users")]
    assert "half@x.io" not in emails


# -- multipart/form-data (POST /oauth/token takes it) ----------------------------------------------
def _token_multipart(ghl_client, body: bytes, content_type: str = "multipart/form-data; boundary=B"):
    return ghl_client.post("/oauth/token", content=body, headers={"Content-Type": content_type})


def _part(name: str, value: bytes, *headers: bytes) -> bytes:
    head = b"".join(h + b"\r\n" for h in headers)
    return b'--B\r\nContent-Disposition: form-data; name="' + name.encode() + b'"\r\n' + head + b"\r\n" + value + b"\r\n"


def _code_exchange(ghl, ghl_client, secret: str | None = None) -> tuple[dict, dict]:
    app = ghl_client.post("/_mock/oauth/apps", json={"companyId": ghl.company_id, "clientSecret": secret}).json()
    code = ghl_client.post("/_mock/oauth/codes", json={"locationId": ghl.location_id,
                                                       "clientId": app["clientId"]}).json()
    return app, {"client_id": app["clientId"], "grant_type": "authorization_code", "code": code["code"],
                 "user_type": "Location"}


def test_a_multipart_token_request_is_read_like_a_form(ghl, ghl_client):
    app, fields = _code_exchange(ghl, ghl_client)
    body = b"".join(_part(k, v.encode()) for k, v in {**fields, "client_secret": app["clientSecret"]}.items())
    response = _token_multipart(ghl_client, body + b"--B--\r\n")
    assert response.status_code == 200, response.text
    assert response.json()["locationId"] == ghl.location_id


def test_a_multipart_part_is_decoded_by_its_charset(ghl, ghl_client):
    app, fields = _code_exchange(ghl, ghl_client, secret="s\u00e9cret-\u00fc")
    body = b"".join(_part(k, v.encode()) for k, v in fields.items())
    body += _part("client_secret", app["clientSecret"].encode("latin-1"), b"Content-Type: text/plain; charset=latin1")
    response = _token_multipart(ghl_client, body + b"--B--\r\n")
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("body, content_type, message", [
    (_part("client_id", b"abc", b"Content-Type: text/plain; charset=x-no-such-charset") + b"--B--\r\n", None,
     "Unsupported charset x-no-such-charset in a multipart/form-data part"),
    (_part("client_id", b"--C\r\nContent-Type: text/plain\r\n\r\nabc\r\n--C--", b"Content-Type: multipart/mixed; "
           b"boundary=C") + b"--B--\r\n", None, "Nested multipart parts are not supported"),
    (b'--B\r\nContent-Disposition: form-data; name="client_id"; filename="id.txt"\r\n\r\nabc\r\n--B--\r\n', None,
     "Unexpected field"),
    (_part("client_id", b"\xff\xfe") + b"--B--\r\n", None, "A multipart/form-data part is not valid utf-8"),
    (_part("client_id", b"abc"), None, "Unexpected end of form"),
    (b"client_id=abc", "multipart/form-data", "Multipart: Boundary not found"),
    (b'--B\r\nContent-Disposition: form-data; name="client_id"', None, "Unexpected end of form"),
    (b"--B\r\nno header end", None, "Malformed part header"),
    (b"--B\r\nContent-Disposition: attachment\r\n\r\nabc\r\n--B--\r\n", None, "Malformed part header"),
])
def test_a_malformed_multipart_body_is_a_400(ghl_client, body, content_type, message):
    response = _token_multipart(ghl_client, body, content_type or "multipart/form-data; boundary=B")
    error = _assert_ghl_error(response, 400)
    assert error["message"] == message
