"""Facebook custom audiences (ad-manager.json): seeded, listed, read, renamed, filled with contacts, deleted."""

from __future__ import annotations

import pytest

BASE = "/ad-publishing/facebook/custom-audience"


def _read(ghl, audience_id):
    return ghl.client().get(f"{BASE}/{audience_id}", params={"locationId": ghl.location_id})


def test_seeded_audiences_are_listed_by_kind_and_ad_account(ghl):
    custom = ghl.facebook_custom_audience(name="Past clients")
    lookalike = ghl.facebook_custom_audience(name="Past clients lookalike", subtype="LOOKALIKE", source="integration")
    api = ghl.client()
    assert "adAccountId" not in custom and "memberIds" not in custom  # what the mock keeps, GHL does not answer

    def listed(**query):
        params = {"locationId": ghl.location_id, "type": "all", "adAccountId": _account(ghl), **query}
        return [a["id"] for a in api.get(BASE, params=params).json()]

    assert listed() == [custom["id"], lookalike["id"]]
    assert listed(type="lookalike") == [lookalike["id"]]
    assert listed(type="custom") == [custom["id"]]
    assert listed(source="integration") == [lookalike["id"]]
    assert listed(adAccountId="act_999") == []
    unknown = ghl.client().post(f"/_mock/locations/{ghl.location_id}/facebook/custom-audiences",
                                json={"name": "x", "adAccountId": "act_999"})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Ad account not found")
    item = api.get(BASE, params={"locationId": ghl.location_id, "type": "custom", "adAccountId": _account(ghl)}).json()
    assert item[0]["subtype"] == "CUSTOM" and "customerFileSource" not in item[0]  # the detail is the read by id's
    assert _read(ghl, custom["id"]).json()["customerFileSource"] == "USER_PROVIDED_ONLY"


def _account(ghl):
    return ghl.facebook_campaign()["fbAdAccountId"]  # the location's ad account, as its campaigns name it


def test_members_are_the_locations_contacts(ghl):
    audience, contact = ghl.facebook_custom_audience(), ghl.contact()
    api, body = ghl.client(), {"locationId": ghl.location_id, "contactId": contact["id"]}
    added = api.put(f"{BASE}/{audience['id']}/member", json=body)
    assert added.json() | {"traceId": None} == {"status": 200, "msg": "Successfully updated audience", "traceId": None}
    api.put(f"{BASE}/{audience['id']}/member", json=body)  # twice is once
    assert _read(ghl, audience["id"]).json()["approximateCountLowerBound"] == 1
    unknown = api.put(f"{BASE}/{audience['id']}/member", json={**body, "contactId": "nope"})
    assert unknown.status_code == 400

    removed = api.request("DELETE", f"{BASE}/{audience['id']}/member", json=body)
    assert removed.status_code == 200
    assert _read(ghl, audience["id"]).json()["approximateCountUpperBound"] == 0
    assert api.request("DELETE", f"{BASE}/{audience['id']}/member", json=body).status_code == 200


def test_a_deleted_contact_leaves_the_audience(ghl):
    audience, contact = ghl.facebook_custom_audience(), ghl.contact()
    api = ghl.client()
    api.put(f"{BASE}/{audience['id']}/member", json={"locationId": ghl.location_id, "contactId": contact["id"]})
    api.delete(f"/contacts/{contact['id']}")
    assert _read(ghl, audience["id"]).json()["approximateCountLowerBound"] == 0


@pytest.mark.ghl_allow_violations("invalid_value")
def test_batch_updates_are_recorded_as_the_audience_source(ghl):
    audience, api = ghl.facebook_custom_audience(), ghl.client()
    where = {"locationId": ghl.location_id}
    sourceless = api.put(f"{BASE}/{audience['id']}/member/batch", json={**where, "operationType": "ADD"})
    assert (sourceless.status_code, sourceless.json()["message"]) == (400, "Either csvPath or smartlistIds is required")
    bad = api.put(f"{BASE}/{audience['id']}/member/batch", json={**where, "operationType": "MERGE", "csvPath": "x"})
    assert bad.status_code == 422
    queued = api.put(f"{BASE}/{audience['id']}/member/batch",
                     json={**where, "operationType": "ADD", "smartlistIds": ["list_1"], "dynamicAudience": "true"})
    assert (queued.status_code, queued.json()["success"]) == (200, True)
    extras = _read(ghl, audience["id"]).json()["extras"]
    assert (extras["type"], extras["smartLists"], extras["dynamic"]) == ("SMARTLIST", [{"id": "list_1"}], True)


def test_rename_then_delete(ghl):
    audience, api = ghl.facebook_custom_audience(name="Old"), ghl.client()
    ghl.advance(seconds=5)
    renamed = api.put(f"{BASE}/{audience['id']}", json={"locationId": ghl.location_id, "name": "New",
                                                        "description": "Buyers"})
    assert renamed.json()["msg"] == "Successfully updated audience"
    read = _read(ghl, audience["id"]).json()
    assert (read["name"], read["description"]) == ("New", "Buyers")
    assert read["timeUpdated"] > read["timeCreated"]
    deleted = api.delete(f"{BASE}/{audience['id']}", params={"locationId": ghl.location_id})
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    gone = _read(ghl, audience["id"])
    assert (gone.status_code, gone.json()["message"]) == (400, "Custom audience not found")


def test_another_location_cannot_see_the_audience(ghl):
    audience, second = ghl.facebook_custom_audience(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=second))
    assert api.get(f"{BASE}/{audience['id']}", params={"locationId": second}).status_code == 403
    assert api.get(BASE, params={"locationId": second, "type": "all", "adAccountId": _account(ghl)}).json() == []


def test_reads_need_the_readonly_scope(ghl):
    audience = ghl.facebook_custom_audience()
    api = ghl.client(scopes=["adPublishing.write"])
    assert api.get(f"{BASE}/{audience['id']}", params={"locationId": ghl.location_id}).status_code == 401
