"""The Forms area's part of the demo (``Area.demo``): the main location's forms, and submissions to them by
some of the demo's contacts (a submission matching a contact's email updates that contact: the demo keeps
its contacts as the contacts area made them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

FORMS = ("Contact us", "Book a consultation", "Newsletter sign-up")
MESSAGES = ("Could you call me back?", "Do you take new patients?", "", "What are your opening hours?", "")
PAGE = "https://acme.example/contact"


def load(demo: DemoLoader) -> None:
    forms = [demo.seed(demo.main, "forms", {"name": name})["id"] for name in FORMS]
    for i, contact_id in enumerate(demo.made.get("contacts", [])[:len(MESSAGES)]):
        answers = visitor_of(demo, contact_id) | ({"message": MESSAGES[i]} if MESSAGES[i] else {})
        demo.seed(demo.main, f"forms/{forms[i % len(forms)]}/submissions",
                  {"answers": answers, "eventData": {"source": "Direct traffic", "page": {"url": PAGE}}})
    demo.summary.update(forms=len(forms), formSubmissions=min(len(MESSAGES), len(demo.made.get("contacts", []))))


def visitor_of(demo: DemoLoader, contact_id: str) -> dict[str, str]:
    """The standard answers a demo contact types into a form: its own name, email and phone."""
    contact = demo.call("GET", f"/contacts/{contact_id}", token=demo.main_token)["contact"]
    fields = {"first_name": "firstName", "last_name": "lastName", "email": "email", "phone": "phone"}
    return {key: contact[field] for key, field in fields.items() if contact.get(field)}
