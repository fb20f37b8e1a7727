"""How to test your webhook handler against ghl-mock, in-process: no server, no tunnel, no sockets.

``ghl_receiver(app)`` installs a Marketplace app whose webhooks go to YOUR app (FastAPI/Starlette: ASGI,
Flask/Django: WSGI), signed exactly as GHL signs them (verify with the keys of
``GET /_mock/webhooks/keys``). Cause events with real API calls, then ``ghl.wait_for_event(...)`` or
``ghl.deliver()`` sends what is due; moving the clock (``ghl.advance``) plays the retries.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.serialization import load_pem_public_key
from fastapi import FastAPI, Request, Response
from flask import Flask
from flask import request as flask_request

# -- your application (stands for the one you test) ---------------------------------------------------


def make_fastapi_app(public_key_pem: str, seen_users: list[str]) -> FastAPI:
    """A receiver that verifies x-ghl-signature (Ed25519 over the raw body) and records new users."""
    app = FastAPI()
    key = load_pem_public_key(public_key_pem.encode())

    @app.post("/ghl/webhooks")
    async def webhook(request: Request) -> Response:
        raw = await request.body()
        try:
            key.verify(base64.b64decode(request.headers["x-ghl-signature"]), raw)
        except Exception:
            return Response(status_code=401)
        event = await request.json()
        if event["type"] == "UserCreate":
            seen_users.append(event["email"])
        return Response(status_code=200)

    return app


def make_flask_app(welcomed: list[str], received: list[str]) -> Flask:
    """An idempotent receiver: it welcomes each new user once, however often GHL sends the webhook."""
    app = Flask(__name__)
    done: set[str] = set()

    @app.post("/hooks")
    def webhook():
        event = flask_request.get_json()
        received.append(event["webhookId"])
        if event["webhookId"] in done:
            return "", 200  # a duplicate or a retry: already handled, and say so (a non-2xx would be retried)
        done.add(event["webhookId"])
        welcomed.append(event["email"])
        return "", 200

    return app


# -- the tests ------------------------------------------------------------------------------------------


def test_a_handler_receives_signed_events_in_process(ghl, ghl_receiver):
    keys = ghl.client().get("/_mock/webhooks/keys").json()
    seen: list[str] = []
    ghl_receiver(make_fastapi_app(keys["ed25519"]["publicKey"], seen), path="/ghl/webhooks", events=["UserCreate"])

    user = ghl.user(email="ada@example.com")  # a real API call; it causes UserCreate
    event = ghl.wait_for_event("UserCreate", id=user["id"])

    assert seen == ["ada@example.com"]
    assert event["deliveries"][0]["status"] == "delivered"


def test_install_and_uninstall_handling(ghl):
    from starlette.applications import Starlette
    from starlette.responses import Response as StarletteResponse
    from starlette.routing import Route

    installed_locations: set[str] = set()

    async def webhook(request):
        event = await request.json()
        if event["type"] == "INSTALL":
            installed_locations.add(event["locationId"])
        elif event["type"] == "UNINSTALL":
            installed_locations.discard(event["locationId"])
        return StarletteResponse(status_code=200)

    receiver = Starlette(routes=[Route("/webhooks", webhook, methods=["POST"])])
    # Consent, the app's code exchange (tokens), and INSTALL delivered: as a Marketplace app lives it.
    app = ghl.install_app(receiver=receiver, events=["INSTALL", "UNINSTALL"])
    assert app.access_token and app.refresh_token
    assert installed_locations == {ghl.location_id}

    ghl.uninstall_app(app)
    assert installed_locations == set()


def test_a_handler_stays_idempotent_under_duplicates_and_retries(ghl, ghl_receiver):
    welcomed: list[str] = []
    received: list[str] = []
    ghl_receiver(make_flask_app(welcomed, received), path="/hooks", events=["UserCreate"])
    ghl.webhook_settings(faults={"duplicate": 1.0})  # GHL may send a webhook twice

    user = ghl.user(email="grace@example.com")
    event = ghl.wait_for_event("UserCreate", id=user["id"])
    # The same webhookId once more, as GHL's retries and `POST /_mock/webhooks/events/{id}/resend` send it.
    ghl.client().post(f"/_mock/webhooks/events/{event['webhookId']}/resend", json={})
    ghl.deliver()

    assert received.count(event["webhookId"]) == 4  # twice at first, twice on the resend (duplicates on)
    assert welcomed == ["grace@example.com"]  # handled once
