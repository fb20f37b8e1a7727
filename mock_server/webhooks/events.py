"""Declaring a webhook event, and emitting it from domain code.

An area declares each event it sends once, next to the operations that cause it::

    # mock_server/apis/users/events.py
    USER_CREATE = EventType("UserCreate", caused_by=("create-user",))

lists it in its area's ``events`` (``mock_server/apis/users/area.py``), and emits it from its domain code,
inside the request's store transaction, with the tenant the change happened in::

    tenant.emit(USER_CREATE, payload)          # tenant.agency.emit(...) for an agency-level event

Scopes, level and doc page come from GHL's catalog (``catalog.py``). ``caused_by`` names the
operations (operationIds) that send it every time; a ``Cause`` with a ``body`` names one that sends it
only for some requests (an opportunity update that moves the stage). The generated test
(tests/webhooks/test_declared_events.py) performs every cause and checks that exactly the declared
events arrive, with their doc's fields; ``ghl-mock trigger EVENT`` performs the first cause (or the
event's own ``trigger`` recipe). The emitted event is written to the outbox in the same transaction as
the change: a refused or rolled-back request emits nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from mock_server.webhooks.catalog import CATALOG

Audience = Literal["subscribers", "app", "provider"]


@dataclass(frozen=True)
class Cause:
    """An operation that sends the event only for some requests: ``body`` (merged over a minimal valid
    body; ``"$someId"`` strings name a record of that id field, ``"$new:/collection"`` one the test creates
    there first) is such a request.

    ``path`` names which record the request acts on where its path parameter alone cannot say
    (``{"eventId": "$/calendars/events/appointments"}``: an appointment, not a blocked slot); it does not
    make the cause conditional.
    """

    operation: str  # its operationId, or "METHOD /path" where GHL gave two operations one id
    body: dict[str, Any] | None = None
    query: dict[str, Any] | None = None
    path: dict[str, Any] | None = None


@dataclass(frozen=True, eq=False)
class EventType:
    name: str
    caused_by: tuple[str | Cause, ...] = ()
    # Payload fields every emission carries (the generated test checks them).
    always: tuple[str, ...] = ()
    # "subscribers": every app installed where it happens, subscribed, with an unlocking scope.
    # "app": only the app the event concerns (INSTALL, UNINSTALL): ``tenant.emit(EVENT, payload, app_id=...)``.
    # "provider": one conversation provider's Delivery URL (ProviderOutboundMessage), whatever the app subscribed
    # to: ``tenant.emit(EVENT, payload, to=providers.recipient(...))``.
    audience: Audience = "subscribers"
    # ``ghl-mock trigger``'s recipe when the first cause is not enough: fn(trigger_api, sets) -> None.
    trigger: Callable[..., Any] | None = None
    # Only for events outside GHL's catalog; catalog events take them from there.
    scopes: tuple[str, ...] | None = None
    levels: tuple[str, ...] | None = None
    doc: str | None = None
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        known = CATALOG.get(self.name)
        if known is None:
            if self.scopes is None or self.levels is None:
                raise ValueError(f"{self.name} is not in GHL's catalog: declare its scopes and levels")
            return
        for attribute in ("scopes", "levels", "doc"):
            given = getattr(self, attribute)
            if given is not None and given != getattr(known, attribute):
                raise ValueError(f"{self.name}.{attribute} is GHL's catalog fact ({getattr(known, attribute)!r})")
            object.__setattr__(self, attribute, getattr(known, attribute))

    @property
    def causes(self) -> list[Cause]:
        return [c if isinstance(c, Cause) else Cause(c) for c in self.caused_by]

    def __repr__(self) -> str:
        return f"<EventType {self.name}>"


class EventRegistry:
    """Every declared event, by name (one declaration per name)."""

    def __init__(self, events: Iterable[EventType] = ()) -> None:
        self._events: dict[str, EventType] = {}
        for event in events:
            self.add(event)

    def add(self, event: EventType) -> None:
        if event.name in self._events and self._events[event.name] is not event:
            raise ValueError(f"{event.name} is declared twice")
        self._events[event.name] = event

    def get(self, name: str) -> EventType | None:
        return self._events.get(name)

    def __iter__(self):
        return iter(self._events.values())

    def __contains__(self, name: str) -> bool:
        return name in self._events

    def names(self) -> list[str]:
        return list(self._events)

    def for_operation(self, operation_id: str) -> list[EventType]:
        """The events an operation sends every time (its plain causes)."""
        return [e for e in self if any(c.operation == operation_id and c.body is None and c.query is None
                                       for c in e.causes)]
