"""How to: test a contact sync (your system -> GHL).

The code under test pushes people from another system into a GHL location with ``POST /contacts/upsert``
(matched by e-mail or phone, as GHL matches them) and tags them. The tests check what a sync must
guarantee: running it twice creates no duplicates, changes on your side reach GHL, and the number of
API calls stays what you expect (``ghl.journal()`` lists them).
"""

from __future__ import annotations

import httpx

CRM = [
    {"email": "ada@example.com", "first": "Ada", "last": "Lovelace", "phone": "+12125550101", "plan": "pro"},
    {"email": "grace@example.com", "first": "Grace", "last": "Hopper", "phone": "+12125550102", "plan": "free"},
]


def sync(client: httpx.Client, location_id: str, people: list[dict]) -> dict[str, int]:
    """The code under test: upsert every person, tagged with their plan."""
    counts = {"created": 0, "updated": 0}
    for person in people:
        response = client.post("/contacts/upsert", json={
            "locationId": location_id, "email": person["email"], "phone": person["phone"],
            "firstName": person["first"], "lastName": person["last"], "tags": [f"plan-{person['plan']}"]})
        response.raise_for_status()
        counts["created" if response.json()["new"] else "updated"] += 1
    return counts


def contacts_in_ghl(client: httpx.Client, location_id: str) -> dict[str, dict]:
    found = client.post("/contacts/search", json={"locationId": location_id, "pageLimit": 100}).json()
    return {c["email"]: c for c in found["contacts"]}


def test_the_first_run_creates_everyone(ghl, ghl_client):
    assert sync(ghl_client, ghl.location_id, CRM) == {"created": 2, "updated": 0}
    synced = contacts_in_ghl(ghl_client, ghl.location_id)
    assert synced["ada@example.com"]["firstName"] == "Ada"
    assert synced["grace@example.com"]["tags"] == ["plan-free"]


def test_running_twice_creates_no_duplicates(ghl, ghl_client):
    sync(ghl_client, ghl.location_id, CRM)
    assert sync(ghl_client, ghl.location_id, CRM) == {"created": 0, "updated": 2}
    assert len(contacts_in_ghl(ghl_client, ghl.location_id)) == 2


def test_changes_on_your_side_reach_ghl(ghl, ghl_client):
    sync(ghl_client, ghl.location_id, CRM)
    changed = [{**CRM[0], "last": "King", "plan": "enterprise"}, CRM[1]]
    sync(ghl_client, ghl.location_id, changed)
    ada = contacts_in_ghl(ghl_client, ghl.location_id)["ada@example.com"]
    assert ada["lastName"] == "King" and "plan-enterprise" in ada["tags"]


def test_people_already_in_ghl_are_matched_not_duplicated(ghl, ghl_client):
    """Seed GHL with records made by someone else (the ``ghl.contact`` factory), then sync over them."""
    ghl.contact(email="ada@example.com", firstName="A.")
    assert sync(ghl_client, ghl.location_id, CRM) == {"created": 1, "updated": 1}


def test_one_call_per_person(ghl, ghl_client):
    sync(ghl_client, ghl.location_id, CRM)
    assert [e["operationId"] for e in ghl.journal()] == ["upsert-contact", "upsert-contact"]
