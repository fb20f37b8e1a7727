"""LinkedIn lead gen forms of an ad account: created through GHL, listed per account, named by the ads of a
lead-generation campaign group (``destinationFormId``: the form's LinkedIn id or URN)."""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_linkedin import integration, linkedin
from mock_server.apis.ad_linkedin.tables import LEAD_FORMS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known. The owner is the path's account, as a URN or its bare id.
OWNER_MISMATCH = "owner.sponsoredAccount must be the ad account of the path"


def list_forms(tenant: Tenant, account_id: str, is_draft: bool | None) -> dict[str, Any]:
    """The account's forms, oldest first, as LinkedIn's leadForms answer them (GHL relays them)."""
    integration.account_of(integration.current(tenant, is_draft), account_id)
    return {"elements": [view(form) for form in tenant.store.find(LEAD_FORMS, "adAccountId", account_id)]}


def create_form(tenant: Tenant, account_id: str, fields: dict[str, Any], is_draft: bool | None) -> dict[str, Any]:
    integration.account_of(integration.current(tenant, is_draft), account_id)
    if fields["owner"]["sponsoredAccount"] not in (account_id, linkedin.ACCOUNT_URN.format(account_id)):
        raise BadRequest(OWNER_MISMATCH)
    record_id = tenant.new_id()
    now = iso_z(tenant.now())
    form = {"id": record_id, "formId": linkedin.number("leadForm", record_id), "adAccountId": account_id,
            **fields, "owner": {"sponsoredAccount": linkedin.ACCOUNT_URN.format(account_id)},
            "createdAt": now, "updatedAt": now}
    return view(tenant.store.put(LEAD_FORMS, form))


def view(form: dict[str, Any]) -> dict[str, Any]:
    shown = {key: value for key, value in form.items() if key not in ("id", "formId", "adAccountId")}
    return {"id": form["formId"], "urn": linkedin.FORM_URN.format(form["formId"]), "versionId": 1,
            "hiddenFields": [], **shown}


def form_ids(tenant: Tenant, account_id: str) -> set[str]:
    """Every way an ad names one of the account's forms: LinkedIn's id and URN."""
    return {key for form in tenant.store.find(LEAD_FORMS, "adAccountId", account_id)
            for key in (form["formId"], linkedin.FORM_URN.format(form["formId"]))}
