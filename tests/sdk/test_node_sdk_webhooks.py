"""The official Node SDK's webhook verifiers (``@gohighlevel/api-client``, unchanged) accept the mock's
deliveries, sent over real HTTP by the live server, for each signature scheme, configured only with the
mock's public keys and the app's client id; they reject a tampered one.

SDK 3.1 (npm's current) verifies only ``x-ghl-signature`` in its middleware (it calls ``x-wh-signature``
"no longer sent"); its RSA verifier is still public, and is what 3.0's middleware used for that header.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.sdk.conftest import NODE

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def node_receiver(node_sdk, ghl_server):
    """The Node receiver (node_webhook_receiver.js) on a free port, for the whole session."""
    import httpx

    keys = httpx.get(ghl_server.url_for("/_mock/webhooks/keys")).json()
    script = node_sdk / "receiver.js"
    script.write_text((HERE / "node_webhook_receiver.js").read_text())
    process = subprocess.Popen([NODE, str(script)], cwd=node_sdk, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "GHL_MOCK_KEYS": json.dumps(keys)})
    port = json.loads(process.stdout.readline())["port"]
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)


@pytest.mark.parametrize(("mode", "keys"), [("both", "rsa"), ("both", "ed25519"), ("both", "rsa,ed25519"),
                                            ("ed25519", "ed25519")])
def test_the_node_sdk_accepts_the_mocks_deliveries(ghl, ghl_server, node_receiver, mode, keys):
    ghl.webhook_settings(mode=mode)
    app = ghl.install_app(webhook_url=f"{node_receiver}/hook?keys={keys}&client=", deliver=False)
    # The receiver learns the client id from its own URL, as an app knows its own CLIENT_ID.
    ghl.client().patch(f"/_mock/oauth/apps/{app.client_id}",
                       json={"webhookUrl": f"{node_receiver}/hook?keys={keys}&client={app.client_id}"})
    ghl.user(firstName="Zoë", lastName="Ünïcode", permissions={"campaignsEnabled": False})
    event = ghl.wait_for_event("UserCreate", timeout=60)
    attempts = ghl.event(event["webhookId"])["deliveries"][0]["attempts"]
    assert [(a["status"], json.loads(a["responseExcerpt"])) for a in attempts] == [(200, {"valid": True,
                                                                                           "skipped": False})]
    sent = attempts[0]["requestHeaders"]
    assert ("x-wh-signature" in sent) is (mode == "both") and "x-ghl-signature" in sent


@pytest.mark.parametrize("keys", ["rsa", "ed25519"])
def test_the_node_sdk_rejects_a_tampered_delivery(ghl, ghl_server, node_receiver, keys):
    ghl.webhook_settings(faults={"tamperedSignature": 1.0})
    app = ghl.install_app(webhook_url=f"{node_receiver}/hook", deliver=False)
    ghl.client().patch(f"/_mock/oauth/apps/{app.client_id}",
                       json={"webhookUrl": f"{node_receiver}/hook?keys={keys}&client={app.client_id}"})
    ghl.user()
    event = ghl.wait_for_event("UserCreate", timeout=60)
    attempt = ghl.event(event["webhookId"])["deliveries"][0]["attempts"][0]
    assert attempt["status"] == 401 and json.loads(attempt["responseExcerpt"])["valid"] is False
