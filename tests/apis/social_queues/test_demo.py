"""The Category Queue part of the demo sandbox, as the API shows it."""

from __future__ import annotations


def test_the_demo_has_an_active_queue_of_published_posts(small_demo):
    api, main = small_demo.api, small_demo.main
    [queue] = api.post("/social-media-posting/category/queues/list", json={"locationId": main}).json()[
        "results"]["queues"]
    assert (queue["status"], queue["category"]["name"], queue["totalPosts"]) == ("active", "Promotions", 2)
    assert queue["currentPostId"] and small_demo.summary["socialQueues"] == 1
