"""Companies operations (companies.json)."""

from __future__ import annotations

from mock_server.apis.companies import models, service
from mock_server.platform.call import Call
from mock_server.platform.operations import AGENCY, Api

api = Api("companies.json", tag="Companies")


@api.get("/companies/{companyId}", "get-company", scopes="companies.readonly", tokens=AGENCY,
         response=models.CompanyResponse, summary="Get Company")
def get_company(call: Call) -> dict:
    return {"company": service.get_company(call.tenant)}
