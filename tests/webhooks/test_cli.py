"""``ghl-mock listen`` and ``ghl-mock trigger`` against a running sandbox."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx

from tests.webhooks.receivers import Recorder


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mock_server.cli", *args], capture_output=True, text=True, timeout=60)


def test_listen_forwards_and_trigger_causes_events(serve_process):
    server = serve_process("--random-seed", "cli-webhooks")
    server.wait_healthy()
    with Recorder() as receiver:
        set_up = run("listen", "--url", server.url, "--forward-to", receiver.url + "/hooks", "--once")
        assert set_up.returncode == 0, set_up.stderr
        assert "Ready! Forwarding" in set_up.stdout and "CLIENT_ID=" in set_up.stdout
        assert "WEBHOOK_SIGNATURE_PUBLIC_KEY=" in set_up.stdout

        made = run("trigger", "UserCreate", "--url", server.url, "--set", "firstName=Ada", "--set", "lastName=Lovelace")
        assert made.returncode == 0, made.stderr
        assert made.stdout.startswith("UserCreate") and "delivered" in made.stdout
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not receiver.bodies():
            time.sleep(0.05)
        assert [(b["type"], b["firstName"], b["lastName"]) for b in receiver.bodies()] == [
            ("UserCreate", "Ada", "Lovelace")]

        delivered = run("trigger", "ProviderOutboundMessage", "--url", server.url, "--set", "message=Hi there")
        assert delivered.returncode == 0, delivered.stderr
        assert "ProviderOutboundMessage" in delivered.stdout and "OutboundMessage" in delivered.stdout
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not [b for b in receiver.bodies() if b["type"] == "Custom"]:
            time.sleep(0.05)
        assert [b["message"] for b in receiver.bodies() if b["type"] == "Custom"] == ["Hi there"]

        installed = run("trigger", "INSTALL", "--url", server.url)
        assert installed.returncode == 0, installed.stderr
        assert "INSTALL" in installed.stdout

        unknown = run("trigger", "ContactCreated", "--url", server.url)
        assert unknown.returncode == 2 and "does not send ContactCreated" in unknown.stderr


def test_serve_prints_where_the_public_keys_are(serve_process):
    server = serve_process("--random-seed", "cli-webhooks")
    banner = server.banner()
    assert f"webhook public keys: {server.url}/_mock/webhooks/keys" in banner
    assert httpx.get(server.url + "/_mock/webhooks/keys/rsa.pem", timeout=60).text.startswith("-----BEGIN PUBLIC KEY-----")
