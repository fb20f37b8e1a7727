"""The Social Planner part of the demo sandbox, as the API shows it."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=3, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=1, blog_posts=1, conversations=1)


def test_the_demo_has_connected_accounts_posts_and_their_statistics():
    app = build_app(Settings(random_seed="social-demo"))
    summary = load_demo(app.world, plan=SMALL)
    main = summary["mainLocationId"]
    token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"], location_id=main,
                                  scopes=None, kind="pit", expires_in=None, client_id=None, user_id=None,
                                  with_refresh=False)["access_token"]
    api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                       headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
    accounts = api.get(f"/social-media-posting/{main}/accounts").json()["results"]
    seeded = [a for a in accounts["accounts"] if a["name"].startswith("Demo ")]  # social_oauth's demo adds its own
    assert sorted(a["platform"] for a in seeded) == ["facebook", "instagram", "linkedin"]
    assert [len(g["accountIds"]) for g in accounts["groups"]] == [3]
    window = {"skip": "0", "limit": "20", "fromDate": "2000-01-01T00:00:00Z", "toDate": "2999-01-01T00:00:00Z",
              "includeUsers": "true"}
    statuses = [p["status"] for p in api.post(f"/social-media-posting/{main}/posts/list", json=window).json()
                ["results"]["posts"]]
    assert sorted(statuses) == ["draft"] + ["published"] * 6 + ["scheduled"]
    assert summary["socialPosts"] == len(statuses)
    stats = api.post("/social-media-posting/statistics", params={"locationId": main},
                     json={"profileIds": [a["profileId"] for a in accounts["accounts"]]}).json()["results"]
    assert stats["totals"]["followers"] == 1200 + 860 + 310
    assert stats["totals"]["posts"] == 3 and stats["totals"]["likes"] > 0  # those of the last 7 days
    published = [a for a in accounts["accounts"] if a["platform"] in ("facebook", "instagram", "linkedin")]
    comments = [c for a in published for c in api.post(
        f"/social-media-posting/comments/{a['platform']}/list", params={"locationId": main},
        json={"originIds": [a["originId"]]}).json()["results"]["comments"]]
    assert [(c["author"]["name"], c["likeCount"]) for c in comments] == [("Demo follower", 2)]
