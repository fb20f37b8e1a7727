"""Statistics of connected accounts, computed from the posts published in a range on the mock clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

STATS = "/social-media-posting/statistics"
NOW = datetime(2024, 3, 11, 12, tzinfo=UTC)  # a Monday: the default range is Mon 4th to Sun 10th


def _stats(ghl, body):
    answer = ghl.client().post(STATS, params={"locationId": ghl.location_id}, json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()["results"]


def _insights(ghl, post, **numbers):
    ghl.api("POST", f"/_mock/locations/{ghl.location_id}/social-posts/{post['_id']}/insights", numbers)


def test_the_last_seven_days_against_the_seven_before(ghl):
    ghl.freeze(NOW)
    page = ghl.social_account("facebook", followers=120)
    profile = ghl.social_account("instagram", type="profile", followers=80)
    older = ghl.social_post(accounts=[page], schedule=datetime(2024, 3, 1, 10, tzinfo=UTC))
    tuesday = ghl.social_post(accounts=[page], schedule=datetime(2024, 3, 5, 10, tzinfo=UTC))
    sunday = ghl.social_post(accounts=[profile], schedule=datetime(2024, 3, 10, 10, tzinfo=UTC))
    ghl.social_post(accounts=[page], schedule=datetime(2024, 3, 12, 10, tzinfo=UTC))  # not yet published
    _insights(ghl, older, likes=5, impressions=100)
    _insights(ghl, tuesday, likes=10, comments=2, shares=1, impressions=300, reach=200)
    _insights(ghl, sunday, likes=4, impressions=50)

    results = _stats(ghl, {"profileIds": [page["profileId"], profile["profileId"]]})
    assert results["dayRange"] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert results["totals"] == {"posts": 2, "likes": 14, "followers": 200, "impressions": 350, "comments": 2}
    assert results["postPerformance"]["posts"] == {"facebook": [0, 1, 0, 0, 0, 0, 0],
                                                   "instagram": [0, 0, 0, 0, 0, 0, 1]}
    assert results["postPerformance"]["likes"] == [0, 10, 0, 0, 0, 0, 4]
    posts = results["breakdowns"]["posts"]
    assert (posts["total"], posts["totalChange"]) == (2, 100.0)
    assert posts["platforms"]["facebook"] == {"value": 1, "change": 0.0}
    assert results["breakdowns"]["impressions"]["platforms"]["facebook"] == {"value": 300, "change": 200.0}
    assert results["breakdowns"]["engagement"]["facebook"] == {"likes": 10, "comments": 2, "shares": 1,
                                                               "change": 160.0}
    assert results["platformTotals"]["followers"]["instagram"] == {"total": 80, "series": [80] * 7}
    assert results["demographics"]["gender"]["totals"]["unknown"] == {"total": 200, "percentage": 100}


def test_a_custom_range_and_a_platform_filter(ghl):
    ghl.freeze(NOW)
    page = ghl.social_account("facebook")
    profile = ghl.social_account("instagram")
    ghl.social_post(accounts=[page], schedule=datetime(2024, 3, 2, tzinfo=UTC))
    ghl.social_post(accounts=[profile], schedule=datetime(2024, 3, 2, tzinfo=UTC))
    results = _stats(ghl, {"profileIds": [page["profileId"], profile["profileId"]], "platforms": ["instagram"],
                           "currentRange": {"startDate": "2024-03-01T00:00:00Z", "endDate": "2024-03-03T00:00:00Z"}})
    assert results["dayRange"] == ["Fri", "Sat", "Sun"]
    assert results["postPerformance"]["posts"] == {"instagram": [0, 1, 0]}
    assert results["breakdowns"]["posts"]["totalChange"] == 0  # no comparison range


@pytest.mark.ghl_allow_violations("invalid_value")
def test_ranges_ghl_refuses(ghl):
    body = {"profileIds": ["x"]}
    api = ghl.client()
    backwards = api.post(STATS, params={"locationId": ghl.location_id}, json=body | {
        "currentRange": {"startDate": "2024-03-03T00:00:00Z", "endDate": "2024-03-01T00:00:00Z"}})
    assert (backwards.status_code, backwards.json()["message"]) == (422, ["endDate must be after startDate"])
    alone = api.post(STATS, params={"locationId": ghl.location_id}, json=body | {
        "prevRange": {"startDate": "2024-03-01T00:00:00Z", "endDate": "2024-03-03T00:00:00Z"}})
    assert alone.status_code == 422
    assert api.post(STATS, params={"locationId": ghl.location_id}, json={"profileIds": []}).status_code == 422


def test_another_location_sees_none_of_it(ghl):
    ghl.freeze(NOW)
    page = ghl.social_account("facebook", followers=50)
    ghl.social_post(accounts=[page], schedule=datetime(2024, 3, 5, tzinfo=UTC))
    second = ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second))
    answer = theirs.post(STATS, params={"locationId": second}, json={"profileIds": [page["profileId"]]})
    assert answer.json()["results"]["totals"] == {"posts": 0, "likes": 0, "followers": 0, "impressions": 0,
                                                  "comments": 0}
    assert theirs.post(STATS, params={"locationId": ghl.location_id},
                       json={"profileIds": [page["profileId"]]}).status_code == 403


def test_v3_clients_send_the_same_request(ghl):
    answer = ghl.client(version="v3").post(STATS, params={"locationId": ghl.location_id}, json={
        "profileIds": ["x"], "currentRange": {"startDate": "2024-03-01T00:00:00Z", "endDate": "2024-03-02T00:00:00Z"}})
    assert (answer.status_code, answer.json()["results"]["dayRange"]) == (201, ["Fri", "Sat"])


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    api = ghl.client(token=ghl.token(scopes=["socialplanner/post.readonly"]))
    answer = api.post(STATS, params={"locationId": ghl.location_id}, json={"profileIds": ["x"]})
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
