"""Every emails-v3.json operation through a real flow, its answers validated against the official schemas
(the generic walk cannot reach the stats of a send or a schedule with recipients: UNWALKED in
``upstream.py``). Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis import build_registry

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
SPEC = "v3/emails-v3.json"


def test_every_v3_operation_answers_the_official_shapes(ghl):
    api = ghl.client(version="v3")
    seen = []
    templates = f"/emails/locations/{ghl.location_id}/templates"
    campaigns = f"/emails/locations/{ghl.location_id}/campaigns"
    base = "/emails/locations/{locationId}"

    def call(method, path, template, **kwargs):
        answer = api.request(method, path, **kwargs)
        assert answer.is_success, (method, path, answer.status_code, answer.text)
        seen.append((method, base + template, answer.status_code, answer.json()))
        return answer.json()

    folder = call("POST", f"{templates}/folders", "/templates/folders", json={"name": "Folder"})
    template = call("POST", templates, "/templates", json={"name": "T", "editorType": "html",
                                                          "editorContent": "<p>x</p>", "parentFolderId": folder["id"]})
    call("POST", f"{templates}/import", "/templates/import",
         json={"importProvider": "mailchimp", "importUrl": "https://example.com/t"})
    call("GET", templates, "/templates")
    call("GET", f"{templates}/{template['id']}", "/templates/{templateId}")
    call("PATCH", f"{templates}/{template['id']}", "/templates/{templateId}", json={"name": "Renamed"})
    call("PATCH", f"{templates}/{folder['id']}", "/templates/{templateId}", json={"name": "Folder 2"})

    draft = call("POST", f"{campaigns}/emails", "/campaigns/emails", json={
        "name": "C", "editorType": "html", "templateId": template["id"], "timeZone": "UTC", "userId": ghl.user_id})
    call("PATCH", f"{campaigns}/emails/{draft['id']}", "/campaigns/emails/{campaignId}", json={"name": "C2"})
    scheduled = call("POST", f"{campaigns}/emails/{draft['id']}/schedule", "/campaigns/emails/{campaignId}/schedule",
                     json={"scheduleType": "immediate", "timeZone": "UTC", "userId": ghl.user_id,
                           "emailMeta": {"subject": "S", "fromName": "F", "fromEmail": "f@example.com"},
                           "recipients": {"type": "contact", "contactIds": [ghl.contact()["id"]]}})
    call("GET", f"{campaigns}/emails", "/campaigns/emails")
    call("GET", f"{campaigns}/emails/{draft['id']}", "/campaigns/emails/{campaignId}")
    call("GET", f"{campaigns}/bulk-actions", "/campaigns/bulk-actions")
    call("GET", f"{campaigns}/bulk-actions/{scheduled['sourceId']}", "/campaigns/bulk-actions/{campaignId}")
    workflow = ghl.email_workflow_campaign()
    call("GET", f"{campaigns}/workflows", "/campaigns/workflows")
    call("GET", f"{campaigns}/workflows/{workflow['id']}", "/campaigns/workflows/{campaignId}")
    stats = "/campaigns/stats/{source}/{sourceId}"
    call("GET", f"{campaigns}/stats/email-campaigns/{draft['id']}", stats)
    call("GET", f"{campaigns}/stats/bulk-actions/{scheduled['sourceId']}", stats)
    call("GET", f"{campaigns}/stats/workflow-campaigns/{workflow['id']}", stats,
         params={"subSourceId": workflow["subSources"][0]["id"]})
    call("DELETE", f"{campaigns}/emails/{draft['id']}", "/campaigns/emails/{campaignId}")
    call("DELETE", f"{templates}/{folder['id']}", "/templates/{templateId}")

    implemented = {(op.method, op.path) for op in build_registry() if op.spec_file == SPEC}
    assert {(method, template) for method, template, _, _ in seen} == implemented
    problems = [f"{method} {template} {status}: {problem}" for method, template, status, body in seen
                for problem in upstream.response_problems(SPEC, method, template, status, body)]
    assert problems == [], "\n".join(problems)
