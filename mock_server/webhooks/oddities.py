"""Where GHL's event docs are broken or odd, and what the mock sends instead: one place, one DECISION each.

The envelope (``envelope.py``) and the generated test of the declarations both read these rules, so
what is sent and what is checked cannot drift apart.
"""

from __future__ import annotations

from typing import Any

# DECISION: every body carries ``type`` = the event name, also where the doc's example has none
# (Record*, Association*, Relation*, ObjectSchema*, Invoice*, Product*) or a wrong one
# (the AppointmentUpdate and AppointmentDelete examples say "AppointmentCreate"): receivers and both
# official SDKs dispatch on ``type``.
DOC_TYPE_IS_WRONG = frozenset({"AppointmentUpdate", "AppointmentDelete"})

# ProviderOutboundMessage's ``type`` is the channel ("SMS", "Email"; live also "Custom", GHL issue #55),
# not the event name: the emitter's payload says it, and the envelope keeps it.
TYPE_IS_THE_CHANNEL = frozenset({"ProviderOutboundMessage"})

# DECISION: PriceCreate's example is empty; its fields are PriceUpdate's.
FIELDS_FROM_OTHER_DOC = {"PriceCreate": "PriceUpdate.md"}

# Invoice* and Product* examples name the record ``_id`` (kept: field names as GHL writes them), and
# LCEmailStats nests its data in ``webhookPayload`` (kept). The UserCreate doc's schema is a map of
# type names, not a JSON schema (docs.py reads both).
# Fields GHL sends that the docs leave out (evidence beside each).
EXTRA_FIELDS = {
    # Both official SDKs' InstallWebhookRequest read installType ("Location" | "Company").
    "INSTALL": ("installType",),
}

# DECISION: where a doc's schema and its own example disagree on a field's type, the example's type is sent:
# ProviderOutboundMessage's schema types emailTo a string, its Email example sends a list of addresses.
TYPE_FROM_EXAMPLE = {"ProviderOutboundMessage": ("emailTo",)}
# DECISION: replyToAltId is in no doc's schema; ConversationProviders.md says replies carry it.
EXTRA_FIELDS["ProviderOutboundMessage"] = ("replyToAltId",)

ENVELOPE_FIELDS = ("type", "locationId", "companyId", "versionId", "appId", "timestamp", "webhookId")


def type_value(event_name: str, payload: dict[str, Any]) -> str:
    """What the body's ``type`` says."""
    if event_name in TYPE_IS_THE_CHANNEL and isinstance(payload.get("type"), str):
        return payload["type"]
    return event_name
