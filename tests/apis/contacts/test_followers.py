"""Followers of a contact: add and remove."""

from __future__ import annotations


def test_followers_are_added_once_and_removed(api, new_contact):
    contact = new_contact()
    base = f"/contacts/{contact['id']}/followers"
    added = api.post(base, json={"followers": ["User0000000000000001", "User0000000000000002"]})
    assert added.status_code == 201
    assert added.json()["followersAdded"] == ["User0000000000000001", "User0000000000000002"]
    again = api.post(base, json={"followers": ["User0000000000000002", "User0000000000000003"]}).json()
    assert again["followers"] == ["User0000000000000001", "User0000000000000002", "User0000000000000003"]
    assert again["followersAdded"] == ["User0000000000000003"]
    removed = api.request("DELETE", base, json={"followers": ["User0000000000000001", "User0000000000000009"]}).json()
    assert removed["followers"] == ["User0000000000000002", "User0000000000000003"]
    assert removed["followersRemoved"] == ["User0000000000000001"]
    assert api.get(f"/contacts/{contact['id']}").json()["contact"]["followers"] == removed["followers"]
