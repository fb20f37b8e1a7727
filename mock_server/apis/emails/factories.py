"""The ``ghl`` factories of the E-mails area: an e-mail template (with content), a schedule, a v3 campaign,
a bulk-action send and a workflow campaign."""

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

    def email_campaign(self, name: str | None = None, *, html: str | None = None, **fields: Any) -> dict[str, Any]:
        """A draft e-mail campaign (v3 ``POST /emails/locations/{id}/campaigns/emails``) with ``html`` as its
        content; ``fields`` override the body (``templateId``, ``editorType``, ``parentFolderId`` ...).
        Schedule it with ``POST .../campaigns/emails/{id}/schedule``."""
        with self.fake.draw("email campaign") as (faker, n):
            name = name if name is not None else f"{faker.word().title()} campaign {n}"
            html = html if html is not None else f"<p>{faker.sentence()}</p>"
        body = {"name": name, "editorType": "html", "editorContent": html, "timeZone": "UTC",
                "userId": self.user_id, **fields}
        return self.api("POST", f"/emails/locations/{self.location_id}/campaigns/emails", body,
                        what="ghl.email_campaign()")

    def email_bulk_action(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """A bulk-action e-mail send (``POST /_mock/locations/{id}/email-bulk-actions``: GHL's UI makes them);
        ``fields``: ``status``, ``scheduleType``, ``subject``, ``fromName``, ``fromEmail``, ``templateId``,
        ``stats`` (delivery counters)."""
        if name is None:
            with self.fake.draw("email bulk action") as (faker, n):
                name = f"{faker.word().title()} send {n}"
        return self.api("POST", f"/_mock/locations/{self.location_id}/email-bulk-actions", {"name": name, **fields},
                        what="ghl.email_bulk_action()")

    def email_workflow_campaign(self, workflow_id: str | None = None, *,
                                steps: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """A workflow's e-mail campaign (``POST /_mock/locations/{id}/email-workflow-campaigns``) of
        ``workflow_id`` (a new published workflow if none), with ``steps`` (one "Send email" step if none)."""
        if workflow_id is None:
            with self.fake.draw("email workflow") as (faker, n):
                workflow_id = self.api("POST", f"/_mock/locations/{self.location_id}/workflows",
                                       {"name": f"{faker.word().title()} nurture {n}"},
                                       what="ghl.email_workflow_campaign()")["id"]
        body: dict[str, Any] = {"workflowId": workflow_id}
        if steps is not None:
            body["steps"] = steps
        return self.api("POST", f"/_mock/locations/{self.location_id}/email-workflow-campaigns", body,
                        what="ghl.email_workflow_campaign()")
