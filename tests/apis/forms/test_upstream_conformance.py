"""The Forms answers the generic upstream walk cannot reach (a multipart upload; submissions it cannot make),
validated against GHL's official forms.json and surveys.json. Skipped when the official files are absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)


def test_the_upload_answer_matches_the_official_file(ghl, ghl_client):
    field = ghl_client.post(f"/locations/{ghl.location_id}/customFields",
                            json={"name": "Scan", "dataType": "FILE_UPLOAD"}).json()["customField"]
    contact = ghl.contact()
    uploaded = ghl_client.post("/forms/upload-custom-files",
                               params={"contactId": contact["id"], "locationId": ghl.location_id},
                               files={f"{field['id']}_1": ("scan.pdf", b"%PDF", "application/pdf")})
    assert uploaded.status_code == 200
    assert upstream.response_problems("forms.json", "POST", "/forms/upload-custom-files", 200,
                                      uploaded.json()) == []


def test_listed_submissions_match_the_official_schemas(ghl, ghl_client):
    ghl.form_submission(message="hello")
    ghl.survey_submission(rating="5")
    for spec, path in (("forms.json", "/forms/submissions"), ("surveys.json", "/surveys/submissions")):
        listed = ghl_client.get(path, params={"locationId": ghl.location_id})
        assert listed.status_code == 200 and listed.json()["submissions"]
        assert upstream.response_problems(spec, "GET", path, 200, listed.json()) == []
