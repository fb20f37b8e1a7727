"""``GET /contacts/{contactId}/appointments`` (contacts.json): declared here, beside the appointments
it reads; the rest of contacts.json is the Contacts area's."""

from __future__ import annotations

from mock_server.apis.calendars import appointments
from mock_server.apis.calendars.models import events as models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("contacts.json", tag="Contacts")


@api.get("/contacts/{contactId}/appointments", "get-appointments-for-contact", scopes="contacts.readonly",
         tokens=LOCATION, response=models.ContactEventsResponse, summary="Get Appointments for Contact")
def get_contact_appointments(call: Call) -> dict:
    """The contact's appointments, earliest first, whatever their status."""
    return {"events": appointments.appointments_of_contact(call.tenant, call.path["contactId"])}
