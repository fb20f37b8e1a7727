"""``ghl-mock listen`` and ``ghl-mock trigger`` against a running sandbox."""

from __future__ import annotations

import ast
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

        again = run("trigger", "UserCreate", "--url", server.url)  # its own values: not the first user's email
        assert again.returncode == 0, again.stderr

        installed = run("trigger", "INSTALL", "--url", server.url)
        assert installed.returncode == 0, installed.stderr
        assert "INSTALL" in installed.stdout

        unknown = run("trigger", "ContactCreated", "--url", server.url)
        assert unknown.returncode == 2 and "does not send ContactCreated" in unknown.stderr


TRIGGER_IMPORTS = """
import sys
from mock_server.cli import main

def areas():
    return sorted(n.split(".")[2] for n in sys.modules if n.startswith("mock_server.apis.") and n.endswith(".area"))

try:
    main(["trigger", "--help"])
except SystemExit:
    pass
print("=> help imported:", areas())
print("=> trigger answered:", main(["trigger", "NoteCreate", "--url", sys.argv[1]]))
print("=> trigger imported:", areas())
print("=> without a pipeline:", main(["trigger", "OpportunityCreate", "--url", sys.argv[1]]))
"""


def test_trigger_imports_only_the_areas_its_event_needs(serve_process):
    """The areas' indexes name every event and its causes: ``trigger --help`` imports no area, and making a note
    imports contacts (which declares NoteCreate and the contact it needs), not the 47 others (3 s of CPU)."""
    server = serve_process("--random-seed", "cli-imports")
    server.wait_healthy()
    done = subprocess.run([sys.executable, "-c", TRIGGER_IMPORTS, server.url], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    said = dict(line[3:].split(": ", 1) for line in done.stdout.splitlines() if line.startswith("=> "))
    assert ast.literal_eval(said["help imported"]) == []
    assert said["trigger answered"] == "0"
    assert ast.literal_eval(said["trigger imported"]) == ["contacts"]
    # The sandbox has no pipeline (only the control plane seeds one): a message, not a traceback.
    assert said["without a pipeline"] == "1"
    assert "ghl-mock: cannot perform create-opportunity in this sandbox: no value for [<record:pipelineId>]" in done.stderr


def test_serve_prints_where_the_public_keys_are(serve_process):
    server = serve_process("--random-seed", "cli-webhooks")
    banner = server.banner()
    assert f"webhook public keys: {server.url}/_mock/webhooks/keys" in banner
    assert httpx.get(server.url + "/_mock/webhooks/keys/rsa.pem", timeout=60).text.startswith("-----BEGIN PUBLIC KEY-----")
