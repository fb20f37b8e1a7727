"""The Invoices area's demo step: an invoice in every status, and an estimate waiting for an answer
(``Area.demo``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

# (name, status, lines: (description, unit amount, quantity)); the catalog's services and products.
INVOICES = (
    ("Website refresh", "draft", (("Strategy Session", 150, 2), ("Design hours", 85, 6))),
    ("March retainer", "sent", (("Strategy Session", 150, 4),)),
    ("Spring campaign", "partially_paid", (("Strategy Session", 150, 1), ("Ad creative", 240, 2))),
    ("Team merchandise", "paid", (("Coffee Mug", 14.5, 12), ("Logo T-Shirt", 22, 12))),
    ("Duplicate order", "void", (("Coffee Mug", 14.5, 3),)),
)


def load(demo: DemoLoader) -> None:
    """Five invoices of the first contacts, one in each status GHL shows (draft, sent, partially_paid, paid,
    void), brought there through the API, and a sent estimate."""
    token = demo.main_token
    alt = {"altId": demo.main, "altType": "location"}
    today = demo.now().date().isoformat()
    made, contacts = [], demo.made["contacts"]
    for n, (name, status, lines) in enumerate(INVOICES):
        contact = _contact_details(demo, contacts[n % len(contacts)])  # a small plan may have fewer contacts
        items = [{"name": line, "currency": "USD", "amount": amount, "qty": qty} for line, amount, qty in lines]
        invoice = demo.call("POST", "/invoices/", token=token, json={
            **alt, "name": name, "title": "INVOICE", "currency": "USD", "items": items, "issueDate": today,
            "discount": {"type": "percentage", "value": 0}, "businessDetails": {"name": "Demo Agency"},
            "contactDetails": contact, "sentTo": {"email": [contact["email"]]}, "liveMode": False})
        _bring_to(demo, invoice, status, alt)
        made.append(invoice["_id"])
    contact = _contact_details(demo, contacts[len(INVOICES) % len(contacts)])
    estimate = demo.call("POST", "/invoices/estimate", token=token, json={
        **alt, "name": "Brand workshop", "businessDetails": {"name": "Demo Agency"}, "currency": "USD",
        "items": [{"name": "Strategy Session", "currency": "USD", "amount": 150, "qty": 3}],
        "discount": {"type": "fixed", "value": 50}, "contactDetails": contact,
        "frequencySettings": {"enabled": False, "schedule": {}}})
    demo.call("POST", f"/invoices/estimate/{estimate['_id']}/send", token=token, json={
        **alt, "action": "send_manually", "liveMode": False, "userId": _admin(demo)})
    demo.made["invoices"] = made
    demo.summary.update(invoices=len(made), estimates=1)


def _bring_to(demo: DemoLoader, invoice: dict[str, Any], status: str, alt: dict[str, str]) -> None:
    path, token = f"/invoices/{invoice['_id']}", demo.main_token
    if status == "void":
        demo.call("POST", f"{path}/void", token=token, json=alt)
    if status in ("sent", "partially_paid", "paid"):
        demo.call("POST", f"{path}/send", token=token, json={
            **alt, "userId": _admin(demo), "action": "send_manually", "liveMode": False})
    if status == "partially_paid":
        demo.call("POST", f"{path}/record-payment", token=token, json={**alt, "mode": "bank_transfer", "amount": 200,
                                                                         "notes": "Deposit"})
    if status == "paid":
        demo.call("POST", f"{path}/record-payment", token=token, json={**alt, "mode": "cheque",
                                                                         "cheque": {"number": "1001"}})


def _contact_details(demo: DemoLoader, contact_id: str) -> dict[str, str]:
    contact = demo.call("GET", f"/contacts/{contact_id}", token=demo.main_token)["contact"]
    name = " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p) or "Customer"
    return {"id": contact_id, "name": name, "email": contact.get("email") or "", "phoneNo": contact.get("phone") or ""}


def _admin(demo: DemoLoader) -> str:
    """The user who sends: the main location's first user."""
    return demo.made["users"][0] if demo.made.get("users") else _location_user(demo)


def _location_user(demo: DemoLoader) -> str:
    users = demo.call("GET", "/users/", token=demo.main_token, params={"locationId": demo.main})["users"]
    return users[0]["id"]
