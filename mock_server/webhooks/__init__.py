"""Webhooks: GHL's events, emitted from state changes, signed and delivered as GHL does.

  catalog.py      GHL's documented events: scopes that unlock each, level, doc page
  events.py       EventType (an area's declaration) and its emit(); the registry of declared events
  outbox.py       the emitted events, written in the change's own store transaction
  routing.py      which installed, subscribed apps receive an event (and at which URL)
  envelope.py     the body an app receives; jsonjs.py writes it as JSON.stringify would
  oddities.py     every per-event doc oddity and what the mock sends instead (DECISIONs)
  keys.py         the mock's own RSA and Ed25519 key pairs; signing.py signs bodies with them
  profiles.py     retry profiles (ghl, ghl-2026, none, custom); settings.py the delivery settings and faults
  delivery.py     one attempt: request, answer, outcome; dispatcher.py the queues, retries and worker
  control.py      the /_mock/webhooks control plane
"""

from mock_server.webhooks.events import Cause, EventRegistry, EventType

__all__ = ["Cause", "EventRegistry", "EventType"]
