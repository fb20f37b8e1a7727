"""The Trigger Links area's part of the demo (``Area.demo``): a few trigger links of the main location."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

LINKS = {"Book a call": "https://calendly.example.com/demo", "Spring offer": "https://shop.example.com/spring",
         "Free guide": "https://example.com/guide.pdf"}


def load(demo: DemoLoader) -> None:
    for name, url in LINKS.items():
        demo.call("POST", "/links/", token=demo.main_token, json={"locationId": demo.main, "name": name,
                                                                   "redirectTo": url})
    demo.summary["triggerLinks"] = len(LINKS)
