"""Followers of a contact: add and remove (which users may follow: tests/apis/users/test_location_users.py)."""

from __future__ import annotations


def test_followers_are_added_once_and_removed(ghl, api, new_contact):
    contact = new_contact()
    first, second, third = (ghl.user()["id"] for _ in range(3))
    base = f"/contacts/{contact['id']}/followers"
    added = api.post(base, json={"followers": [first, second]})
    assert added.status_code == 201
    assert added.json()["followersAdded"] == [first, second]
    again = api.post(base, json={"followers": [second, third]}).json()
    assert again["followers"] == [first, second, third]
    assert again["followersAdded"] == [third]
    removed = api.request("DELETE", base, json={"followers": [first, "User0000000000000009"]}).json()
    assert removed["followers"] == [second, third]
    assert removed["followersRemoved"] == [first]
    assert api.get(f"/contacts/{contact['id']}").json()["contact"]["followers"] == removed["followers"]
