"""Generated from the event declarations (each area's ``events``, mock_server/apis/<area>/area.py): for every operation an event
names as its cause, perform it through the API (requests built by the contract kit) and check that

- exactly the events declared for it are emitted (no more, none missing);
- each payload carries the envelope, the fields its declaration promises, and only fields its GHL doc
  documents, of the documented types (when GHL's docs are beside the repository);
- the app receives the same body, and a refused request (4xx) emits nothing.

An area that declares an event is covered here with no test to write.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from mock_server.contracts import event_docs
from mock_server.contracts.causes import Performer
from mock_server.contracts.sides import tenant_side

from mock_server.apis import REGISTERED
from mock_server.webhooks import Cause, EventRegistry, EventType
from mock_server.webhooks.oddities import ENVELOPE_FIELDS, EXTRA_FIELDS

REGISTRY = REGISTERED.registry
DECLARED = EventRegistry(REGISTERED.events)
DOCS = event_docs.locate()


def _cases() -> list[tuple[EventType, Cause]]:
    """Each distinct cause once, with the first event declaring it (paired events share their cause)."""
    found: list[tuple[EventType, Cause]] = []
    for event in DECLARED:
        found += [(event, cause) for cause in event.causes if all(cause != seen for _, seen in found)]
    return found


CASES = _cases()


def _id(case) -> str:
    event, cause = case
    return f"{event.name}<-{cause.operation}" + ("(variant)" if cause.body or cause.query else "")


def performer(ghl) -> Performer:
    """The contract kit performing causes as this tenant's own client, in-process."""
    return Performer(tenant_side(ghl, name="test"), REGISTRY, known=tuple(c for _, c in CASES))


def expected_for(event: EventType, cause: Cause) -> set[str]:
    """The events the operation sends every time, and those declaring this very request (paired events)."""
    names = {e.name for e in DECLARED.for_operation(cause.operation)}
    return names | {e.name for e in DECLARED if cause in e.causes} | {event.name}


@pytest.mark.skipif(not CASES, reason="no event declares a cause")
@pytest.mark.parametrize("case", CASES, ids=_id)
@pytest.mark.ghl_allow_violations("deprecated_operation")  # the kit finds records as a client would: listing them
def test_each_cause_emits_exactly_its_declared_events(ghl, case):
    event, cause = case
    seen: list[bytes] = []

    async def receiver(scope, receive, send):
        message = await receive()
        seen.append(message["body"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    app = ghl.receiver(receiver, agency=True)  # installed on the agency and its locations: every level
    kit = performer(ghl)
    kit.prepare(cause)  # the records it acts on, created through the API (their own events are not counted)
    ghl.deliver()
    seen.clear()  # the app's own INSTALLs, the set-up's events
    mark = ghl.world.webhooks.outbox.last_seq
    answer = kit.send(cause)
    assert answer.ok, f"{answer.describe()} answered {answer.status}: {answer.payload}"
    ghl.deliver()
    emitted = ghl.world.webhooks.events(company_id=ghl.company_id, since_seq=mark)
    assert set(Counter(e["type"] for e in emitted)) == expected_for(event, cause)
    for emitted_event in emitted:
        check_payload(DECLARED.get(emitted_event["type"]), emitted_event, ghl)
        assert [d["status"] for d in emitted_event["deliveries"]] == ["delivered"]
    bodies = [json.loads(raw) for raw in seen]
    assert [b["webhookId"] for b in bodies] == [e["webhookId"] for e in emitted]
    for body, emitted_event in zip(bodies, emitted, strict=True):
        assert body == {**emitted_event["payload"], "versionId": app.version_id, "appId": app.app_id}


def check_payload(event: EventType, emitted: dict, ghl) -> None:
    payload = emitted["payload"]
    assert payload["type"] == event.name or event.name == "ProviderOutboundMessage"
    assert payload["webhookId"] == emitted["webhookId"] and payload["timestamp"].endswith("Z")
    level = "locationId" if emitted["locationId"] else "companyId"
    assert payload[level] == (ghl.location_id if level == "locationId" else ghl.company_id)
    missing = [name for name in event.always if name not in payload]
    assert not missing, f"{event.name} lacks {missing}, which its declaration promises"
    if DOCS is None:
        return
    doc = event_docs.read(DOCS, event.doc, event.name)
    allowed = doc.fields | set(ENVELOPE_FIELDS) | set(EXTRA_FIELDS.get(event.name, ()))
    undocumented = sorted(set(payload) - allowed)
    assert not undocumented, f"{event.name} sends {undocumented}, which {event.doc} does not document"
    problems = [p for name, value in payload.items() if (p := doc.type_problem(name, value))]
    assert not problems, f"{event.name}: {problems}"


@pytest.mark.skipif(not CASES, reason="no event declares a cause")
@pytest.mark.parametrize("case", CASES, ids=_id)
@pytest.mark.ghl_allow_violations
def test_a_refused_request_emits_nothing(ghl, case):
    event, cause = case
    def receiver(environ, start_response):  # a WSGI app this time
        start_response("200 OK", [])
        return [b""]

    ghl.receiver(receiver)
    kit = performer(ghl)
    kit.prepare(cause)
    mark = ghl.world.webhooks.outbox.last_seq
    answer = kit.send(cause, broken=True)
    assert 400 <= answer.status < 500, f"{answer.describe()} was not refused: {answer.status}"
    assert ghl.world.webhooks.events(company_id=ghl.company_id, since_seq=mark) == []


def test_every_declared_event_is_in_ghls_catalog_or_says_why():
    from mock_server.webhooks.catalog import CATALOG

    assert [e.name for e in DECLARED if e.name not in CATALOG and not e.notes] == []


@pytest.mark.skipif(DOCS is None, reason="GHL's webhook event docs are not beside the repository")
def test_every_catalog_event_has_its_doc():
    from mock_server.webhooks.catalog import CATALOG

    assert sorted(n for n, entry in CATALOG.items() if not (DOCS / entry.doc).is_file()) == []
