"""The ``ghl`` factories of the Forms area: a form, and a visitor's submission to it."""

from __future__ import annotations

from typing import Any

from mock_server.fixtures.factories import GhlFaker
from mock_server.testing.factories import Factories, Ref, ref_id


def visitor_answers(fake: GhlFaker, kind: str) -> dict[str, Any]:
    """What a visitor types into a form's standard fields: a name, an email and a phone of their own."""
    with fake.draw(f"{kind} visitor") as (faker, n):
        first, last = faker.first_name(), faker.last_name()
        answers = {"first_name": first, "last_name": last, "email": fake.email(first, last, n)}
    return answers | {"phone": fake.phone(f"{kind} visitor")}


def given(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers without those set to None (how a caller leaves a generated field unanswered)."""
    return {k: v for k, v in answers.items() if v is not None}


def visit(page_url: str, title: str, kind: str) -> dict[str, Any]:
    """The ``eventData`` of a visit straight to the page holding the form (survey)."""
    return {"type": "page-visit", "source": "Direct traffic", "medium": kind, "pageVisitType": kind,
            "page": {"url": page_url, "title": title}, "domain": page_url.split("/")[2]}


class FormFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def form(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """A form of this location (``POST /_mock/locations/{id}/forms``: GHL's API only lists forms);
        ``type="folder"`` makes a folder, ``parentId`` puts it in one."""
        if name is None:
            with self.fake.draw("form") as (faker, n):
                name = f"{faker.word().title()} form {n}"
        return self.api("POST", f"/_mock/locations/{self.location_id}/forms", {"name": name, **fields},
                        what="ghl.form()")

    def form_submission(self, form: Ref | None = None, *, event_data: dict[str, Any] | None = None,
                        created_at: str | None = None, **answers: Any) -> dict[str, Any]:
        """Submit ``form`` (a new form if none) as a visitor would: a fresh visitor's name, email and phone,
        overridden or completed by ``answers`` (by field key: ``email="ann@example.com"``, a custom field's
        id or key; None leaves a field unanswered). The submission creates the contact, or updates the one
        its email (else phone) matches. Returns the submission as ``GET /forms/submissions`` lists it
        (``contactId`` names the contact)."""
        form_id = ref_id(form) if form is not None else self.form()["id"]
        body: dict[str, Any] = {"answers": given(visitor_answers(self.fake, "form") | answers),
                                "eventData": event_data or visit("https://example.com/contact", "Contact us", "form")}
        if created_at is not None:
            body["createdAt"] = created_at
        return self.api("POST", f"/_mock/locations/{self.location_id}/forms/{form_id}/submissions", body,
                        what="ghl.form_submission()")
