"""The official Node SDK (``@gohighlevel/api-client``), unchanged, drives a location's tags and custom values
against the mock (installed once per session by ``conftest.py``'s ``node_sdk``; skipped without Node or npm)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent


def test_the_node_sdk_manages_tags_and_custom_values(ghl, ghl_server, node_sdk):
    shutil.copy(HERE / "node_sdk_locations.js", node_sdk / "locations.js")
    env = {**os.environ, "GHL_BASE_URL": ghl.base_url, "GHL_PIT": ghl.token(kind="pit"),
           "GHL_LOCATION_ID": ghl.location_id}
    done = subprocess.run([shutil.which("node") or "node", "locations.js"], cwd=node_sdk, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "listed": ["newsletter", "vip"], "renamed": "gold", "read": "gold", "contactTags": ["gold", "newsletter"],
        "deleted": True, "afterDelete": ["newsletter"],
        "duplicate": [400, "The tag name is already exist."],
        "fieldKey": "{{ custom_values.support_email }}", "value": "b@acme.test", "values": 1,
        "valueDeleted": True, "valuesAfter": 0,
    }
    assert ghl.violations() == []  # the SDK sends nothing GHL would refuse
