"""The ``ghl`` factories of the Conversations area: conversations, messages, conversation providers, the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mock_server.testing.factories import Factories, Ref, ref_id

if TYPE_CHECKING:
    from mock_server.testing.webhooks import InstalledApp

PROVIDER_HOST = "{app_id}.provider.ghl-mock.test"


@dataclass
class ConversationProvider:
    """A conversation provider registered on a Marketplace app installed on the test's location."""

    id: str  # the conversationProviderId
    type: str  # SMS, Email or Call
    is_custom: bool
    delivery_url: str
    app: InstalledApp  # the app: client id, secret, its location token (``app.access_token``)

    @property
    def access_token(self) -> str | None:
        return self.app.access_token


class ConversationFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def conversation(self, contact: Ref | None = None) -> dict[str, Any]:
        """The conversation of ``contact`` (a new contact if none), created through POST /conversations/."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
        body = {"locationId": self.location_id, "contactId": contact_id}
        return self.api("POST", "/conversations/", body, what="ghl.conversation()")["conversation"]

    def message(self, contact: Ref | None = None, *, inbound: bool = False, type: str = "SMS",
                **overrides: Any) -> dict[str, Any]:
        """A message in ``contact``'s conversation (a new contact if none; the conversation is created as GHL
        does on a first message), as ``GET /conversations/messages/{id}`` answers it. Outbound: sent through
        POST /conversations/messages (``type`` SMS, Email ...); ``inbound=True``: added through
        POST /conversations/messages/inbound (``type`` may be ``Call``, with ``call={"status": ...}``)."""
        contact_id = ref_id(contact) if contact is not None else self.contact()["id"]
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

    def conversation_provider(self, app: Any = None, *, type: str = "SMS", custom: bool = False,
                              delivery_url: str | None = None, path: str = "/deliver", name: str | None = None,
                              events: list[str] | None = None) -> ConversationProvider:
        """A conversation provider (``type`` SMS, Email or Call) on a new Marketplace app installed on this
        location, its code exchanged (``.access_token`` speaks for the provider). Not ``custom``: it replaces the
        location's built-in ``type`` channel; ``custom``: an extra channel (send with ``type: "Custom"`` and its
        ``id``). ``ProviderOutboundMessage`` goes to ``app`` (your ASGI/WSGI app, in-process, at ``path``) or to
        ``delivery_url`` (real HTTP). ``events``: the app's other webhook subscriptions (none by default)."""
        installed = self.install_app(events=events or [], name=name or f"{type} provider app")
        if app is not None:
            host = PROVIDER_HOST.format(app_id=installed.app_id)
            self.world.webhooks.dispatcher.receivers[host] = app
            self._receiver_hosts.append(host)
            delivery_url = f"http://{host}{path}"
        if delivery_url is None:
            raise ValueError("give the provider an app (in-process) or a delivery_url")
        made = self.api("POST", f"/_mock/oauth/apps/{installed.client_id}/providers",
                        {"name": name or f"Test {type} provider", "type": type, "deliveryUrl": delivery_url,
                         "isCustom": custom}, what="ghl.conversation_provider()")
        return ConversationProvider(made["id"], type, custom, delivery_url, installed)

    def sent_messages(self, channel: str | None = None) -> list[dict[str, Any]]:
        """What this location's built-in channels sent (no provider), oldest first: ``GET /_mock/outbox/messages``
        (``channel``: ``"SMS"`` or ``"Email"``). Each has ``messageId``, ``channel``, ``to``, ``from``, ``text``
        (and ``html``, ``subject``, ``cc``, ``bcc`` for e-mail), ``status`` and, when it failed, ``error``."""
        params = {"locationId": self.location_id, **({"channel": channel} if channel else {})}
        return self.api("GET", "/_mock/outbox/messages", params=params, what="ghl.sent_messages()")["messages"]

    def messaging_settings(self, **changes: Any) -> dict[str, Any]:
        """Change this location's messaging settings: ``statusUpdateDelaySeconds`` (provider status updates are
        refused that long after the send, as live GHL does), ``builtInFailure`` (``{"code", "type", "message"}``:
        built-in SMS/e-mail fail with it; ``None`` clears it). Answers every setting."""
        return self.api("PUT", f"/_mock/locations/{self.location_id}/messaging-settings", changes,
                        what="ghl.messaging_settings()")

    def _conversation_of(self, contact_id: str) -> str:
        found = self.api("GET", "/conversations/search", params={"locationId": self.location_id,
                                                                 "contactId": contact_id})["conversations"]
        return found[0]["id"] if found else self.conversation(contact_id)["id"]
