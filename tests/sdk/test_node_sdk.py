"""The official Node SDK (``@gohighlevel/api-client`` from npm, installed by ``conftest.node_sdk``) works
unchanged against the mock."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
NODE = shutil.which("node")
MONDAY_MS = 1772427600000  # 2026-03-02 00:00 in New York


def test_the_node_sdk_books_syncs_and_does_oauth_against_the_mock(ghl, ghl_server, node_sdk):
    ghl.freeze("2026-03-01T12:00:00Z")
    control = ghl.client()
    code = control.post("/_mock/oauth/codes", json={"companyId": ghl.company_id}).json()
    app = next(a for a in control.get("/_mock/oauth/apps").json()["apps"] if a["clientId"] == code["clientId"])
    env = {**os.environ, "GHL_BASE_URL": ghl.base_url, "GHL_PIT": ghl.token(kind="pit"),
           "GHL_LOCATION_ID": ghl.location_id, "GHL_COMPANY_ID": ghl.company_id, "GHL_MONDAY_MS": str(MONDAY_MS),
           "GHL_CODE": code["code"], "GHL_CLIENT_ID": app["clientId"], "GHL_CLIENT_SECRET": app["clientSecret"]}
    shutil.copy(HERE / "node_sdk_flow.js", node_sdk / "flow.js")
    done = subprocess.run([NODE, "flow.js"], cwd=node_sdk, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "contact": {"email": "node@sdk.test", "phone": "+14155550123"},
        "searchTotal": 1,
        "tags": ["vip"],
        "booked": "2026-03-02T09:00:00-05:00",
        "doubleBooking": [400, "The slot you have selected is no longer available."],
        "slotGone": True,
        "refreshRotates": True,
        "exchanged": "Location",
    }
    assert ghl.violations() == []  # the SDK sends nothing GHL would refuse
