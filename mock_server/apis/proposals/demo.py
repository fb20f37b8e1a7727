"""The Documents & Contracts area's part of the demo (``Area.demo``): two templates of the main location and
documents made from them for its contacts: one signed and paid, one sent, one still a draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    owner = demo.made["users"][0]
    proposal = demo.seed(demo.main, "proposals/templates", {
        "name": "Website redesign proposal", "userId": owner,
        "items": [{"name": "Design", "price": 1800}, {"name": "Build", "price": 2400}]})
    estimate = demo.seed(demo.main, "proposals/templates", {
        "name": "Maintenance estimate", "userId": owner, "type": "estimate",
        "items": [{"name": "Monthly care plan", "price": 150, "qty": 12}]})
    contacts = demo.made["contacts"]
    for template, contact, send in ((proposal, contacts[0], True), (estimate, contacts[1], True),
                                    (proposal, contacts[2], False)):
        demo.call("POST", "/proposals/templates/send", token=demo.main_token, json={
            "templateId": template["id"], "userId": owner, "locationId": demo.main, "contactId": contact,
            "sendDocument": send})
    signed = demo.call("GET", "/proposals/document", token=demo.main_token,
                       params={"locationId": demo.main, "status": "sent"})["documents"][-1]
    demo.seed(demo.main, f"proposals/documents/{signed['_id']}/status", {"status": "completed",
                                                                          "paymentStatus": "paid"})
    demo.summary.update(documentTemplates=2, documents=3)
