"""The Locations area's part of the demo (``Area.demo``): the main location's custom values (what
``{{ custom_values.x }}`` placeholders read) and its message templates (seeded: GHL's API only lists them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

CUSTOM_VALUES = (("Company Name", "Acme Dental"), ("Support Phone", "+1 212 555 0100"),
                 ("Booking Link", "https://acme.example/book"), ("Office Hours", "Mon-Fri 9:00-17:00"))
TEMPLATES = (
    {"name": "Appointment reminder", "type": "sms",
     "body": "Hi {{contact.first_name}}, see you tomorrow at {{ custom_values.company_name }}."},
    {"name": "Welcome", "type": "email", "subject": "Welcome to {{ custom_values.company_name }}",
     "html": "<p>Book your first visit: {{ custom_values.booking_link }}</p>"},
)


def load(demo: DemoLoader) -> None:
    for name, value in CUSTOM_VALUES:
        demo.call("POST", f"/locations/{demo.main}/customValues", token=demo.main_token,
                  json={"name": name, "value": value})
    for template in TEMPLATES:
        demo.seed(demo.main, "templates", template)
    demo.summary.update(customValues=len(CUSTOM_VALUES), templates=len(TEMPLATES))
