"""The official Python SDK (``gohighlevel-api-client``), unchanged, on the location's tags and custom values.

It sends ``Version: v3`` and parses every answer: each call below must come back whole, a refused one raises
the SDK's ``GHLError`` with GHL's status and text, and the test fails at teardown if the SDK sent anything GHL
would reject.
"""

from __future__ import annotations

import asyncio

import pytest

highlevel = pytest.importorskip("highlevel", reason="the official SDK is a test dependency")


@pytest.mark.ghl_intercept
def test_tags_end_to_end_through_the_sdk(ghl):
    contact = ghl.contact(tags=["newsletter"])
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())
    locations = sdk.locations

    async def flow():
        made = (await locations.create_tag(ghl.location_id, {"name": "VIP"}))["tag"]
        await sdk.contacts.add_tags(contact["id"], {"tags": ["vip"]})
        listed = (await locations.get_location_tags(ghl.location_id))["tags"]
        renamed = (await locations.update_tag(ghl.location_id, made["id"], {"name": "Gold"}))["tag"]
        one = (await locations.get_tag_by_id(ghl.location_id, made["id"]))["tag"]
        tagged = (await sdk.contacts.get_contact(contact["id"]))["contact"]["tags"]
        newsletter = next(t for t in listed if t["name"] == "newsletter")
        deleted = await locations.delete_tag(ghl.location_id, newsletter["id"])
        after = (await sdk.contacts.get_contact(contact["id"]))["contact"]["tags"]
        try:
            await locations.create_tag(ghl.location_id, {"name": "gold"})
            duplicate = None
        except highlevel.GHLError as error:
            duplicate = (error.status_code, error.message)
        return made, listed, renamed, one, tagged, deleted, after, duplicate

    made, listed, renamed, one, tagged, deleted, after, duplicate = asyncio.run(flow())
    assert made["name"] == "vip" and made["locationId"] == ghl.location_id
    assert sorted(t["name"] for t in listed) == ["newsletter", "vip"]
    assert renamed == one == {"id": made["id"], "name": "gold", "locationId": ghl.location_id}
    assert sorted(tagged) == ["gold", "newsletter"]
    assert deleted["succeded"] is True and after == ["gold"]
    assert duplicate is not None and duplicate[0] == 400 and "already exist" in duplicate[1]


@pytest.mark.ghl_intercept
def test_custom_values_end_to_end_through_the_sdk(ghl):
    sdk = highlevel.HighLevel(private_integration_token=ghl.pit())
    locations = sdk.locations

    async def flow():
        made = (await locations.create_custom_value(ghl.location_id, {"name": "Support Email",
                                                                      "value": "help@acme.test"}))["customValue"]
        listed = (await locations.get_custom_values(ghl.location_id))["customValues"]
        changed = (await locations.update_custom_value(ghl.location_id, made["id"], {
            "name": "Support Email", "value": "support@acme.test"}))["customValue"]
        read = (await locations.get_custom_value(ghl.location_id, made["id"]))["customValue"]
        deleted = await locations.delete_custom_value(ghl.location_id, made["id"])
        remaining = (await locations.get_custom_values(ghl.location_id))["customValues"]
        return made, listed, changed, read, deleted, remaining

    made, listed, changed, read, deleted, remaining = asyncio.run(flow())
    assert made["fieldKey"] == "{{ custom_values.support_email }}"
    assert listed == [made]
    assert changed == read == {**made, "value": "support@acme.test"}
    assert deleted["succeded"] is True and remaining == []
