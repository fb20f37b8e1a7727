"""The E-mails answers the generic upstream walk cannot reach (saving and deleting a template it cannot name),
validated against GHL's official emails.json. Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_the_save_and_delete_answers_match_the_official_schemas(ghl, ghl_client):
    template = ghl.email_template(html="")
    saved = ghl_client.post("/emails/builder/data", json={
        "locationId": ghl.location_id, "templateId": template["id"], "updatedBy": ghl.user_id, "html": "<p>x</p>",
        "dnd": {"elements": [], "attrs": {}, "templateSettings": {}}, "editorType": "html"})
    assert saved.status_code == 201
    assert upstream.response_problems("emails.json", "POST", "/emails/builder/data", 201, saved.json()) == []
    deleted = ghl_client.delete(f"/emails/builder/{ghl.location_id}/{template['id']}")
    assert deleted.status_code == 200
    assert upstream.response_problems("emails.json", "DELETE", "/emails/builder/{locationId}/{templateId}", 200,
                                      deleted.json()) == []
