"""Conversation providers an app registers: custom SMS, Email or Call channels with their own Delivery URL.

GHL's marketplace (ConversationProviders.md): a provider has a name, a type (SMS, Email, Call), a Delivery
URL that receives ``ProviderOutboundMessage`` (signed with ``x-ghl-signature`` only), and whether it is
a custom provider (an extra channel) or replaces the default one; its id is the
``conversationProviderId`` that inbound messages name. The messaging flow builds on these records.
"""

from __future__ import annotations

from typing import Any

from mock_server.platform.errors import BadRequest
from mock_server.store import GLOBAL
from mock_server.webhooks.routing import Recipient

PROVIDERS = "conversation_providers"
TYPES = ("SMS", "Email", "Call")
PROVIDER_NOT_FOUND = "Conversation provider not found"  # DECISION: text not known
# Delivery URLs get only the Ed25519 header (GHL's ProviderOutboundMessage page), whatever the agency's mode.
DELIVERY_SIGNATURE_MODE = "ed25519"


def register(world, app: dict[str, Any], *, name: str, type: str, delivery_url: str, is_custom: bool = False,
             alias: str | None = None, logo_url: str | None = None) -> dict[str, Any]:
    provider = {"id": world.new_id(app.get("companyId")), "appId": app["appId"], "clientId": app["id"],
                "versionId": app.get("versionId") or app["appId"], "name": name,
                "type": type, "deliveryUrl": delivery_url, "isCustom": is_custom, "alias": alias, "logoUrl": logo_url}
    return world.store.put(GLOBAL, PROVIDERS, provider)


def of_app(world, app_id: str) -> list[dict[str, Any]]:
    return [p for p in world.store.scan(GLOBAL, PROVIDERS) if p["appId"] == app_id]


def get(world, provider_id: str) -> dict[str, Any]:
    provider = world.store.get(GLOBAL, PROVIDERS, provider_id)
    if provider is None:
        raise BadRequest(PROVIDER_NOT_FOUND)
    return provider


def remove(world, app_id: str, provider_id: str) -> None:
    if get(world, provider_id)["appId"] != app_id:
        raise BadRequest(PROVIDER_NOT_FOUND)
    world.store.delete(GLOBAL, PROVIDERS, provider_id)


def recipient(provider: dict[str, Any]) -> Recipient:
    """Where ``ProviderOutboundMessage`` goes: the provider's Delivery URL, as its app, Ed25519-signed only."""
    return Recipient(provider["appId"], provider.get("versionId") or provider["appId"], provider["clientId"],
                     provider["deliveryUrl"],
                     DELIVERY_SIGNATURE_MODE)
