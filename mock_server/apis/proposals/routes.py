"""Documents operations (proposals.json)."""

from __future__ import annotations

from mock_server.apis.proposals import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION_OR_AGENCY, Api
from mock_server.platform.unimplemented import unwritten

api = Api("proposals.json", tag="Documents")


@api.get("/proposals/document", "list-documents-contracts", tokens=LOCATION_OR_AGENCY,
         query=models.ListDocumentsContractsQuery, response=models.DocumentListResponse)
@unwritten
def list_documents_contracts(call: Call) -> dict:
    ...


@api.post("/proposals/document/send", "send-documents-contracts", tokens=LOCATION_OR_AGENCY,
          body=models.SendDocumentBody, response=models.SendDocumentResponse)
@unwritten
def send_documents_contracts(call: Call) -> dict:
    ...


@api.get("/proposals/templates", "list-documents-contracts-templates", tokens=LOCATION_OR_AGENCY,
         query=models.ListDocumentsContractsTemplatesQuery, response=models.TemplateListPaginationResponse)
@unwritten
def list_documents_contracts_templates(call: Call) -> dict:
    ...


@api.post("/proposals/templates/send", "send-documents-contracts-template", tokens=LOCATION_OR_AGENCY,
          body=models.SendDocumentFromPublicApiBody, response=models.SendTemplateResponse)
@unwritten
def send_documents_contracts_template(call: Call) -> dict:
    ...
