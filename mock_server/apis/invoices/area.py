"""The invoices area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.invoices import events, routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "invoices",
    serves="Invoices (money exact), estimates, templates, recurring schedules",
    apis=(routes.api,),
    tables=(
        Table(tables.INVOICES, indexes=("status",), not_found=BadRequest(tables.INVOICE_NOT_FOUND)),
        Table(tables.ESTIMATES, not_found=BadRequest(tables.ESTIMATE_NOT_FOUND)),
        Table(tables.INVOICE_TEMPLATES, not_found=BadRequest(tables.TEMPLATE_NOT_FOUND)),
        Table(tables.ESTIMATE_TEMPLATES, not_found=BadRequest(tables.TEMPLATE_NOT_FOUND)),
        Table(tables.INVOICE_SCHEDULES, indexes=("status",), not_found=BadRequest(tables.SCHEDULE_NOT_FOUND)),
        Table(tables.INVOICE_SETTINGS),
    ),
    demo="mock_server.apis.invoices.demo:load",
    factories="mock_server.apis.invoices.factories:InvoiceFactories",
    events=events.EVENTS,
    upstream_allowlist="mock_server.apis.invoices.upstream",
)
