"""The Social Planner area's part of the demo (``Area.demo``): connected pages, a group, categories, posts and a
follower's comment."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

ACCOUNTS = (("facebook", "page", 1200), ("instagram", "profile", 860), ("linkedin", "page", 310))
CATEGORIES = ("Promotions", "Tips", "Company News")
POSTS = 6  # published over the past two weeks, then one scheduled tomorrow and one draft


def load(demo: DemoLoader) -> None:
    """Three connected accounts (seeded: GHL connects them through the platforms' OAuth) in one group, three
    categories, and posts written through the API, the published ones with the platforms' insights."""
    accounts = [demo.seed(demo.main, "social-accounts", {"platform": platform, "type": kind, "followers": followers,
                                                        "name": f"Demo {platform.title()}"})["id"]
                for platform, kind, followers in ACCOUNTS]
    demo.seed(demo.main, "social-account-groups", {"name": "All channels", "accountIds": accounts})
    categories = [demo.seed(demo.main, "social-categories", {"name": name})["_id"] for name in CATEGORIES]
    now, path = demo.now(), f"/social-media-posting/{demo.main}/posts"
    user = (demo.made.get("users") or [None])[0]
    for n in range(POSTS + 2):
        body = {"accountIds": accounts[n % 3:n % 3 + 1], "type": "post", "userId": user or "demo",
                "summary": demo.fake.message_text(),
                "categoryId": categories[n % 3], "tags": ["demo", CATEGORIES[n % 3].lower()]}
        if n < POSTS:
            body["scheduleDate"] = (now - timedelta(days=2 * (POSTS - n))).isoformat()
        elif n == POSTS:
            body["scheduleDate"] = (now + timedelta(days=1)).isoformat()
        else:
            body["status"] = "draft"
        post = demo.call("POST", path, token=demo.main_token, json=body)["results"]["post"]
        if n < POSTS:
            demo.seed(demo.main, f"social-posts/{post['_id']}/insights",
                      {"likes": 10 + 3 * n, "comments": n, "shares": n // 2, "impressions": 200 + 40 * n,
                       "reach": 150 + 25 * n})
            if n == POSTS - 1:  # the latest published post has a follower's comment (the platforms report them)
                demo.seed(demo.main, f"social-posts/{post['_id']}/comments",
                          {"content": demo.fake.message_text(), "authorName": "Demo follower", "likeCount": 2})
    demo.summary.update(socialAccounts=len(accounts), socialPosts=POSTS + 2)
