"""The official Node SDK (``@gohighlevel/api-client``, installed by ``conftest.node_sdk``), unchanged, drives a
product with one-time and recurring prices and the shipping rate calculation against a live mock."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent


def test_the_node_sdk_sells_a_product_and_prices_its_shipping(ghl, ghl_server, node_sdk):
    shutil.copy(HERE / "node_sdk_products.js", node_sdk / "products.js")
    env = {**os.environ, "GHL_BASE_URL": ghl.base_url, "GHL_PIT": ghl.token(kind="pit"),
           "GHL_LOCATION_ID": ghl.location_id}
    done = subprocess.run([shutil.which("node"), "products.js"], cwd=node_sdk, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "prices": [["Mug", 12.99, "one_time"], ["Mug club", 5, "recurring"]],
        "bySlug": True,
        "slugClash": [400, "Product with slug 'node-mug' already exists in this location"],
        "rates": [["Light", 4.25]],
    }
    assert [v["kind"] for v in ghl.violations()] == []  # the SDK sends nothing GHL would refuse
