"""The Locations answers the generic upstream walk cannot reach (a seeded template's delete, a multipart upload),
validated against GHL's official locations.json. Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_the_template_delete_and_the_upload_answers_match_the_official_schemas(ghl, ghl_client):
    template = ghl.template()
    deleted = ghl_client.delete(f"/locations/{ghl.location_id}/templates/{template['id']}")
    assert upstream.response_problems("locations.json", "DELETE", "/locations/{locationId}/templates/{id}",
                                      deleted.status_code, deleted.json()) == []
    field = ghl_client.post(f"/locations/{ghl.location_id}/customFields",
                            json={"name": "Scan", "dataType": "FILE_UPLOAD"}).json()["customField"]
    uploaded = ghl_client.post(f"/locations/{ghl.location_id}/customFields/upload", data={"id": field["id"]},
                               files={"scan.pdf": ("scan.pdf", b"%PDF", "application/pdf")})
    assert uploaded.status_code == 200
    assert upstream.response_problems("locations.json", "POST", "/locations/{locationId}/customFields/upload", 200,
                                      uploaded.json()) == []
