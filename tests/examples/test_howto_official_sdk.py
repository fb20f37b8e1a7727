"""How to: run code built on the official Python SDK (``gohighlevel-api-client``) against the mock.

The SDK talks to ``https://services.leadconnectorhq.com`` with its own ``httpx.AsyncClient``; nothing in
it can be pointed elsewhere. ``@pytest.mark.ghl_intercept`` (or the ``ghl_intercept`` fixture) answers
every httpx and requests call to that host with the mock, in-process: the SDK runs unchanged, with a
token of the test's own tenant, and no request leaves the machine.
"""

from __future__ import annotations

import asyncio

import pytest

highlevel = pytest.importorskip("highlevel", reason="the official SDK is a test dependency")


async def welcome_new_lead(sdk, location_id: str, email: str) -> str:
    """The code under test: create the lead, tag it, leave a note for the sales team."""
    created = await sdk.contacts.create_contact({"locationId": location_id, "email": email, "firstName": "Ada"})
    contact_id = created["contact"]["id"]
    await sdk.contacts.add_tags(contact_id, {"tags": ["new-lead"]})
    await sdk.contacts.create_note(contact_id, {"body": "Welcome call due"})
    return contact_id


@pytest.mark.ghl_intercept
def test_the_sdk_with_a_private_integration_token(ghl, ghl_client):
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())
    contact_id = asyncio.run(welcome_new_lead(sdk, ghl.location_id, "ada@example.com"))
    # the journal shows what the SDK called (with Version: v3, which it sends on every call)
    assert [e["operationId"] for e in ghl.journal()] == ["create-contact", "add-tags", "create-note"]

    contact = ghl_client.get(f"/contacts/{contact_id}").json()["contact"]
    assert contact["tags"] == ["new-lead"]
    assert ghl_client.get(f"/contacts/{contact_id}/notes").json()["notes"][0]["body"] == "Welcome call due"


@pytest.mark.ghl_intercept
def test_the_sdk_with_a_location_oauth_token(ghl):
    sdk = highlevel.HighLevel(client_id="unused", client_secret="unused",
                              location_access_token=ghl.token())
    contact_id = asyncio.run(welcome_new_lead(sdk, ghl.location_id, "grace@example.com"))
    assert contact_id


def test_sdk_errors_are_ghls(ghl_intercept):
    """The SDK turns GHL's error bodies into its exceptions; the mock's bodies are GHL's."""
    ghl = ghl_intercept
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit(scopes=["contacts.readonly"]))
    with pytest.raises(highlevel.GHLError) as refused:
        asyncio.run(welcome_new_lead(sdk, ghl.location_id, "ada@example.com"))
    assert refused.value.status_code == 401
    assert "not authorized for this scope" in str(refused.value)
