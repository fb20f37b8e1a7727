"""The Marketplace area's part of the demo (``Area.demo``): the main location's wallet, the demo app's
usage meter there, and a few charges the app made on it."""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

WALLET_BALANCE = 50.0
METER = {"meterId": "6650c0ffee0000000000d3a0", "meterName": "AI replies", "priceType": "fixed",
         "fixedPricePerUnit": 0.02, "usageUnit": "reply"}
CHARGES = (("Replies drafted on Monday", 40), ("Replies drafted on Tuesday", 25), ("Replies drafted today", 10))


def load(demo: DemoLoader) -> None:
    app_id = _app_of(demo.main_token)
    demo.seed(demo.main, "marketplace/wallet", {"balance": WALLET_BALANCE})
    demo.seed(demo.main, f"marketplace/apps/{app_id}/rebilling-config", {"usage": [METER]})
    for n, (description, units) in enumerate(CHARGES):
        demo.call("POST", "/marketplace/billing/charges", token=demo.main_token, json={
            "appId": app_id, "meterId": METER["meterId"], "eventId": f"demo-event-{n + 1}",
            "locationId": demo.main, "companyId": demo.company_id, "description": description, "units": units})
    demo.summary["walletCharges"] = len(CHARGES)


def _app_of(token: str) -> str:
    """The app a demo token belongs to: its claims name it (``oauthMeta.client``), as GHL's tokens do."""
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims["oauthMeta"]["client"]
