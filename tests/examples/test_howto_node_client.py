"""How to: test a client written in another language (here Node) against ``ghl_server``.

``ghl_server`` runs the mock on a free local port for the whole session; ``ghl`` still gives each test
its own agency and location on it, and ``ghl.base_url`` / ``ghl.url_for()`` point at the live server. Hand the URL and a
token to the other process however it takes its configuration (here: environment variables).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

# The client under test: plain fetch (Node 18+), no npm install needed.
NODE_CLIENT = """
const base = process.env.GHL_BASE_URL;
const headers = { Authorization: `Bearer ${process.env.GHL_TOKEN}`, Version: "2021-07-28",
                  "Content-Type": "application/json" };
const locationId = process.env.GHL_LOCATION_ID;
(async () => {
  const created = await fetch(`${base}/users/`, { method: "POST", headers, body: JSON.stringify({
    companyId: process.env.GHL_COMPANY_ID, firstName: "Ada", lastName: "Lovelace", email: "ada@example.com",
    password: "analytical-engine", type: "account", role: "user", locationIds: [locationId] }) });
  const found = await fetch(`${base}/users/search?companyId=${process.env.GHL_COMPANY_ID}&query=ada`, { headers });
  console.log(JSON.stringify({ created: created.status, users: (await found.json()).users.map(u => u.name) }));
})().catch(error => { console.error(error); process.exit(1); });
"""


def run_node(ghl) -> dict:
    env = {**os.environ, "GHL_BASE_URL": ghl.base_url, "GHL_TOKEN": ghl.token(),
           "GHL_LOCATION_ID": ghl.location_id, "GHL_COMPANY_ID": ghl.company_id}
    done = subprocess.run([NODE, "-e", NODE_CLIENT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_node_client_creates_and_finds_a_user(ghl, ghl_server):
    assert run_node(ghl) == {"created": 201, "users": ["Ada Lovelace"]}
    # what the Node process sent is in this test's journal, like any in-process request
    assert [e["operationId"] for e in ghl.journal()] == ["create-user", "search-users"]
