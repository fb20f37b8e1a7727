"""The Contacts area's part of the demo (``Area.demo``): contacts with tags in both locations, notes and tasks."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """``demo.made["contacts"]``: the main location's contact ids, which later areas' data is about."""
    plan = demo.plan
    contacts = demo.made["contacts"] = _contacts(demo, demo.main_token, demo.main, plan.contacts)
    _contacts(demo, demo.second_token, demo.second, plan.second_location_contacts)
    demo.summary["contacts"] = plan.contacts + plan.second_location_contacts
    now = demo.now()
    notes = contacts[::plan.notes_every]
    tasks = contacts[1::plan.tasks_every]
    for contact_id in notes:
        demo.call("POST", f"/contacts/{contact_id}/notes", token=demo.main_token, json=demo.fake.note())
    for n, contact_id in enumerate(tasks):
        due = now + timedelta(days=n % 21 - 7, hours=9)          # some overdue, most ahead
        demo.call("POST", f"/contacts/{contact_id}/tasks", token=demo.main_token,
                  json=demo.fake.task(due, completed=due < now and n % 2 == 0))
    demo.summary.update(notes=len(notes), tasks=len(tasks))


def _contacts(demo: DemoLoader, token: str, location_id: str, count: int) -> list[str]:
    return [demo.call("POST", "/contacts/", token=token,
                      json=demo.fake.contact(location_id, tags=demo.fake.tags()))["contact"]["id"]
            for _ in range(count)]
