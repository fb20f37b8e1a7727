"""The operations of calendars.json, declared by resource in this package's modules, and
``GET /contacts/{contactId}/appointments`` of contacts.json (its own ``Api``), and the operations only
calendars-v3.json declares (services, event-calendar schedules: ``v3_api``)."""

from __future__ import annotations

from mock_server.apis.calendars.routes import (  # noqa: F401 - importing a module declares its operations
    calendars,
    event_schedules,
    events,
    groups,
    notes,
    notifications,
    resources,
    schedules,
    services,
)
from mock_server.apis.calendars.routes.contact_appointments import api as contacts_api
from mock_server.apis.calendars.routes.spec import api, v3_api

__all__ = ["api", "contacts_api", "v3_api"]
