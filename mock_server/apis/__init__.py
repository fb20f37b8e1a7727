"""Every API area the mock serves. Adding an area = adding its ``routes.api`` here."""

from __future__ import annotations

from mock_server.apis.associations import routes as associations
from mock_server.apis.associations.tables import INDEXES as ASSOCIATION_INDEXES
from mock_server.apis.blogs import routes as blogs
from mock_server.apis.businesses import routes as businesses
from mock_server.apis.calendars import routes as calendars
from mock_server.apis.calendars.tables import INDEXES as CALENDAR_INDEXES
from mock_server.apis.campaigns import routes as campaigns
from mock_server.apis.companies import routes as companies
from mock_server.apis.contacts import routes as contacts
from mock_server.apis.contacts.tables import INDEXES as CONTACT_INDEXES
from mock_server.apis.conversations import routes as conversations
from mock_server.apis.conversations.tables import INDEXES as CONVERSATION_INDEXES
from mock_server.apis.locations import routes as locations
from mock_server.apis.oauth import events as oauth_events
from mock_server.apis.oauth import routes as oauth
from mock_server.apis.opportunities import routes as opportunities
from mock_server.apis.opportunities.tables import INDEXES as OPPORTUNITY_INDEXES
from mock_server.apis.snapshots import routes as snapshots
from mock_server.apis.users import events as users_events
from mock_server.apis.users import routes as users
from mock_server.apis.workflows import routes as workflows
from mock_server.platform.operations import Api, Registry
from mock_server.webhooks import EventType

APIS: tuple[Api, ...] = (
    oauth.api,
    companies.api,
    locations.api,
    users.api,
    contacts.api,
    businesses.api,
    workflows.api,
    campaigns.api,
    snapshots.api,
    calendars.api,
    calendars.contacts_api,
    blogs.api,
    opportunities.api,
    associations.api,
    conversations.api,
)

# Secondary indexes each area needs: {table: (field, ...)}.
INDEXES: dict[str, tuple[str, ...]] = {
    **CONTACT_INDEXES,
    **CALENDAR_INDEXES,
    **OPPORTUNITY_INDEXES,
    **ASSOCIATION_INDEXES,
    **CONVERSATION_INDEXES,
}


# The webhook events each area declares (mock_server/webhooks/events.py).
EVENTS: tuple[EventType, ...] = (
    *oauth_events.EVENTS,
    *users_events.EVENTS,
)


def build_registry() -> Registry:
    return Registry(APIS)
