"""The official Node SDK, unchanged, on custom fields v2, custom objects and records with search
(``objects_flow.js``, run in the session's SDK install: ``conftest.node_sdk``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.sdk.conftest import NODE

HERE = Path(__file__).parent


def test_the_node_sdk_drives_custom_objects_and_records(ghl, ghl_server, node_sdk):
    env = {**os.environ, "GHL_BASE_URL": ghl.base_url, "GHL_PIT": ghl.token(kind="pit"),
           "GHL_LOCATION_ID": ghl.location_id}
    shutil.copy(HERE / "objects_flow.js", node_sdk / "objects_flow.js")
    done = subprocess.run([NODE, "objects_flow.js"], cwd=node_sdk, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "fields": ["custom_objects.vehicle.model", "custom_objects.vehicle.year"],
        "folders": ["Additional Info", "Specifications"],
        "recent": ["Civic", "Leaf"],
        "changedYear": 2020,
        "read": "Golf",
        "badYear": [422, ["properties.year must be a number"]],
        "deleted": True,
        "deletedField": True,
        "left": ["custom_objects.vehicle.model"],
        "objects": ["contact", "opportunity", "business", "custom_objects.vehicle"],
    }
    assert ghl.violations() == []  # the SDK sends nothing GHL would refuse (the bad year is the domain's 422)
