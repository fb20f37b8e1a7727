"""What the connected Facebook user holds (facebook.py): the Instagram accounts of a page."""

from __future__ import annotations


def test_a_pages_instagram_accounts_are_listed_as_facebook_gave_them(ghl):
    page = ghl.facebook_connection(pages=[{"name": "Acme", "instagramAccounts": [
        {"id": "17841471697713882", "name": "acme_insta", "picture": "https://cdn.example.com/i.png"},
        {"typeOfAccount": "Business Manager Instagram Account"}]}])["pages"][0]
    api = ghl.client()
    listed = api.get(f"/ad-publishing/facebook/page/{page['id']}/instagram",
                     params={"locationId": ghl.location_id, "type": "AD_MANAGER"}).json()
    assert listed[0] == {"id": "17841471697713882", "name": "acme_insta", "picture": "https://cdn.example.com/i.png",
                         "typeOfAccount": "Page Connected Instagram Account"}
    assert set(listed[1]) == {"id", "typeOfAccount"} and listed[1]["id"].isdigit()
    unknown = api.get("/ad-publishing/facebook/page/42/instagram", params={"locationId": ghl.location_id})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Facebook page not found")


def test_instagram_accounts_of_another_locations_page_are_not_found(ghl):
    page = ghl.facebook_connection()["pages"][0]
    other = ghl.location()["id"]
    ghl.api("POST", f"/_mock/locations/{other}/facebook", {"user": {"name": "Other"}})
    theirs = ghl.client(token=ghl.token(location_id=other))
    answer = theirs.get(f"/ad-publishing/facebook/page/{page['id']}/instagram", params={"locationId": other})
    assert answer.status_code == 400
