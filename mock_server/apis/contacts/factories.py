"""The ``ghl`` factories of the Contacts area: contacts, their tasks and notes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class ContactFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def contact(self, **overrides: Any) -> dict[str, Any]:
        """A contact of this location (POST /contacts/): a name, an e-mail, an E.164 phone, an address, tags.
        Overrides are ``CreateContactDto`` fields."""
        body = self.fake.contact(self.location_id, **overrides)
        return self.api("POST", "/contacts/", body, what="ghl.contact()")["contact"]

    def task(self, contact: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A task on ``contact`` (a new contact if none), due in three days of the tenant's time."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        body = self.fake.task(self.now() + timedelta(days=3), **overrides)
        return self.api("POST", f"/contacts/{contact_id}/tasks", body, what="ghl.task()")["task"]

    def note(self, contact: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A note on ``contact`` (a new contact if none)."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        return self.api("POST", f"/contacts/{contact_id}/notes", self.fake.note(**overrides), what="ghl.note()")["note"]
