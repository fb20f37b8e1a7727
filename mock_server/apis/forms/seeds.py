"""The Forms area's control-plane seeds: GHL's API lists forms and their submissions but makes neither."""

from __future__ import annotations

from typing import Any

from mock_server.apis.forms import items, submissions
from mock_server.apis.forms.kind import FORMS
from mock_server.platform.tenant_context import Tenant


def seed_form(tenant: Tenant, body: items.ItemSeed) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/forms``: a form (or a folder of forms)."""
    return items.seed_item(tenant, FORMS, body)


def seed_submission(tenant: Tenant, body: submissions.SubmissionSeed, *, form_id: str) -> dict[str, Any]:
    """``POST /_mock/locations/{locationId}/forms/{formId}/submissions``: a visitor's submission."""
    return submissions.submit(tenant, FORMS, form_id, body)
