"""The E-mails area's part of the demo (``Area.demo``): the main location's e-mail templates (in a folder)
and schedules sending them; a v3 campaign drafted from the first template and sent to some contacts (its bulk
action and stats follow), and a workflow's e-mail campaign."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

TEMPLATES = (("Monthly newsletter", "<h1>News from Acme Dental</h1><p>Our opening hours changed.</p>"),
             ("Recall reminder", "<p>It is time for your check-up: book online.</p>"))


def load(demo: DemoLoader) -> None:
    template_ids = _templates(demo)
    _campaign(demo, template_ids[0])
    _workflow_campaign(demo)
    demo.summary.update(emailTemplates=len(TEMPLATES), emailSchedules=len(TEMPLATES) + 1, emailBulkActions=1,
                        emailWorkflowCampaigns=1)


def _templates(demo: DemoLoader) -> list[str]:
    create = {"locationId": demo.main, "importProvider": "mailchimp"}
    template_ids = []
    folder = demo.call("POST", "/emails/builder", token=demo.main_token,
                       json={**create, "type": "folder", "name": "Patients"})["redirect"]
    for name, html in TEMPLATES:
        template_id = demo.call("POST", "/emails/builder", token=demo.main_token,
                                json={**create, "type": "html", "name": name, "parentId": folder})["redirect"]
        demo.call("POST", "/emails/builder/data", token=demo.main_token,
                  json={"locationId": demo.main, "templateId": template_id, "updatedBy": "demo", "html": html,
                        "dnd": {"elements": [], "attrs": {}, "templateSettings": {}}, "editorType": "html"})
        demo.seed(demo.main, "email-schedules", {"name": f"{name} campaign", "templateId": template_id})
        template_ids.append(template_id)
    return template_ids


def _campaign(demo: DemoLoader, template_id: str) -> None:
    """A v3 campaign with the newsletter's content, sent now to the first contacts."""
    base = f"/emails/locations/{demo.main}/campaigns/emails"
    user_id = demo.made["users"][0]
    campaign = demo.call("POST", base, token=demo.main_token, json={
        "name": "Spring newsletter", "editorType": "html", "templateId": template_id, "timeZone": "UTC",
        "userId": user_id})
    demo.call("POST", f"{base}/{campaign['id']}/schedule", token=demo.main_token, json={
        "scheduleType": "immediate", "timeZone": "UTC", "userId": user_id,
        "emailMeta": {"subject": "News from Acme Dental", "fromName": "Acme Dental", "fromEmail": "news@acme.test"},
        "recipients": {"type": "contact", "contactIds": demo.made["contacts"][:5]}})


def _workflow_campaign(demo: DemoLoader) -> None:
    workflow = demo.seed(demo.main, "workflows", {"name": "New patient welcome"})
    demo.seed(demo.main, "email-workflow-campaigns", {"workflowId": workflow["id"], "steps": [
        {"name": "Welcome email", "subject": "Welcome to Acme Dental", "fromName": "Acme Dental",
         "fromEmail": "hello@acme.test", "html": "<p>We look forward to seeing you.</p>",
         "stats": {"sent": 40, "accepted": 40, "delivered": 39, "opened": 22, "clicked": 6}}]})
