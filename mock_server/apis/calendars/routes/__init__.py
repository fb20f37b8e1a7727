"""The operations of calendars.json, declared by resource in this package's modules, and
``GET /contacts/{contactId}/appointments`` of contacts.json (its own ``Api``)."""

from __future__ import annotations

from mock_server.apis.calendars.routes import (  # noqa: F401 - importing a module declares its operations
    calendars,
    events,
    groups,
    notes,
    notifications,
    resources,
    schedules,
)
from mock_server.apis.calendars.routes.contact_appointments import api as contacts_api
from mock_server.apis.calendars.routes.spec import api

__all__ = ["api", "contacts_api"]
