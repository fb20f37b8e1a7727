"""The Funnels area's part of the demo (``Area.demo``): a funnel and a website of the main location (seeded:
GHL's API only lists them) and redirects to them and to an outside page."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

DOMAIN = "offers.demo-agency.example.com"


def load(demo: DemoLoader) -> None:
    funnel = demo.seed(demo.main, "funnels", {"name": "Free Guide Funnel", "steps": [
        {"name": "Opt-in", "url": "/free-guide"}, {"name": "Thank you", "url": "/free-guide-thanks"}]})
    website = demo.seed(demo.main, "funnels", {"name": "Main Website", "type": "website", "steps": [
        {"name": "Home", "url": "/home", "pages": ["Home", "Home (mobile)"]}, {"name": "About", "url": "/about"}]})
    redirects = (("/guide", funnel["_id"], "funnel"), ("/old-home", website["_id"], "website"),
                 ("/book", "https://calendly.example.com/demo", "url"))
    for path, target, action in redirects:
        demo.call("POST", "/funnels/lookup/redirect", token=demo.main_token, json={
            "locationId": demo.main, "domain": DOMAIN, "path": path, "target": target, "action": action})
    demo.summary.update(funnels=2, redirects=len(redirects))
