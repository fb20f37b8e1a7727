"""The ONE allowlist of differences between the mock and GHL's official files, each with its reason.

An entry names (spec file, method, path, finding kind, field) exactly as ``upstream.Finding`` does; for
``response_schema`` the field is the place in the body (``events/*/startTime``; for a missing required
field, the field itself), whatever the status.
Add one only when the official file is wrong or silent (see ../shared/design/spec-oddities.md) or
the live API is known to differ, and say why; ``_V3_ONLY_GAP`` marks the few fields only a v3 file documents
that the mock does not take yet (follow-ups, not defects of the files). An entry that no longer fires fails the run: delete it.
"""

from __future__ import annotations

from typing import NamedTuple


class Allowed(NamedTuple):
    spec_file: str
    method: str
    path: str
    kind: str
    field: str | None
    reason: str

    @property
    def key(self) -> tuple[str, str, str, str, str | None]:
        return (self.spec_file, self.method, self.path, self.kind, self.field)


# Not yet in the mock though a v3 file documents it (found when conformance began reading v3 as well): a v3
# client sending it gets a 422 GHL would not give. Each is a follow-up for its area.
_V3_ONLY_GAP = "only the v3 file documents it and the mock does not take it yet (a follow-up for the area)"

# Every answer carrying a UserSchema: (method, path, the field path prefix of a user in that answer).
_USER_ANSWERS = (
    ("POST", "/users/", ""), ("GET", "/users/{userId}", ""), ("PUT", "/users/{userId}", ""),
    ("GET", "/users/search", "users/*/"), ("GET", "/users/", "users/*/"),
)
_USER_FIELDS = {
    "scopes": "UserSchema.scopes is typed string (an enum of scope names) but holds the user's list of scopes: "
              "its request twin (CreateUserDto.scopes) is an array, as is what the mock answers",
}

# Official operations whose security names no scope (or no scheme at all); the mock takes the scope from
# Scopes.md or, where that is silent too, from the catalog's inference (seed-operations.tsv).
_NO_SCOPE_IN_FILE = "the official file declares an empty scope list for this operation (spec-oddities.md)"
_NO_SECURITY_IN_FILE = ("the official file declares no security at all for this operation; the catalog infers "
                        "contacts.write on a sub-account token from its sibling operations (spec-oddities.md)")
_SEARCH_BODY = ("SearchBodyV2DTO has no properties: the filter grammar is only behind an external link, so the "
                "mock defines it (docs/contacts-search.md)")
_PICKLIST_OPTIONS = ("the official custom-field DTOs give no way to set a picklist's choices; the mock also takes "
                     "`options` (answered as picklistOptions)")

# Calendars (calendars.json): the event DTOs, and the free-slots answer.
_TIMES_ARE_STRINGS = ("typed `object` although the file's own examples (\"2023-09-25T16:00:00+05:30\") and the "
                      "live API send date-time strings")
_NOT_EVERY_EVENT_HAS_ONE = ("required by CalendarEventDTO, but an appointment on a calendar outside any group has "
                            "no groupId, and one on an event calendar without a team has no assignedUserId")
_BLOCKS_ARE_NOT_APPOINTMENTS = ("GET /calendars/blocked-slots reuses the appointment DTO (CalendarEventDTO), whose "
                                "required appointment fields a blocked slot does not have (spec-oddities.md)")
_EVENT_ANSWERS = (("GET", "/calendars/events/appointments/{eventId}", "event/"),
                  ("GET", "/calendars/events", "events/*/"), ("GET", "/calendars/blocked-slots", "events/*/"),
                  ("POST", "/calendars/events/block-slots", ""), ("PUT", "/calendars/events/block-slots/{eventId}", ""))
_EVENT_TIMES = {"/calendars/events/block-slots": ("startTime", "endTime"),
                "/calendars/events/block-slots/{eventId}": ("startTime", "endTime")}
_OPTIONAL_IN_FACT = {
    "/calendars/events/appointments/{eventId}": (("groupId", "assignedUserId"), _NOT_EVERY_EVENT_HAS_ONE),
    "/calendars/events": (("groupId", "assignedUserId"), _NOT_EVERY_EVENT_HAS_ONE),
    "/calendars/blocked-slots": (("contactId", "appointmentStatus", "users", "groupId", "calendarId",
                                  "assignedUserId"), _BLOCKS_ARE_NOT_APPOINTMENTS),
}

# Opportunities (opportunities.json).
_OPPORTUNITY_SEARCH_REQUIRED = ("OpportunitySearchBodyDTO marks every property required, paging by page AND by "
                                "searchAfter at once, which GHL's search documentation says never to combine: the "
                                "mock requires locationId only")
_OPPORTUNITY_SEARCH_FILTERS = ("OpportunitySearchBodyDTO omits the filters and sort that GHL's linked search "
                               "documentation describes (the mock's subset: opportunities/search.py)")
_OPPORTUNITY_SEARCH_CLIENTS = ("OpportunitySearchBodyDTO omits it, but GHL's web app sends it and public clients "
                               "copy that body; live GHL accepts it (evidence at AdvancedSearchBody)")
_UPSERT_CONTACT = ("UpsertOpportunityDto has no contactId, yet GHL's upsert matches an opportunity by pipeline and "
                   "contact, and a new one needs its contact: the mock takes contactId")
_STAGES = ("PipelinesResponseSchema types stages as an array of arrays; GHL answers stage objects {id, name, "
           "position}, which is what clients read the stage ids from")


def _opportunity_entries() -> list[Allowed]:
    search = ("opportunities.json", "POST", "/opportunities/search")
    return [
        *(Allowed(*search, "required_body_differs", name, _OPPORTUNITY_SEARCH_REQUIRED)
          for name in ("additionalDetails", "limit", "page", "query", "searchAfter")),
        *(Allowed(*search, "body_property_undocumented", name, _OPPORTUNITY_SEARCH_FILTERS)
          for name in ("filters", "sort")),
        *(Allowed(*search, "body_property_undocumented", name, _OPPORTUNITY_SEARCH_CLIENTS)
          for name in ("includeTopRelations", "aggregations")),
        *(Allowed("opportunities.json", method, path, "body_property_rejected", name, _V3_ONLY_GAP)
          for method, path in (("POST", "/opportunities/"), ("POST", "/opportunities/upsert"),
                               ("PUT", "/opportunities/{id}"))
          for name in ("forecastExpectedCloseDate", "forecastProbability")),
        Allowed("opportunities.json", "POST", "/opportunities/upsert", "body_property_undocumented", "contactId",
                _UPSERT_CONTACT),
        Allowed("opportunities.json", "GET", "/opportunities/pipelines", "response_schema", "pipelines/*/stages/*",
                _STAGES),
    ]


# Conversations (conversations.json).
_CONVERSATION_WITHOUT = ("ConversationSchema requires it, but a conversation has no last message before its first "
                         "message (POST /conversations/ creates one empty) and no email/phone when its contact has "
                         "none: the mock leaves the field out rather than inventing a value")
_THREAD_WRAPPED = ("GetMessagesByConversationResponseDto declares the page unwrapped, but the live API wraps it in "
                   "`messages` ({\"messages\": {\"lastMessageId\", \"nextPage\", \"messages\": [...]}}), which is "
                   "what public integrations read (data.messages.messages): the mock answers the live shape")
_SEND_REQUIRED = ("SendMessageBodyDto marks it required, yet GHL sends messages without it (its own examples and the "
                  "SDK samples send type, contactId and message): the mock takes it as optional")


def _conversation_entries() -> list[Allowed]:
    spec = "conversations.json"
    return [
        *(Allowed(spec, "GET", "/conversations/search", "response_schema", f"conversations/*/{name}",
                  _CONVERSATION_WITHOUT) for name in ("lastMessageBody", "lastMessageType", "email", "phone")),
        *(Allowed(spec, "GET", "/conversations/{conversationId}/messages", "response_schema", name, _THREAD_WRAPPED)
          for name in ("messages", "lastMessageId", "nextPage")),
        *(Allowed(spec, "POST", "/conversations/messages", "required_body_differs", name, _SEND_REQUIRED)
          for name in ("status", "subType")),
    ]


def _calendar_entries() -> list[Allowed]:
    entries = []
    for method, path, prefix in _EVENT_ANSWERS:
        entries += [Allowed("calendars.json", method, path, "response_schema", prefix + name,
                            f"{name} is {_TIMES_ARE_STRINGS}")
                    for name in _EVENT_TIMES.get(path, ("startTime", "endTime", "dateAdded", "dateUpdated"))]
        names, reason = _OPTIONAL_IN_FACT.get(path, ((), ""))
        entries += [Allowed("calendars.json", method, path, "response_schema", prefix + name, reason) for name in names]
    entries.append(Allowed(
        "calendars.json", "PUT", "/calendars/{calendarId}", "body_property_undocumented", "slotBufferUnit",
        "CalendarUpdateDTO lists slotBuffer and preBufferUnit but forgets slotBufferUnit, which CalendarCreateDTO "
        "and CalendarDTO have: the mock takes it on update too"))
    entries += [Allowed(
        "calendars.json", method, path, "required_body_differs", "calendarId",
        "the file marks calendarId required, yet its own description says \"Either calendarId or assignedUserId "
        "can be set, not both\": a user's block has no calendarId (the mock requires exactly one of the two)")
        for method, path in (("POST", "/calendars/events/block-slots"),
                             ("PUT", "/calendars/events/block-slots/{eventId}"))]
    entries.append(Allowed(
        "calendars.json", "GET", "/calendars/{calendarId}/free-slots", "response_schema", "traceId",
        "the 200 is declared as date keys only (additionalProperties: SlotsSchema), yet GHL puts a string traceId "
        "beside them, and clients skip that key when walking the dates (free-slots.md §1)"))
    return entries


# Associations (associations.json): every operation answers GetPostSuccessfulResponseDto, one association.
_ASSOCIATION_FIELDS = ("locationId", "id", "key", "firstObjectLabel", "firstObjectKey", "secondObjectLabel",
                       "secondObjectKey", "associationType")
_STRINGS_TYPED_OBJECT = ("GetPostSuccessfulResponseDto types the labels, object keys and associationType `object`, "
                         "yet its own examples (\"student\", \"contact\", \"USER_DEFINED\") and GHL's "
                         "AssociationCreate webhook give strings, which the mock answers")
_ONE_ASSOCIATION_FOR_A_LIST = ("the file answers this list with GetPostSuccessfulResponseDto, ONE association "
                               "(spec-oddities.md); the mock answers {associations: [...]} (the list GET with total)")
_RELATION_NOT_ASSOCIATION = ("the file answers relation operations with the association DTO (spec-oddities.md); the "
                             "mock answers relations as GHL's RelationCreate/RelationDelete webhooks describe them "
                             "({id, locationId, associationId, first/secondObjectKey, first/secondRecordId}), a "
                             "record's list as {relations: [...], total}")
_STRING_KEYS = ("firstObjectLabel", "firstObjectKey", "secondObjectLabel", "secondObjectKey", "associationType")


def _association_entries() -> list[Allowed]:
    spec = "associations.json"
    entries = [Allowed(spec, method, path, "response_schema", name, _STRINGS_TYPED_OBJECT)
               for method, path in (("POST", "/associations/"), ("GET", "/associations/{associationId}"),
                                    ("PUT", "/associations/{associationId}"), ("GET", "/associations/key/{key_name}"))
               for name in _STRING_KEYS]
    entries += [Allowed(spec, "GET", path, "response_schema", name, _ONE_ASSOCIATION_FOR_A_LIST)
                for path in ("/associations/", "/associations/objectKey/{objectKey}") for name in _ASSOCIATION_FIELDS]
    entries += [Allowed(spec, "GET", "/associations/relations/{recordId}", "response_schema", name,
                        _RELATION_NOT_ASSOCIATION) for name in _ASSOCIATION_FIELDS]
    entries += [Allowed(spec, method, path, "response_schema", name, _RELATION_NOT_ASSOCIATION)
                for method, path in (("POST", "/associations/relations"), ("DELETE", "/associations/relations/{relationId}"))
                for name in ("key", "firstObjectLabel", "firstObjectKey", "secondObjectLabel", "secondObjectKey",
                             "associationType")]
    return entries


ALLOWLIST: tuple[Allowed, ...] = (
    *(Allowed("locations.json", method, "/locations/{locationId}/customFields/{id}", "scopes_differ", None,
              _NO_SCOPE_IN_FILE + "; Scopes.md gives locations/customFields.readonly|write")
      for method in ("GET", "PUT", "DELETE")),
    *(Allowed("locations.json", method, path, "body_property_undocumented", "options", _PICKLIST_OPTIONS)
      for method, path in (("POST", "/locations/{locationId}/customFields"),
                           ("PUT", "/locations/{locationId}/customFields/{id}"))),
    *(Allowed("contacts.json", "POST", "/contacts/search", "body_property_undocumented", name, _SEARCH_BODY)
      for name in ("filters", "locationId", "page", "pageLimit", "query", "searchAfter", "sort")),
    *(Allowed("contacts.json", "POST", "/contacts/search", "required_body_differs", name, _SEARCH_BODY)
      for name in ("locationId", "pageLimit")),
    *(Allowed("contacts.json", "POST", path, kind, None, _NO_SECURITY_IN_FILE)
      for path in ("/contacts/bulk/tags/update/{type}", "/contacts/bulk/business")
      for kind in ("scopes_differ", "token_classes_differ")),
    Allowed("contacts.json", "POST", "/contacts/bulk/tags/update/{type}", "response_schema", "responses/*",
            "UpdateTagsResponseDTO.responses is typed array<string> but its own example is an array of objects "
            "{contactId, message, type}, which is what the mock answers (spec-oddities.md)"),
    Allowed("contacts.json", "GET", "/contacts/business/{businessId}", "query_param_rejected", "startAfter",
            _V3_ONLY_GAP),
    Allowed("snapshots.json", "GET", "/snapshots/", "scopes_differ", None,
            _NO_SCOPE_IN_FILE + "; Scopes.md gives snapshots.readonly (agency)"),
    Allowed("oauth.json", "POST", "/oauth/locationToken", "status_differs", None,
            "the official file declares 200; the live API answers 201 (Operation.notes)"),
    *(Allowed("users.json", method, path, "response_schema", prefix + name, reason)
      for method, path, prefix in _USER_ANSWERS for name, reason in _USER_FIELDS.items()),
    *_calendar_entries(),
    Allowed("blogs.json", "GET", "/blogs/categories", "response_schema", "categories/*/name",
            "CategoryResponseDTO requires `name` but declares no such property: its name field is `label`, "
            "which the mock answers"),
    *_opportunity_entries(),
    *_association_entries(),
    *_conversation_entries(),
)

# Operations the generic walk (upstream_check.py) cannot get a success from (say, a booking needs a free
# slot), with the reason and where else their answers are validated. An entry the walk now reaches fails.
_CALENDARS_WALK = ("need data the generic probes cannot build (an appointment needs a contact and a free slot, "
                   "a listing needs a calendarId/userId/groupId filter, a block needs times); their answers are "
                   "validated by tests/apis/calendars/test_upstream_conformance.py, which walks every operation")
_MESSAGES_WALK = ("messages have no collection GET to find one by, and sending needs a reachable contact and a "
                  "conversation provider the generic probes cannot build: their answers are validated by "
                  "tests/apis/conversations/test_upstream_conformance.py, which walks every operation")
UNWALKED: dict[tuple[str, str, str], str] = {
    ("associations.json", "GET", "/associations/key/{key_name}"): (
        "the walk finds path values by listing records, and an association's key is no record id: the answer is "
        "validated by tests/apis/associations/test_upstream_conformance.py"),
    **{("conversations.json", method, path): _MESSAGES_WALK for method, path in (
        ("POST", "/conversations/providers/live-chat/typing"), ("POST", "/conversations/messages"),
        ("POST", "/conversations/messages/inbound"), ("POST", "/conversations/messages/outbound"),
        ("GET", "/conversations/messages/email/{id}"), ("DELETE", "/conversations/messages/email/{emailMessageId}/schedule"),
        ("GET", "/conversations/messages/{id}"), ("DELETE", "/conversations/messages/{messageId}/schedule"),
        ("PUT", "/conversations/messages/{messageId}/status"),
        ("GET", "/conversations/messages/{messageId}/locations/{locationId}/recording"),
        ("GET", "/conversations/locations/{locationId}/messages/{messageId}/transcription"),
        ("GET", "/conversations/locations/{locationId}/messages/{messageId}/transcription/download"),
    )},
    ("blogs.json", "PUT", "/blogs/posts/{postId}"): (
        "the walk only writes to records it can delete again, and GHL's Blogs API has no delete: the answer is "
        "validated by tests/apis/blogs/test_upstream_conformance.py"),
    **{("calendars.json", method, path): _CALENDARS_WALK for method, path in (
        ("GET", "/calendars/events"), ("GET", "/calendars/blocked-slots"),
        ("POST", "/calendars/events/appointments"), ("PUT", "/calendars/events/appointments/{eventId}"),
        ("GET", "/calendars/events/appointments/{eventId}"), ("POST", "/calendars/events/block-slots"),
        ("PUT", "/calendars/events/block-slots/{eventId}"), ("DELETE", "/calendars/events/{eventId}"),
        ("GET", "/calendars/appointments/{appointmentId}/notes"),
        ("POST", "/calendars/appointments/{appointmentId}/notes"),
        ("PUT", "/calendars/appointments/{appointmentId}/notes/{noteId}"),
        ("DELETE", "/calendars/appointments/{appointmentId}/notes/{noteId}"),
        ("PUT", "/calendars/schedules/{id}/associations/{calendarId}"),
        ("DELETE", "/calendars/schedules/{id}/associations/{calendarId}"),
    )},
}
