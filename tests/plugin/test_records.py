"""The ``ghl`` factories create records through the API: what a client then reads is what GHL would show."""

from __future__ import annotations


def test_factories_make_records_a_client_can_read_back(pytester):
    pytester.makepyfile("""
        import re

        def test_contacts_and_what_hangs_off_them(ghl, ghl_client):
            contact = ghl.contact(firstName="Ada", tags=["vip"])
            assert re.fullmatch(r"\\+1\\d{10}", contact["phone"]) and contact["email"].startswith("ada.")
            read = ghl_client.get(f"/contacts/{contact['id']}").json()["contact"]
            assert read["firstName"] == "Ada" and read["tags"] == ["vip"]
            task, note = ghl.task(contact), ghl.note(contact, body="Called, no answer")
            assert ghl_client.get(f"/contacts/{contact['id']}/tasks").json()["tasks"][0]["id"] == task["id"]
            assert ghl_client.get(f"/contacts/{contact['id']}/notes").json()["notes"][0]["body"] == "Called, no answer"
            business = ghl.business(name="Acme")
            listed = ghl_client.get("/businesses/", params={"locationId": ghl.location_id}).json()["businesses"]
            assert [b["name"] for b in listed] == ["Acme"] and listed[0]["id"] == business["id"]

        def test_only_the_tests_own_requests_are_in_its_journal(ghl, ghl_client):
            ghl.task()                                                # a new contact, then its task
            assert ghl.journal() == []
            assert [e["operationId"] for e in ghl.journal(include_fixtures=True)] == ["create-contact", "create-task"]
    """)
    pytester.runpytest().assert_outcomes(passed=2)


def test_a_record_the_api_refuses_is_refused_to_the_factory_too(pytester):
    pytester.makepyfile("""
        import pytest
        from mock_server.testing import RecordRefused

        def test_duplicate_contact(ghl):
            ghl.contact(email="ada@example.com")
            with pytest.raises(RecordRefused) as refused:       # the location refuses duplicates, like GHL
                ghl.contact(email="ada@example.com")
            assert refused.value.status_code == 400
    """)
    pytester.runpytest().assert_outcomes(passed=1)
