"""The ``ghl`` factories of the invoices area: ``ghl.invoice(...)`` in any status, ``ghl.estimate(...)``."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id

ALT = "location"
# What ``ghl.invoice(status=...)`` does after creating the draft, through the API, to reach each status.
STATUSES = ("draft", "sent", "partially_paid", "paid", "void")


def invoice_body(fake: Any, location_id: str, contact: dict[str, Any], issue_date: str,
                 **overrides: Any) -> dict[str, Any]:
    """A create-invoice body (POST /invoices/) for ``contact``: two line items in USD, no discount."""
    with fake.draw("invoice") as (faker, n):
        items = [{"name": faker.catch_phrase(), "currency": "USD", "qty": faker.random_int(1, 4),
                  "amount": faker.random_int(500, 50000) / 100} for _ in range(2)]
        body = {
            "altId": location_id, "altType": ALT, "name": f"Invoice {n}: {faker.bs()}", "title": "INVOICE",
            "currency": "USD", "items": items, "discount": {"type": "percentage", "value": 0},
            "businessDetails": {"name": faker.company()},
            "contactDetails": contact_details(contact),
            "issueDate": issue_date, "sentTo": {"email": [contact.get("email") or faker.email()]},
            "liveMode": False,
        }
    return {**body, **overrides}


def contact_details(contact: dict[str, Any]) -> dict[str, Any]:
    name = " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p) or "Customer"
    return {"id": contact["id"], "name": name, "email": contact.get("email") or "",
            "phoneNo": contact.get("phone") or ""}


class InvoiceFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def invoice(self, contact: Ref | None = None, *, status: str = "draft", **overrides: Any) -> dict[str, Any]:
        """An invoice of ``contact`` (a new contact if none), brought to ``status`` through the API:
        ``draft``, ``sent``, ``partially_paid`` (half the total recorded in cash), ``paid`` or ``void``.
        Overrides are create-invoice fields (``items=[...]``, ``currency="EUR"``, ``discount={...}``)."""
        if status not in STATUSES:
            raise ValueError(f"ghl.invoice(status=...) is one of {', '.join(STATUSES)}")
        found = self._contact_record(contact)
        body = invoice_body(self.fake, self.location_id, found, self.now().date().isoformat(), **overrides)
        made = self.api("POST", "/invoices/", body, what="ghl.invoice()")
        invoice_id, alt = made["_id"], {"altId": self.location_id, "altType": ALT}
        if status in ("sent", "partially_paid", "paid"):
            made = self.api("POST", f"/invoices/{invoice_id}/send", {
                **alt, "userId": self.user_id, "action": "send_manually", "liveMode": False},
                what="ghl.invoice()")["invoice"]
        if status == "partially_paid":
            half = made["amountDue"] / 2
            made = self.api("POST", f"/invoices/{invoice_id}/record-payment",
                            {**alt, "mode": "cash", "amount": round(half, 2) or made["amountDue"]},
                            what="ghl.invoice()")["invoice"]
        if status == "paid":
            made = self.api("POST", f"/invoices/{invoice_id}/record-payment", {**alt, "mode": "cash"},
                            what="ghl.invoice()")["invoice"]
        if status == "void":
            made = self.api("POST", f"/invoices/{invoice_id}/void", alt, what="ghl.invoice()")
        return made

    def _contact_record(self, contact: Ref | None) -> dict[str, Any]:
        if contact is None:
            return self.contact()
        if isinstance(contact, dict) and "email" in contact:
            return contact
        return self.api("GET", f"/contacts/{ref_id(contact)}", what="ghl.invoice()")["contact"]
