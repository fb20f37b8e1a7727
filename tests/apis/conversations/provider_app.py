"""A tiny conversation provider, as a Marketplace app would write one: an ASGI app whose Delivery URL receives
``ProviderOutboundMessage``, checks GHL's Ed25519 signature, reports the message ``delivered`` and posts the
contact's answer as an inbound message, with its own app token. The tests run it in-process and on a port."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


class Provider:
    """``received``: the bodies delivered (verified); ``headers``: their headers. Set ``api`` (an httpx client
    on GHL with the provider app's token) before messages arrive."""

    def __init__(self, public_key_pem: str, reply: str = "Got it, thanks!") -> None:
        self.key = load_pem_public_key(public_key_pem.encode())
        self.reply = reply
        self.api: httpx.Client | None = None
        self.provider_id: str | None = None
        self.received: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.answers: list[tuple[int, int]] = []  # (status update, inbound) statuses
        self.app = Starlette(routes=[Route("/deliver", self.deliver, methods=["POST"])])

    async def deliver(self, request: Request) -> Response:
        raw = await request.body()
        try:
            self.key.verify(base64.b64decode(request.headers.get("x-ghl-signature", "")), raw)
        except (InvalidSignature, ValueError):
            return Response(status_code=401)
        event = json.loads(raw)
        self.received.append(event)
        self.headers.append(dict(request.headers))
        status = self.api.put(f"/conversations/messages/{event['messageId']}/status", json={"status": "delivered"})
        message = self.api.get(f"/conversations/messages/{event['messageId']}").json()
        inbound = {"type": event["type"], "conversationId": message["conversationId"],
                   "contactId": event["contactId"], "message": self.reply, "altId": f"ext-{len(self.received)}"}
        if event["type"] == "Custom":
            inbound["conversationProviderId"] = self.provider_id
        answered = self.api.post("/conversations/messages/inbound", json=inbound)
        self.answers.append((status.status_code, answered.status_code))
        return Response(status_code=200)
