"""The official Node SDK (``@gohighlevel/api-client``, installed by ``conftest.node_sdk``), unchanged, drives an
invoice from draft to paid (and another to void), an estimate converted to an invoice, a coupon, and an order paid
and fulfilled, against a live mock (``node_sdk_commerce.js``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent


def test_the_node_sdk_invoices_discounts_and_ships(ghl, ghl_server, node_sdk):
    contact = ghl.contact(phone="+14155550126")
    order = ghl.order(contact, items=[{"name": "Lamp", "amount": 45, "qty": 1, "priceId": "price-lamp"}])
    shutil.copy(HERE / "node_sdk_commerce.js", node_sdk / "commerce.js")
    env = {**os.environ, "GHL_BASE_URL": ghl.base_url, "GHL_PIT": ghl.token(kind="pit"),
           "GHL_LOCATION_ID": ghl.location_id, "GHL_USER_ID": ghl.user_id, "GHL_CONTACT_ID": contact["id"],
           "GHL_CONTACT_EMAIL": contact["email"], "GHL_CONTACT_PHONE": contact["phone"], "GHL_ORDER_ID": order["_id"]}
    done = subprocess.run([shutil.which("node"), "commerce.js"], cwd=node_sdk, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        # 500 + 80.25 = 580.25; 10 off spread 500:80.25 -> 8.62 / 1.38; GST 5 % of 78.87 = 3.94
        "created": ["draft", 574.19],
        "sent": "sent",
        "partial": ["partially_paid", 274.19],
        "full": ["paid", 0],
        "voidPaid": [400, "Invoice in paid status cannot be voided"],
        "voided": "void",
        "voidedRead": ["void", 89],
        "converted": ["draft", 100, "invoiced"],
        "coupon": ["NODE10", 1, "active"],
        "fulfillments": [[True, "NODE-1"]],
        "order": ["paid", "fulfilled"],
    }
    assert [v["kind"] for v in ghl.violations()] == []  # the SDK sends nothing GHL would refuse

