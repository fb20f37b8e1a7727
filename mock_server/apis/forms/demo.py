"""The Forms area's part of the demo (``Area.demo``): the main location's forms, and submissions to them
from some of the demo's contacts (updating them) and from new visitors (new contacts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

FORMS = ("Contact us", "Book a consultation", "Newsletter sign-up")
NEW_VISITORS = 3


def load(demo: DemoLoader) -> None:
    forms = [demo.seed(demo.main, "forms", {"name": name})["id"] for name in FORMS]
    made = 0
    for i, contact_id in enumerate(demo.made.get("contacts", [])[:2]):
        contact = demo.call("GET", f"/contacts/{contact_id}", token=demo.main_token)["contact"]
        answers = {"first_name": contact.get("firstName") or "Demo", "email": contact["email"],
                   "message": "Could you call me back?"} if contact.get("email") else None
        if answers:
            demo.seed(demo.main, f"forms/{forms[i % len(forms)]}/submissions", {"answers": answers})
            made += 1
    for n in range(1, NEW_VISITORS + 1):
        demo.seed(demo.main, f"forms/{forms[0]}/submissions",
                  {"answers": {"full_name": f"Visitor {n}", "email": f"visitor{n}@example.com",
                               "message": "Hello!"},
                   "eventData": {"source": "Direct traffic", "page": {"url": "https://acme.example/contact"}}})
        made += 1
    demo.summary.update(forms=len(forms), formSubmissions=made)
