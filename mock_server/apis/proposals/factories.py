"""The ``ghl`` factories of the Documents & Contracts area: a template (seeded, as GHL's builder makes one) and a
document made from it for a contact."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class ProposalFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def document_template(self, **overrides: Any) -> dict[str, Any]:
        """A proposal template of this location (two priced items, one signature), as GHL lists it;
        overrides: ``name``, ``type``, ``isPublicDocument``, ``items``, ``fillableFields`` ..."""
        with self.fake.draw("document_template") as (faker, n):
            body = {"name": f"{faker.word().title()} proposal {n}", "userId": self.user_id,
                    "items": [{"name": "Setup", "price": 500}, {"name": "Monthly retainer", "price": 250, "qty": 3}]}
        return self.api("POST", f"/_mock/locations/{self.location_id}/proposals/templates", body | overrides,
                        what="ghl.document_template()")

    def document(self, template: Ref | None = None, contact: Ref | None = None, *, send: bool = True,
                 **overrides: Any) -> dict[str, Any]:
        """A document made from ``template`` for ``contact`` (new ones if none), sent unless ``send=False``;
        answers the document as the documents listing shows it."""
        template_id = ref_id(template) if template is not None else self.document_template()["id"]
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        body = {"templateId": template_id, "userId": self.user_id, "locationId": self.location_id,
                "contactId": contact_id, "sendDocument": send}
        self.api("POST", "/proposals/templates/send", body | overrides, what="ghl.document()")
        listed = self.api("GET", "/proposals/document", params={"locationId": self.location_id, "limit": 1},
                          what="ghl.document()")
        return listed["documents"][0]
