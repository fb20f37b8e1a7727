"""The Companies area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.companies import routes, service
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenants import COMPANIES

area = Area(
    "companies",
    serves="Companies (agencies)",
    apis=(routes.api,),
    tables=(Table(COMPANIES, scope="global", not_found=BadRequest(service.COMPANY_NOT_FOUND)),),
)
