"""The ``ghl`` factories of the E-mails area: an e-mail template (with content) and a schedule."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class EmailFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def email_template(self, name: str | None = None, *, html: str | None = None, **fields: Any) -> dict[str, Any]:
        """An e-mail template (``POST /emails/builder``, type ``html``), its content saved
        (``POST /emails/builder/data``) unless ``html=""``. ``fields`` override the create body
        (``type="folder"``, ``parentId`` ...). Returns it as ``GET /emails/builder`` lists it."""
        with self.fake.draw("email template") as (faker, n):
            name = name if name is not None else f"{faker.word().title()} newsletter {n}"
            html = html if html is not None else f"<p>{faker.sentence()}</p>"
        body = {"locationId": self.location_id, "type": "html", "name": name, "importProvider": "mailchimp",
                **fields}
        template_id = self.api("POST", "/emails/builder", body, what="ghl.email_template()")["redirect"]
        if html and body["type"] != "folder":
            self.api("POST", "/emails/builder/data",
                     {"locationId": self.location_id, "templateId": template_id, "updatedBy": self.user_id,
                      "dnd": {"elements": [], "attrs": {}, "templateSettings": {}}, "html": html,
                      "editorType": "html"}, what="ghl.email_template()")
        listed = self.api("GET", "/emails/builder", params={"locationId": self.location_id, "limit": "1000"},
                          what="ghl.email_template()")["builders"]
        return next(t for t in listed if t["id"] == template_id)

    def email_schedule(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """An e-mail schedule (``POST /_mock/locations/{id}/email-schedules``: GHL's API only lists them);
        ``fields``: ``status``, ``emailStatus``, ``templateId``, ``parentId``, ``campaignType`` ..."""
        if name is None:
            with self.fake.draw("email schedule") as (faker, n):
                name = f"{faker.word().title()} campaign {n}"
        return self.api("POST", f"/_mock/locations/{self.location_id}/email-schedules", {"name": name, **fields},
                        what="ghl.email_schedule()")
