"""The Surveys area's control-plane seeds: GHL's API lists surveys and their submissions but makes neither."""

from __future__ import annotations

from typing import Any

from mock_server.apis.forms import items, submissions
from mock_server.apis.surveys.kind import SURVEYS
from mock_server.platform.tenant_context import Tenant


def seed_survey(tenant: Tenant, body: items.ItemSeed) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/surveys``: a survey (or a folder of surveys)."""
    return items.seed_item(tenant, SURVEYS, body)


def seed_submission(tenant: Tenant, body: submissions.SubmissionSeed, *, survey_id: str) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/surveys/{surveyId}/submissions``: a visitor's submission."""
    return submissions.submit(tenant, SURVEYS, survey_id, body)
