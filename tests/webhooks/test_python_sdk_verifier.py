"""The official Python SDK's webhook verifier (``gohighlevel-api-client``, unchanged) accepts the mock's
deliveries for each signature scheme, configured only with the mock's public keys (its env variables)
and the app's client id, and rejects a tampered one. The SDK runs inside a Starlette receiver that the
mock delivers to in-process, exactly as it would run in a user's app."""

from __future__ import annotations

import pytest
from highlevel import HighLevel
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


def sdk_receiver(seen: list[dict]):
    sdk = HighLevel(private_integration_token="unused", log_level="error")
    verify = sdk.webhooks.subscribe()

    async def hook(request):
        await verify(request)
        state = request.state
        seen.append({"type": (await request.json())["type"], "valid": getattr(state, "is_signature_valid", None),
                     "scheme": getattr(state, "signature_type", None),
                     "skipped": getattr(state, "skipped_signature_verification", None)})
        return JSONResponse({}, status_code=200 if state.is_signature_valid else 401)

    return Starlette(routes=[Route("/hook", hook, methods=["POST"])])


def configure_sdk(monkeypatch, ghl, client_id: str, *, rsa: bool, ed25519: bool) -> None:
    keys = ghl.client().get("/_mock/webhooks/keys").json()
    monkeypatch.setenv("CLIENT_ID", client_id)
    for scheme, wanted in (("rsa", rsa), ("ed25519", ed25519)):
        env = keys[scheme]["env"]
        if wanted:
            monkeypatch.setenv(env, keys[scheme]["publicKey"])
        else:
            monkeypatch.delenv(env, raising=False)


@pytest.mark.parametrize(("mode", "rsa", "ed25519", "scheme"), [
    ("both", True, False, "rsa"),          # x-wh-signature, checked against WEBHOOK_PUBLIC_KEY
    ("both", False, True, "ed25519"),      # x-ghl-signature, checked against WEBHOOK_SIGNATURE_PUBLIC_KEY
    ("both", True, True, "ed25519"),       # both headers: the SDK prefers Ed25519
    ("ed25519", False, True, "ed25519"),   # Ed25519 only (GHL after the RSA header's retirement)
])
def test_the_python_sdk_accepts_the_mocks_deliveries(ghl, monkeypatch, mode, rsa, ed25519, scheme):
    seen: list[dict] = []
    ghl.webhook_settings(mode=mode)
    app = ghl.install_app(receiver=sdk_receiver(seen), path="/hook", deliver=False)
    configure_sdk(monkeypatch, ghl, app.client_id, rsa=rsa, ed25519=ed25519)
    ghl.deliver()  # INSTALL
    ghl.user(firstName="Zoë", lastName="Ünïcode")  # UserCreate, with non-ASCII in the signed bytes
    ghl.wait_for_event("UserCreate")
    assert seen == [{"type": "INSTALL", "valid": True, "scheme": scheme, "skipped": False},
                    {"type": "UserCreate", "valid": True, "scheme": scheme, "skipped": False}]
    statuses = [d["status"] for e in ghl.events() for d in e["deliveries"]]
    assert statuses == ["delivered", "delivered"]


@pytest.mark.parametrize(("rsa", "ed25519"), [(True, False), (False, True)])
def test_the_python_sdk_rejects_a_tampered_delivery(ghl, monkeypatch, rsa, ed25519):
    seen: list[dict] = []
    ghl.webhook_settings(faults={"tamperedSignature": 1.0})
    app = ghl.install_app(receiver=sdk_receiver(seen), path="/hook", deliver=False)
    configure_sdk(monkeypatch, ghl, app.client_id, rsa=rsa, ed25519=ed25519)
    event = ghl.wait_for_event("INSTALL")
    assert [s["valid"] for s in seen] == [False]
    attempt = ghl.event(event["webhookId"])["deliveries"][0]["attempts"][0]
    assert attempt["status"] == 401 and attempt["faults"] == ["tamperedSignature"]


def test_the_python_sdk_rejects_a_signature_made_with_a_rotated_key(ghl, monkeypatch):
    seen: list[dict] = []
    ghl.webhook_settings(faults={"rotatedKey": 1.0})
    app = ghl.install_app(receiver=sdk_receiver(seen), path="/hook", deliver=False)
    configure_sdk(monkeypatch, ghl, app.client_id, rsa=True, ed25519=True)
    ghl.wait_for_event("INSTALL")
    assert [s["valid"] for s in seen] == [False]
