"""The Social Planner part of the demo sandbox, as the API shows it."""

from __future__ import annotations


def test_the_demo_has_connected_accounts_posts_and_their_statistics(small_demo):
    api, main = small_demo.api, small_demo.main
    accounts = api.get(f"/social-media-posting/{main}/accounts").json()["results"]
    seeded = [a for a in accounts["accounts"] if a["name"].startswith("Demo ")]  # social_oauth's demo adds its own
    assert sorted(a["platform"] for a in seeded) == ["facebook", "instagram", "linkedin"]
    assert [len(g["accountIds"]) for g in accounts["groups"]] == [3]
    window = {"skip": "0", "limit": "20", "fromDate": "2000-01-01T00:00:00Z", "toDate": "2999-01-01T00:00:00Z",
              "includeUsers": "true"}
    statuses = [p["status"] for p in api.post(f"/social-media-posting/{main}/posts/list", json=window).json()
                ["results"]["posts"]]
    assert sorted(statuses) == ["draft"] + ["published"] * 6 + ["scheduled"]
    assert small_demo.summary["socialPosts"] == len(statuses)
    stats = api.post("/social-media-posting/statistics", params={"locationId": main},
                     json={"profileIds": [a["profileId"] for a in accounts["accounts"]]}).json()["results"]
    assert stats["totals"]["followers"] == 1200 + 860 + 310
    assert stats["totals"]["posts"] == 3 and stats["totals"]["likes"] > 0  # those of the last 7 days
    published = [a for a in accounts["accounts"] if a["platform"] in ("facebook", "instagram", "linkedin")]
    comments = [c for a in published for c in api.post(
        f"/social-media-posting/comments/{a['platform']}/list", params={"locationId": main},
        json={"originIds": [a["originId"]]}).json()["results"]["comments"]]
    assert [(c["author"]["name"], c["likeCount"]) for c in comments] == [("Demo follower", 2)]
