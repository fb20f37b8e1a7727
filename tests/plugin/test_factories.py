"""The ``ghl`` factories create records through the API: what a client then reads is what GHL would show.

Each inner session runs in a process of its own: run in-process one after the other, they shared modules
the first had imported and the second imported again (the second's booking of a free slot was refused)."""

from __future__ import annotations

import ast
import subprocess
import sys


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

        def test_calendars_slots_and_bookings(ghl, ghl_client):
            ghl.freeze("2026-03-02T12:00:00Z")                     # Monday, 07:00 in New York
            group = ghl.group()
            calendar = ghl.calendar(group=group)
            assert calendar["groupId"] == group["id"] and calendar["teamMembers"][0]["userId"] == ghl.user_id
            slots = ghl.free_slots(calendar, days=1)
            assert slots[0] == "2026-03-02T09:00:00-05:00" and len(slots) == 16    # 9:00-17:00, 30 min
            booked = ghl.appointment(calendar=calendar)              # a new contact, the first free slot
            assert booked["startTime"] == slots[0]
            assert ghl.free_slots(calendar, days=1)[0] == "2026-03-02T09:30:00-05:00"
            event = ghl_client.get(f"/calendars/events/appointments/{booked['id']}").json()["event"]
            assert event["contactId"] == booked["contactId"]

        def test_only_the_tests_own_requests_are_in_its_journal(ghl, ghl_client):
            ghl.task()                                                # a new contact, then its task
            assert ghl.journal() == []
            assert [e["operationId"] for e in ghl.journal(include_fixtures=True)] == ["create-contact", "create-task"]
    """)
    pytester.runpytest_subprocess().assert_outcomes(passed=3)


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
    pytester.runpytest_subprocess().assert_outcomes(passed=1)


def test_a_booking_the_api_refuses_is_refused_to_the_factory_too(pytester):
    pytester.makepyfile("""
        import pytest
        from mock_server.testing import RecordRefused

        def test_taken_slot(ghl):
            ghl.freeze("2026-03-02T12:00:00Z")
            calendar = ghl.calendar()
            ghl.appointment(calendar=calendar, start="2026-03-02T09:00:00-05:00")
            with pytest.raises(RecordRefused) as refused:
                ghl.appointment(calendar=calendar, start="2026-03-02T09:00:00-05:00")
            assert refused.value.status_code == 400
    """)
    pytester.runpytest_subprocess().assert_outcomes(passed=1)


def test_the_first_factory_imports_only_the_areas_its_requests_need():
    """The ``ghl`` fixture composes every area's factories from the area index: a test that makes a contact
    starts without importing the other areas (seconds of a test session's start)."""
    script = """
import sys
from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant

ghl = GhlTenant(build_app(Settings(bootstrap=False)), seed="imports")
assert ghl.contact(firstName="Ada")["firstName"] == "Ada"
print(sorted(name.split(".")[2] for name in sys.modules if name.startswith("mock_server.apis.") and name.endswith(".area")))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    imported = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert "contacts" in imported
    assert not {"social_planner", "payments", "invoices", "calendars"} & set(imported), imported
