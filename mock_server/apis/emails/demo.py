"""The E-mails area's part of the demo (``Area.demo``): the main location's e-mail templates (in a folder)
and schedules sending them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

TEMPLATES = (("Monthly newsletter", "<h1>News from Acme Dental</h1><p>Our opening hours changed.</p>"),
             ("Recall reminder", "<p>It is time for your check-up: book online.</p>"))


def load(demo: DemoLoader) -> None:
    create = {"locationId": demo.main, "importProvider": "mailchimp"}
    folder = demo.call("POST", "/emails/builder", token=demo.main_token,
                       json={**create, "type": "folder", "name": "Patients"})["redirect"]
    for name, html in TEMPLATES:
        template_id = demo.call("POST", "/emails/builder", token=demo.main_token,
                                json={**create, "type": "html", "name": name, "parentId": folder})["redirect"]
        demo.call("POST", "/emails/builder/data", token=demo.main_token,
                  json={"locationId": demo.main, "templateId": template_id, "updatedBy": "demo", "html": html,
                        "dnd": {"elements": [], "attrs": {}, "templateSettings": {}}, "editorType": "html"})
        demo.seed(demo.main, "email-schedules", {"name": f"{name} campaign", "templateId": template_id})
    demo.summary.update(emailTemplates=len(TEMPLATES), emailSchedules=len(TEMPLATES))
