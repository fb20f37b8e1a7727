"""The ``ghl`` handle's factories: ``ghl.user()``, ``ghl.location()`` ... create records THROUGH the API.

Each factory builds a GHL-shaped request body with ``mock_server.fixtures.factories.GhlFaker`` (seeded
from the test, so the data is the same on every run), applies the caller's overrides, and sends it
in-process through the mock's own pipeline: the record obeys every rule a client's would (validation,
duplicates, tenancy), and a factory can never create what the API would refuse.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from mock_server.fixtures.factories import GhlFaker
from mock_server.testing.transport import GHL_BASE_URL

if TYPE_CHECKING:
    from mock_server.testing.transport import InProcessTransport

Ref = str | dict[str, Any]  # a record or its id

DEFAULT_VERSION = "2021-07-28"
# The client id inside the tokens the factories use: their requests stay out of ``ghl.journal()``.
FIXTURE_CLIENT_ID = "ghl-mock-fixtures"


class RecordRefused(Exception):
    """The mock refused a record a factory tried to create (the overrides broke a rule of the API)."""

    def __init__(self, what: str, response: httpx.Response) -> None:
        self.status_code = response.status_code
        try:
            self.body: Any = response.json()
        except ValueError:
            self.body = response.text
        super().__init__(f"{what} was refused by the mock: {self.status_code} {self.body}")


class RecordFactories:
    """Mixin for ``GhlTenant``: every method creates one record through the API and returns it as GHL answers."""

    company_id: str
    location_id: str
    user_id: str
    seed: str | None

    def _fixture_headers(self, agency: bool) -> dict[str, str]:  # provided by GhlTenant
        raise NotImplementedError

    def _transport(self) -> InProcessTransport:  # provided by GhlTenant
        raise NotImplementedError

    def now(self) -> datetime:  # provided by GhlTenant
        raise NotImplementedError

    @property
    def fake(self) -> GhlFaker:
        """This test's data generator (seeded from the test): bodies to send yourself (``ghl.fake.contact(...)``)."""
        faker = getattr(self, "_faker", None)
        if faker is None:
            faker = self._faker = GhlFaker(self.seed or self.company_id)
        return faker

    def api(self, method: str, path: str, body: Any = None, *, params: dict[str, Any] | None = None,
            agency: bool = False, what: str | None = None) -> Any:
        """Call the mock in-process with the factories' all-scope token; raise ``RecordRefused`` unless 2xx."""
        request = httpx.Request(method, GHL_BASE_URL + path, params=params,
                                headers=self._fixture_headers(agency) | {"Content-Type": "application/json"},
                                content=orjson.dumps(body) if body is not None else b"")
        response = self._transport().handle_request(request)
        if not response.is_success:
            raise RecordRefused(what or f"{method} {path}", response)
        return response.json()

    def location_settings(self, **settings: Any) -> dict[str, Any]:
        """Change this location's settings (``PUT /_mock/locations/{id}/settings``), e.g.
        ``ghl.location_settings(allowDuplicateContact=True)`` or ``allowDuplicateOpportunity=True``."""
        return self.api("PUT", f"/_mock/locations/{self.location_id}/settings", settings,
                        what="ghl.location_settings()")

    # -- agency and users ----------------------------------------------------------------------------
    def user(self, **overrides: Any) -> dict[str, Any]:
        """A user of this location (POST /users/). Overrides are ``CreateUserDto`` fields."""
        body = self.fake.user(self.company_id, [self.location_id], **overrides)
        return self.api("POST", "/users/", body, what="ghl.user()")

    def location(self, **overrides: Any) -> dict[str, Any]:
        """Another location of this agency (POST /locations/ with an agency token)."""
        body = self.fake.location(self.company_id, **overrides)
        return self.api("POST", "/locations/", body, agency=True, what="ghl.location()")

    # -- contacts ------------------------------------------------------------------------------------
    def contact(self, **overrides: Any) -> dict[str, Any]:
        """A contact of this location (POST /contacts/): a name, an e-mail, an E.164 phone, an address, tags.
        Overrides are ``CreateContactDto`` fields."""
        body = self.fake.contact(self.location_id, **overrides)
        return self.api("POST", "/contacts/", body, what="ghl.contact()")["contact"]

    def business(self, **overrides: Any) -> dict[str, Any]:
        """A business of this location (POST /businesses/)."""
        body = self.fake.business(self.location_id, **overrides)
        return self.api("POST", "/businesses/", body, what="ghl.business()")["buiseness"]  # GHL's spelling

    def task(self, contact: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A task on ``contact`` (a new contact if none), due in three days of the tenant's time."""
        contact_id = _id(contact) if contact is not None else self.contact()["id"]
        body = self.fake.task(self.now() + timedelta(days=3), **overrides)
        return self.api("POST", f"/contacts/{contact_id}/tasks", body, what="ghl.task()")["task"]

    def note(self, contact: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A note on ``contact`` (a new contact if none)."""
        contact_id = _id(contact) if contact is not None else self.contact()["id"]
        return self.api("POST", f"/contacts/{contact_id}/notes", self.fake.note(**overrides), what="ghl.note()")["note"]

    # -- opportunities -------------------------------------------------------------------------------
    def pipeline(self, name: str | None = None, stages: list[str] | None = None, **overrides: Any) -> dict[str, Any]:
        """A pipeline of this location with its stages (seeded through the control plane: GHL's API cannot create
        one). ``stages`` are stage names in order; the answer carries the stages' ids."""
        body = self.fake.pipeline(**({"name": name} if name else {}), **overrides)
        if stages is not None:
            body["stages"] = [{"name": stage} for stage in stages]
        return self.api("POST", f"/_mock/locations/{self.location_id}/pipelines", body, what="ghl.pipeline()")

    def lost_reason(self, name: str = "Went with a competitor") -> dict[str, Any]:
        """A lost reason of this location (seeded through the control plane)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/lost-reasons", {"name": name},
                        what="ghl.lost_reason()")

    def opportunity(self, *, pipeline: Ref | None = None, contact: Ref | None = None,
                    **overrides: Any) -> dict[str, Any]:
        """An open opportunity (POST /opportunities/) in ``pipeline`` (a new one if none; its first stage unless
        ``pipelineStageId`` is given) for ``contact`` (a new one if none). Overrides are ``CreateDto`` fields."""
        pipeline_id = _id(pipeline) if pipeline is not None else self.pipeline()["id"]
        contact_id = _id(contact) if contact is not None else self.contact()["id"]
        body = self.fake.opportunity(self.location_id, pipeline_id, contact_id, **overrides)
        return self.api("POST", "/opportunities/", body, what="ghl.opportunity()")["opportunity"]

    # -- conversations -------------------------------------------------------------------------------
    def conversation(self, contact: Ref | None = None) -> dict[str, Any]:
        """The conversation of ``contact`` (a new contact if none), created through POST /conversations/."""
        contact_id = _id(contact) if contact is not None else self.contact()["id"]
        body = {"locationId": self.location_id, "contactId": contact_id}
        return self.api("POST", "/conversations/", body, what="ghl.conversation()")["conversation"]

    def message(self, contact: Ref | None = None, *, inbound: bool = False, type: str = "SMS",
                **overrides: Any) -> dict[str, Any]:
        """A message in ``contact``'s conversation (a new contact if none; the conversation is created as GHL
        does on a first message), as ``GET /conversations/messages/{id}`` answers it. Outbound: sent through
        POST /conversations/messages (``type`` SMS, Email ...); ``inbound=True``: added through
        POST /conversations/messages/inbound (``type`` may be ``Call``, with ``call={"status": ...}``)."""
        contact_id = _id(contact) if contact is not None else self.contact()["id"]
        text = overrides.pop("message", None) or self.fake.message_text()
        if inbound:
            conversation = self._conversation_of(contact_id)
            body = {"type": type, "contactId": contact_id, "conversationId": conversation,
                    "conversationProviderId": "ghl-mock-fixtures", "message": text, **overrides}
            made = self.api("POST", "/conversations/messages/inbound", body, what="ghl.message()")
        else:
            body = {"type": type, "contactId": contact_id, "message": text, **overrides}
            if type == "Email":
                body.setdefault("subject", self.fake.message_text())
            made = self.api("POST", "/conversations/messages", body, what="ghl.message()")
        return self.api("GET", f"/conversations/messages/{made['messageId']}", what="ghl.message()")

    def _conversation_of(self, contact_id: str) -> str:
        found = self.api("GET", "/conversations/search", params={"locationId": self.location_id,
                                                                 "contactId": contact_id})["conversations"]
        return found[0]["id"] if found else self.conversation(contact_id)["id"]

    # -- calendars -----------------------------------------------------------------------------------
    # -- associations --------------------------------------------------------------------------------
    def association(self, first: str = "contact", second: str = "contact", *, key: str | None = None,
                    first_label: str = "First", second_label: str = "Second") -> dict[str, Any]:
        """A USER_DEFINED association of this location (POST /associations/) between the object keys ``first``
        and ``second`` (``contact``, ``opportunity``, ``business``, ``custom_objects.<key>``); ``key`` defaults
        to a fresh one."""
        made = self._associations_made = getattr(self, "_associations_made", 0) + 1
        key = key or f"{first}_{second}_{made}".replace(".", "_")
        body = {"locationId": self.location_id, "key": key,
                "firstObjectKey": first, "firstObjectLabel": first_label,
                "secondObjectKey": second, "secondObjectLabel": second_label}
        return self.api("POST", "/associations/", body, what="ghl.association()")

    def relation(self, association: Ref, first: Ref, second: Ref) -> dict[str, Any]:
        """A relation (POST /associations/relations) of record ``first`` and record ``second`` under
        ``association`` (a record or id; the standard ones by id, e.g. ``"BUSINESSES_CONTACTS_ASSOCIATION"``)."""
        body = {"locationId": self.location_id, "associationId": _id(association),
                "firstRecordId": _id(first), "secondRecordId": _id(second)}
        return self.api("POST", "/associations/relations", body, what="ghl.relation()")

    def group(self, **overrides: Any) -> dict[str, Any]:
        """A calendar group of this location (POST /calendars/groups)."""
        body = self.fake.group(self.location_id, **overrides)
        return self.api("POST", "/calendars/groups", body, what="ghl.group()")["group"]

    def calendar(self, *, team: list[Ref] | None = None, group: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A calendar of this location (POST /calendars/): 30-minute slots, Monday to Friday 9:00-17:00 in the
        location's time zone. Hosted round robin by ``team`` (default: the tenant's admin user); ``team=[]``
        makes an event calendar with no host. Overrides are ``CalendarCreateDTO`` fields (``openHours`` ...)."""
        hosts = [self.user_id] if team is None else [_id(member) for member in team]
        body = self.fake.calendar(self.location_id, team_member_ids=hosts,
                                  group_id=_id(group) if group is not None else None, **overrides)
        return self.api("POST", "/calendars/", body, what="ghl.calendar()")["calendar"]

    def free_slots(self, calendar: Ref, *, days: int = 7, start: datetime | None = None,
                   timezone: str | None = None) -> list[str]:
        """The free slots of ``calendar`` in the ``days`` after ``start`` (default: the tenant's now), in order."""
        begin = start or self.now()
        params: dict[str, Any] = {"startDate": str(int(begin.timestamp() * 1000)),
                                  "endDate": str(int((begin + timedelta(days=days)).timestamp() * 1000))}
        if timezone:
            params["timezone"] = timezone
        answer = self.api("GET", f"/calendars/{_id(calendar)}/free-slots", params=params, what="ghl.free_slots()")
        return [slot for day, value in sorted(answer.items()) if day != "traceId" for slot in value["slots"]]

    def appointment(self, *, calendar: Ref | None = None, contact: Ref | None = None,
                    start: datetime | str | None = None, **overrides: Any) -> dict[str, Any]:
        """An appointment (POST /calendars/events/appointments), booked like a client books: on ``calendar``
        (a new one if none) for ``contact`` (a new one if none), at ``start`` (default: the first free slot)."""
        calendar_id = _id(calendar) if calendar is not None else self.calendar()["id"]
        contact_id = _id(contact) if contact is not None else self.contact()["id"]
        if start is None:
            slots = self.free_slots(calendar_id, days=31)
            if not slots:
                raise LookupError(f"ghl.appointment(): calendar {calendar_id} has no free slot in the next 31 days")
            start = slots[0]
        moment = datetime.fromisoformat(start) if isinstance(start, str) else start
        body = self.fake.appointment(self.location_id, calendar_id, contact_id, moment, **overrides)
        return self.api("POST", "/calendars/events/appointments", body, what="ghl.appointment()")

    # -- blogs ---------------------------------------------------------------------------------------
    # GHL's API only lists blog sites, authors and categories: these seed them through the control plane.
    def blog(self, name: str = "Company News", **fields: Any) -> dict[str, Any]:
        """A blog site of this location (``POST /_mock/locations/{id}/blogs``; ``domain`` optional)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/blogs", {"name": name, **fields},
                        what="ghl.blog()")

    def blog_author(self, name: str | None = None, **fields: Any) -> dict[str, Any]:
        """A blog author of this location (``POST /_mock/locations/{id}/blog-authors``)."""
        if name is None:
            person = self.fake.user(self.company_id, [])
            name = f"{person['firstName']} {person['lastName']}"
        body = {"name": name, **fields}
        return self.api("POST", f"/_mock/locations/{self.location_id}/blog-authors", body, what="ghl.blog_author()")

    def blog_category(self, label: str = "News", **fields: Any) -> dict[str, Any]:
        """A blog category of this location (``POST /_mock/locations/{id}/blog-categories``; ``urlSlug`` optional)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/blog-categories", {"label": label, **fields},
                        what="ghl.blog_category()")

    def blog_post(self, *, blog: Ref | None = None, author: Ref | None = None, categories: list[Ref] | None = None,
                  **overrides: Any) -> dict[str, Any]:
        """A PUBLISHED post (POST /blogs/posts) in ``blog`` by ``author`` (new ones if none), in ``categories``
        (default: none), published a day before the tenant's now. Overrides are ``CreateBlogPostParams`` fields."""
        body = self.fake.blog_post(self.location_id, _id(blog if blog is not None else self.blog()),
                                   _id(author if author is not None else self.blog_author()),
                                   [_id(c) for c in categories or []], self.now() - timedelta(days=1), **overrides)
        return self.api("POST", "/blogs/posts", body, what="ghl.blog_post()")["data"]


def _id(record: Ref) -> str:
    return record if isinstance(record, str) else record.get("id") or record["_id"]
