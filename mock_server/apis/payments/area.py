"""The Custom Provider area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.payments import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

# REVIEW: the tables are named from the operations' paths (orders, transactions, subscriptions). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "payments",
    apis=(routes.api,),
    tables=(Table(tables.ORDERS, not_found=BadRequest(tables.ORDER_NOT_FOUND)), Table(tables.TRANSACTIONS, not_found=BadRequest(tables.TRANSACTION_NOT_FOUND)), Table(tables.SUBSCRIPTIONS, not_found=BadRequest(tables.SUBSCRIPTION_NOT_FOUND)),),
)
