"""Every API area the mock serves. Adding an area = adding its ``routes.api`` here."""

from __future__ import annotations

from mock_server.apis.calendars import routes as calendars
from mock_server.apis.calendars.tables import INDEXES as CALENDAR_INDEXES
from mock_server.apis.companies import routes as companies
from mock_server.apis.locations import routes as locations
from mock_server.apis.oauth import routes as oauth
from mock_server.apis.users import routes as users
from mock_server.platform.operations import Api, Registry

APIS: tuple[Api, ...] = (
    oauth.api,
    companies.api,
    locations.api,
    users.api,
    calendars.api,
    calendars.contacts_api,
)

# Secondary indexes each area needs: {table: (field, ...)}.
INDEXES: dict[str, tuple[str, ...]] = {
    **CALENDAR_INDEXES,
}


def build_registry() -> Registry:
    return Registry(APIS)
