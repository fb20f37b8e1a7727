"""Conversation providers at work: which provider carries a message, who may speak for it, and the
``ProviderOutboundMessage`` its Delivery URL receives.

A provider is registered on a Marketplace app (``mock_server/webhooks/providers.py``, through the control
plane) and acts in the locations where its app is installed (ConversationProviders.md):

- a provider that is not custom **replaces the built-in channel** of its type (SMS or Email): every message
  sent on that channel goes to its Delivery URL instead of the location's own service. DECISION: it does so as
  soon as its app is installed (live, a user still picks it in the location's settings); with several, the
  last registered wins.
- a custom provider is **an extra channel**: a message sent with ``type: "Custom"`` (or its own type) and its
  ``conversationProviderId`` goes to it. DECISION: such a message is ``TYPE_CUSTOM_PROVIDER_SMS`` /
  ``_EMAIL``, and ``ProviderOutboundMessage.type`` is ``"Custom"`` (live, GHL issue #55).

Only the provider's own app speaks for it: status updates (a 403, GHL issue #4 and the marketplace doc's
"Update Message Status API" note) and inbound messages naming it (GHL issues #106/#107).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mock_server.apis.conversations import events, messaging_settings
from mock_server.apis.conversations.tables import MESSAGES
from mock_server.apis.oauth.service import INSTALLS
from mock_server.platform.errors import BadRequest, Forbidden
from mock_server.platform.tenant_context import Tenant
from mock_server.webhooks import providers as registry

# GHL's texts (issue #4: a status update before the message reached the provider, and from any caller that is
# not the message's provider: 403 since 2025-06; issue #107: an inbound message naming another app's provider).
NO_PROVIDER_FOR_MESSAGE = "No conversation provider found for this message"
NO_ACCESS = "You don't have access to the conversationProvider with id: {id}"
INVALID_PROVIDER = "Invalid conversationProviderId"
# DECISION: live, a custom-channel message without its provider id answers 201 with an empty body and is lost
# (GHL issue #70, open); the mock refuses it with the text the reporter asked for.
PROVIDER_REQUIRED = "conversationProviderId required for custom providers"
REPLACEABLE = ("SMS", "Email")
CUSTOM_MESSAGE_TYPES = {"SMS": "TYPE_CUSTOM_PROVIDER_SMS", "Email": "TYPE_CUSTOM_PROVIDER_EMAIL"}


def registered(tenant: Tenant, provider_id: str | None) -> dict[str, Any] | None:
    """The app provider of that id. DECISION: other ids (LC Phone's, Twilio's ... which the mock does not
    register) are taken as a built-in provider's and not checked."""
    return tenant.global_store.get(registry.PROVIDERS, provider_id) if provider_id else None


def installed(tenant: Tenant, provider: dict[str, Any]) -> bool:
    return tenant.global_store.get(INSTALLS, f"{provider['appId']}:{tenant.location_id}") is not None


def default_for(tenant: Tenant, channel: str) -> dict[str, Any] | None:
    """The app provider that replaced the location's built-in ``channel`` (SMS, Email), if any."""
    if channel not in REPLACEABLE:
        return None
    # A scan of the (small, global) providers table: a location has no index of the apps installed on it.
    found = [p for p in tenant.global_store.scan(registry.PROVIDERS)
             if p["type"] == channel and not p.get("isCustom") and installed(tenant, p)]
    return found[-1] if found else None


def for_send(tenant: Tenant, channel: str, provider_id: str | None) -> dict[str, Any] | None:
    """The provider a message sent on ``channel`` goes to (None: the location's built-in service)."""
    named = registered(tenant, provider_id)
    if channel == "Custom":
        if not provider_id:
            raise BadRequest(PROVIDER_REQUIRED)
        if named is None or not named.get("isCustom") or not installed(tenant, named):
            raise BadRequest(INVALID_PROVIDER)
        return named
    if named is not None and named.get("isCustom") and named["type"] == channel and installed(tenant, named):
        return named
    return default_for(tenant, channel)


def message_type(provider: dict[str, Any], default: str) -> str:
    return CUSTOM_MESSAGE_TYPES.get(provider["type"], default) if provider.get("isCustom") else default


# -- who speaks for a provider ----------------------------------------------------------------------
def check_inbound(tenant: Tenant, body: dict[str, Any], client_id: str | None) -> dict[str, Any] | None:
    """An inbound message (or call log) naming a provider must come from that provider's app; custom channels
    and calls must name theirs (default channels need not: ConversationProviders.md)."""
    provider_id = body.get("conversationProviderId")
    if not provider_id and body["type"] in ("Custom", "Call"):
        raise BadRequest(PROVIDER_REQUIRED)
    provider = registered(tenant, provider_id)
    if provider is not None and (provider["clientId"] != client_id or not installed(tenant, provider)):
        raise Forbidden(NO_ACCESS.format(id=provider_id))
    return provider


def check_status_update(tenant: Tenant, message: dict[str, Any], client_id: str | None) -> None:
    """Only the message's provider app may report its status, and (live quirk, GHL issue #4, when the location's
    ``statusUpdateDelaySeconds`` is set) only once that long has passed since the send."""
    provider = registered(tenant, message.get("conversationProviderId"))
    if provider is None or provider["clientId"] != client_id:
        raise Forbidden(NO_PROVIDER_FOR_MESSAGE)
    delay = messaging_settings.get(tenant).get("statusUpdateDelaySeconds") or 0
    sent = datetime.fromisoformat(message["dateAdded"].replace("Z", "+00:00"))
    if delay and tenant.now() < sent + timedelta(seconds=delay):
        raise Forbidden(NO_PROVIDER_FOR_MESSAGE)


# -- delivery -----------------------------------------------------------------------------------------
def deliver(tenant: Tenant, provider: dict[str, Any], message: dict[str, Any], contact: dict[str, Any],
            body: dict[str, Any]) -> str:
    """``ProviderOutboundMessage`` to the provider's Delivery URL, with the fields its doc lists for the type."""
    kind = "Custom" if provider.get("isCustom") else provider["type"]
    payload: dict[str, Any] = {"contactId": message["contactId"], "locationId": tenant.location_id,
                               "messageId": message["id"], "type": kind,
                               "attachments": list(message.get("attachments") or [])}
    if provider["type"] == "Email":
        payload.update(emailMessageId=message["id"], emailTo=list(message.get("to") or []),
                       emailFrom=message.get("from"), subject=message.get("subject"),
                       html=message.get("body") or "")  # as rendered (merge fields filled)
    else:
        payload.update(message=message.get("body") or "", phone=body.get("toNumber") or contact.get("phone"))
    if message.get("userId"):
        payload["userId"] = message["userId"]
    alt_id = _reply_to_alt_id(tenant, message, provider, body.get("replyMessageId"))
    if alt_id:
        payload["replyToAltId"] = alt_id
    payload = {k: v for k, v in payload.items() if v is not None}
    return tenant.emit(events.PROVIDER_OUTBOUND_MESSAGE, payload, to=registry.recipient(provider))


def _reply_to_alt_id(tenant: Tenant, message: dict[str, Any], provider: dict[str, Any],
                     reply_to: str | None) -> str | None:
    """The ``altId`` the provider gave the message this one answers: the one named by ``replyMessageId``, else
    for an extra channel (custom provider), the conversation's latest inbound message from it (DECISION: the doc
    says only that replies on an extra channel carry it)."""
    if reply_to:
        replied = tenant.store.get(MESSAGES, reply_to)
        return (replied or {}).get("altId")
    if not provider.get("isCustom"):
        return None
    ids = tenant.store.ids_where(MESSAGES, "conversationId", message["conversationId"])
    inbound = [m for m in tenant.store.scan_ids(MESSAGES, ids) if m["direction"] == "inbound"
               and m.get("conversationProviderId") == provider["id"] and m.get("altId")]
    inbound.sort(key=lambda m: (m["dateAdded"], m["seq"]))
    return inbound[-1]["altId"] if inbound else None
