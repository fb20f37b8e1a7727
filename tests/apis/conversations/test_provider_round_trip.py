"""The provider round trip, end to end, as an app developer runs it in CI: over real ports (the mock and the
provider each on a free port, deliveries by the mock's background sender), and with the official Python SDK
(``gohighlevel-api-client``) as the provider app's client. The in-process version is test_providers.py."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import threading
import time

import httpx
import pytest
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.apis.conversations.provider_app import Provider

highlevel = pytest.importorskip("highlevel", reason="the official SDK is a test dependency")
uvicorn = pytest.importorskip("uvicorn")


class Served:
    """An ASGI app on ``http://127.0.0.1:<free port>`` in a thread, stopped on exit."""

    def __init__(self, app) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.01)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(5)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _wait(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the provider heard nothing in time"
        time.sleep(0.02)


def _check_conversation(ghl, sent: dict) -> None:
    api = ghl.client()
    thread = api.get(f"/conversations/{sent['conversationId']}/messages").json()["messages"]["messages"]
    assert [(m["direction"], m["status"]) for m in thread] == [("inbound", "delivered"), ("outbound", "delivered")]
    assert {e["type"] for e in ghl.events()} >= {"OutboundMessage", "InboundMessage", "ProviderOutboundMessage"}


def test_the_round_trip_over_real_ports(ghl, ghl_server):
    public_key = httpx.get(ghl_server.url_for("/_mock/webhooks/keys")).json()["ed25519"]["publicKey"]
    provider = Provider(public_key)
    with Served(provider.app) as served:
        registered = ghl.conversation_provider(delivery_url=served.url("/deliver"))
        provider.api = httpx.Client(base_url=ghl_server.url, headers={
            "Authorization": f"Bearer {registered.access_token}", "Version": "2021-04-15"})
        contact = ghl.contact(phone="+15550001111")
        sent = httpx.post(ghl_server.url_for("/conversations/messages"), headers=ghl.headers(),
                          json={"type": "SMS", "contactId": contact["id"], "message": "Over the wire"}).json()
        _wait(lambda: provider.answers)
        provider.api.close()

    assert provider.received[0]["message"] == "Over the wire"
    assert provider.answers == [(200, 200)]
    _check_conversation(ghl, sent)


def make_sdk_provider(public_key_pem: str, state: dict) -> Starlette:
    """The same provider, written with the official SDK as its GHL client."""
    key = load_pem_public_key(public_key_pem.encode())

    async def deliver(request: Request) -> Response:
        raw = await request.body()
        key.verify(base64.b64decode(request.headers["x-ghl-signature"]), raw)  # raises on a forged body
        event = json.loads(raw)
        sdk = state["sdk"]
        state["status"] = await sdk.conversations.update_message_status(event["messageId"], {"status": "delivered"})
        found = await sdk.conversations.search_conversation(location_id=event["locationId"],
                                                            contact_id=event["contactId"])
        state["inbound"] = await sdk.conversations.add_an_inbound_message({
            "type": "SMS", "conversationId": found["conversations"][0]["id"], "contactId": event["contactId"],
            "message": "Sent from the SDK"})
        return Response(status_code=200)

    return Starlette(routes=[Route("/deliver", deliver, methods=["POST"])])


@pytest.mark.ghl_intercept
def test_the_round_trip_with_the_official_sdk_as_the_providers_client(ghl):
    state: dict = {}
    public_key = ghl.client().get("/_mock/webhooks/keys").json()["ed25519"]["publicKey"]
    with Served(make_sdk_provider(public_key, state)) as served:
        registered = ghl.conversation_provider(delivery_url=served.url("/deliver"))
        state["sdk"] = highlevel.HighLevel(client_id=registered.app.client_id,
                                           client_secret=registered.app.client_secret,
                                           location_access_token=registered.access_token)
        contact = ghl.contact(phone="+15550001111")
        sent = ghl.client().post("/conversations/messages",
                                 json={"type": "SMS", "contactId": contact["id"], "message": "Hello SDK"}).json()
        ghl.wait_for_event("ProviderOutboundMessage")

    assert state["status"]["status"] == "delivered"
    assert state["inbound"]["success"] is True
    _check_conversation(ghl, sent)


@pytest.mark.ghl_intercept
def test_the_sdk_of_another_app_is_refused(ghl):
    registered = ghl.conversation_provider(delivery_url="https://provider.example/deliver")
    other = ghl.install_app(events=[], name="Another app")
    message = ghl.message(contact=ghl.contact(phone="+15550001111"))

    async def update(app):
        sdk = highlevel.HighLevel(client_id=app.client_id, client_secret=app.client_secret,
                                  location_access_token=app.access_token)
        try:
            return await sdk.conversations.update_message_status(message["id"], {"status": "read"})
        except highlevel.GHLError as error:
            return error

    refused = asyncio.run(update(other))
    assert getattr(refused, "status_code", None) == 403, refused
    assert asyncio.run(update(registered.app))["status"] == "read"
