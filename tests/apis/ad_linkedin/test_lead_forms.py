"""Lead gen forms: created on one of the integration's ad accounts, listed per account, owned by that account."""

from __future__ import annotations

from mock_server.apis.ad_linkedin.demo import lead_form

BASE = "/ad-publishing/linkedin"


def test_a_created_form_is_listed_on_its_account_only(ghl):
    ghl.linkedin_connection(adAccounts=[{"id": "700", "name": "A"}, {"id": "701", "name": "B"}])
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    created = api.post(f"{BASE}/700/form", params=loc, json=lead_form("700", "Get a demo"))
    assert created.status_code == 201
    form = created.json()
    assert (form["name"], form["state"], form["owner"], form["urn"]) == \
        ("Get a demo", "PUBLISHED", {"sponsoredAccount": "urn:li:sponsoredAccount:700"}, f"urn:li:adForm:{form['id']}")
    assert form["content"]["questions"][0]["name"] == "email"
    assert [f["id"] for f in api.get(f"{BASE}/700/forms", params=loc).json()["elements"]] == [form["id"]]
    assert api.get(f"{BASE}/701/forms", params=loc).json()["elements"] == []


def test_the_owner_and_the_account_must_be_the_locations(ghl):
    ghl.linkedin_connection(adAccounts=[{"id": "700", "name": "A"}])
    api, loc = ghl.client(), {"locationId": ghl.location_id}
    mismatch = api.post(f"{BASE}/700/form", params=loc, json=lead_form("701", "x"))
    assert (mismatch.status_code, mismatch.json()["message"]) == \
        (400, "owner.sponsoredAccount must be the ad account of the path")
    bare_id = lead_form("700", "x") | {"owner": {"sponsoredAccount": "700"}}
    assert api.post(f"{BASE}/700/form", params=loc, json=bare_id).status_code == 201
    assert api.get(f"{BASE}/999/forms", params=loc).json()["message"] == "Ad account not found"
    assert api.post(f"{BASE}/999/form", params=loc, json=lead_form("999", "x")).status_code == 400


def test_forms_stay_in_their_location(ghl):
    form = ghl.linkedin_lead_form()
    account = ghl.linkedin_integration()["adAccountId"]
    other = ghl.location()["id"]
    foreign = ghl.client(token=ghl.token(location_id=other))
    assert foreign.get(f"{BASE}/{account}/forms", params={"locationId": ghl.location_id}).status_code == 403
    ghl_other = {"locationId": other}
    assert foreign.get(f"{BASE}/{account}/forms", params=ghl_other).status_code == 400  # not connected there
    assert form["id"]


def test_creating_needs_the_write_scope(ghl):
    account = ghl.linkedin_integration()["adAccountId"]
    reader = ghl.client(scopes=["adPublishing.readonly"])
    loc = {"locationId": ghl.location_id}
    assert reader.post(f"{BASE}/{account}/form", params=loc, json=lead_form(account, "x")).status_code == 401
    assert reader.get(f"{BASE}/{account}/forms", params=loc).status_code == 200
