"""Documents & Contracts operations (proposals.json): documents made from templates, sent to contacts.

Every operation takes a sub-account or an agency token; an agency token acts in the location the request
names (``locationId``, which the platform checked is the agency's).

The official files (v2 and v3) declare no scope for these operations. DECISION: the mock asks for the
``documents_contracts/*`` and ``documents_contracts_template/*`` scopes GHL's Marketplace offers for them:
public integrations request exactly these four for these four endpoints, and one reports GHL answering
"The token is not authorized for this scope." (401) until its token held them (code search, "Re-authorize GHL
Integration for Document Scopes").
"""

from __future__ import annotations

from mock_server.apis.proposals import documents, models, templates
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION_OR_AGENCY, Api
from mock_server.platform.tenant_context import Tenant

api = Api("proposals.json", tag="Documents")
_NO_SCOPE = {"notes": ("the official files declare no scope: the mock asks for GHL's Marketplace scope",)}


def _in(call: Call, location_id: str) -> Tenant:
    """The request's tenant in the location it names (an agency token is bound to its agency)."""
    tenant = call.tenant
    return tenant if tenant.location_id else tenant.for_location(location_id)


# Templates first: the contract kit's walk makes a document from one before it sends documents.
@api.get("/proposals/templates", "list-documents-contracts-templates",
         scopes="documents_contracts_template/list.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListDocumentsContractsTemplatesQuery, response=models.TemplateListPaginationResponse,
         **_NO_SCOPE)
def list_documents_contracts_templates(call: Call) -> dict:
    return templates.list_templates(_in(call, call.query.locationId), call.query)


@api.post("/proposals/templates/send", "send-documents-contracts-template",
          scopes="documents_contracts_template/sendLink.write", tokens=LOCATION_OR_AGENCY,
          body=models.SendDocumentFromPublicApiBody, response=models.SendTemplateResponse, **_NO_SCOPE)
def send_documents_contracts_template(call: Call) -> dict:
    return documents.send_template(_in(call, call.body.locationId), call.body)


@api.get("/proposals/document", "list-documents-contracts", scopes="documents_contracts/list.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.ListDocumentsContractsQuery, response=models.DocumentListResponse,
         **_NO_SCOPE)
def list_documents_contracts(call: Call) -> dict:
    return documents.list_documents(_in(call, call.query.locationId), call.query)


@api.post("/proposals/document/send", "send-documents-contracts", scopes="documents_contracts/sendLink.write",
          tokens=LOCATION_OR_AGENCY, body=models.SendDocumentBody, response=models.SendDocumentResponse, **_NO_SCOPE)
def send_documents_contracts(call: Call) -> dict:
    return documents.send_document(_in(call, call.body.locationId), call.body)
