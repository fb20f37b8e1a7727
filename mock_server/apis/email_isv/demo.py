"""The Email Verification area's part of the demo (``Area.demo``): an address of the main location that bounces,
so verifying it shows GHL's "undeliverable" answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

BOUNCING = "old.mailbox@bounce.example.com"


def load(demo: DemoLoader) -> None:
    demo.seed(demo.main, "email-verification/outcomes", {"address": BOUNCING, "result": "undeliverable",
                                                          "risk": "high", "reason": ["mailbox_does_not_exist"]})
    demo.call("POST", "/email/verify", token=demo.main_token, params={"locationId": demo.main},
              json={"type": "email", "verify": BOUNCING})
    demo.summary["emailVerifications"] = 1
