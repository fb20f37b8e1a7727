"""The Estimate area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.invoices import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

# REVIEW: the tables are named from the operations' paths (templates, schedules, invoices, estimates). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "invoices",
    apis=(routes.api,),
    tables=(Table(tables.TEMPLATES, not_found=BadRequest(tables.TEMPLATE_NOT_FOUND)), Table(tables.SCHEDULES, not_found=BadRequest(tables.SCHEDULE_NOT_FOUND)), Table(tables.INVOICES, not_found=BadRequest(tables.INVOICE_NOT_FOUND)), Table(tables.ESTIMATES, not_found=BadRequest(tables.ESTIMATE_NOT_FOUND)),),
)
