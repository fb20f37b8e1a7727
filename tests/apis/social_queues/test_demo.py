"""The Category Queue part of the demo sandbox, as the API shows it."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=3, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=1, blog_posts=1, conversations=1)


def test_the_demo_has_an_active_queue_of_published_posts():
    app = build_app(Settings(random_seed="queue-demo"))
    summary = load_demo(app.world, plan=SMALL)
    main = summary["mainLocationId"]
    token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"], location_id=main,
                                  scopes=None, kind="pit", expires_in=None, client_id=None, user_id=None,
                                  with_refresh=False)["access_token"]
    api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                       headers={"Authorization": f"Bearer {token}", "Version": "v3"})
    [queue] = api.post("/social-media-posting/category/queues/list", json={"locationId": main}).json()[
        "results"]["queues"]
    assert (queue["status"], queue["category"]["name"], queue["totalPosts"]) == ("active", "Promotions", 2)
    assert queue["currentPostId"] and summary["socialQueues"] == 1
