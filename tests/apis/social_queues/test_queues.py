"""Category queues: made in draft with the category's published posts, activated, paused, skipped, deleted;
the categories' queue states; the active queues' calendar."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2024, 3, 4, 12, tzinfo=UTC)  # a Monday; the location's zone is America/New_York (DST from 10 March)
QUEUES = "/social-media-posting/category/queues"


def _api(ghl, **kw):
    return ghl.client(version="v3", **kw)


def _queue(ghl, queue_id):
    answer = _api(ghl).get(f"{QUEUES}/{queue_id}", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]["queue"]


def test_a_new_queue_is_a_draft_holding_the_category_s_published_posts(ghl):
    ghl.freeze(NOW)
    category = ghl.social_category(name="Tips")
    published = ghl.social_post(categoryId=category["_id"], summary="Tip one")
    ghl.social_post(categoryId=category["_id"], status="draft")
    answer = _api(ghl).post(QUEUES, json={"locationId": ghl.location_id, "categoryId": category["_id"],
                                          "userId": ghl.user_id, "timeSlots": [{"dayOfWeek": 2, "time": "09:00"}]})
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert (body["statusCode"], body["message"]) == (201, "Queue created successfully")
    queue = body["results"]["queue"]
    assert (queue["status"], queue["totalPosts"], queue["createdBy"], queue["categoryId"]) == (
        "draft", 1, ghl.user_id, category["_id"])
    items = _api(ghl).post(f"{QUEUES}/{queue['_id']}/items", json={"locationId": ghl.location_id}).json()
    [item] = items["results"]["items"]
    assert (item["postId"], item["variations"][0]["content"]) == (published["_id"], "Tip one")
    listed = _api(ghl).post(f"{QUEUES}/list", json={"locationId": ghl.location_id}).json()["results"]
    assert ([q["_id"] for q in listed["queues"]], listed["meta"]) == ([queue["_id"]], {"count": "1"})
    assert listed["queues"][0]["category"]["name"] == "Tips"
    again = _api(ghl).post(QUEUES, json={"locationId": ghl.location_id, "categoryId": category["_id"],
                                         "userId": ghl.user_id, "timeSlots": []})
    assert (again.status_code, again.json()["message"]) == (400, "A queue already exists for this category")


def test_an_active_queue_schedules_its_next_post_in_the_location_s_zone(ghl):
    ghl.freeze(NOW)
    category = ghl.social_category()
    post = ghl.social_post(categoryId=category["_id"])
    queue = ghl.social_queue(category, timeSlots=[{"dayOfWeek": 2, "time": "09:00"}], active=True)
    assert queue["status"] == "active"
    shown = _queue(ghl, queue["_id"])
    assert (shown["currentPostId"], shown["lastScheduledTime"]) == (post["_id"], None)
    assert shown["currentOrder"] == 1000


def test_pausing_and_skipping_and_deleting(ghl):
    ghl.freeze(NOW)
    category = ghl.social_category()
    ghl.social_post(categoryId=category["_id"])
    queue = ghl.social_queue(category, timeSlots=[{"dayOfWeek": 2, "time": "09:00"}], active=True)
    path, loc = f"{QUEUES}/{queue['_id']}", {"locationId": ghl.location_id}
    slots = _api(ghl).post(f"{path}/slots", json=loc).json()["results"]
    assert [s["scheduledDateTime"] for s in slots["slots"]] == ["2024-03-05T14:00:00.000Z"]
    skipped = _api(ghl).put(path, json=loc | {"skipDateTime": "2024-03-05T14:00:00Z"}).json()["results"]["queue"]
    assert skipped["skipDateTime"] == ["2024-03-05T14:00:00.000Z"]
    slots = _api(ghl).post(f"{path}/slots", json=loc).json()["results"]
    assert [s["scheduledDateTime"] for s in slots["slots"]] == ["2024-03-12T13:00:00.000Z"]  # 09:00 EDT
    paused = _api(ghl).put(path, json=loc | {"status": "paused"}).json()
    assert (paused["message"], paused["results"]["queue"]["status"]) == ("Queue paused successfully.", "paused")
    assert _api(ghl).post(f"{path}/slots", json=loc).json()["results"]["slots"][0]["scheduledDateTime"] is None
    assert _api(ghl).put(path, json=loc | {"status": "deleted"}).status_code == 200
    gone = _api(ghl).get(path, params=loc)
    assert (gone.status_code, gone.json()["message"]) == (400, "Queue not found")
    assert _api(ghl).post(f"{QUEUES}/list", json=loc).json()["results"]["queues"] == []


def test_available_categories_show_their_queue_state(ghl):
    ghl.freeze(NOW)
    free, drafted, queued = (ghl.social_category(name=n) for n in ("Free", "Drafted", "Queued"))
    ghl.social_post(categoryId=queued["_id"])
    ghl.social_queue(drafted)
    active = ghl.social_queue(queued, active=True)
    answer = _api(ghl).get(f"{QUEUES}/available-categories", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text
    found = {c["name"]: c for c in answer.json()["results"]["categories"]}
    assert {n: c["status"] for n, c in found.items()} == {"Free": "available", "Drafted": "draft",
                                                          "Queued": "in_queue"}
    assert (found["Queued"]["publishedPostsCount"], found["Queued"]["queueDetails"]["queueId"]) == (1, active["_id"])
    searched = _api(ghl).get(f"{QUEUES}/available-categories", params={"locationId": ghl.location_id, "q": "fre"})
    assert [c["name"] for c in searched.json()["results"]["categories"]] == ["Free"]


def test_the_calendar_lists_active_queues_posts_in_a_window(ghl):
    ghl.freeze(NOW)
    category = ghl.social_category()
    queue = ghl.social_queue(category, timeSlots=[{"dayOfWeek": 1, "time": "10:00"}], active=True)
    first, second = ghl.social_queue_item(queue), ghl.social_queue_item(queue)
    answer = _api(ghl).post(f"{QUEUES}/list/calendar", json={
        "locationId": ghl.location_id, "startDate": "2024-03-01T00:00:00Z", "endDate": "2024-03-31T00:00:00Z"})
    assert answer.status_code == 201, answer.text
    posts = answer.json()["results"]["scheduledPosts"]
    assert [(p["scheduledDateTime"], p["queueItemId"]) for p in posts] == [
        ("2024-03-04T15:00:00.000Z", first["_id"]), ("2024-03-11T14:00:00.000Z", second["_id"]),
        ("2024-03-18T14:00:00.000Z", first["_id"]), ("2024-03-25T14:00:00.000Z", second["_id"])]
    other = _api(ghl).post(f"{QUEUES}/list/calendar", json={
        "locationId": ghl.location_id, "startDate": "2024-03-01T00:00:00Z", "endDate": "2024-03-31T00:00:00Z",
        "categoryIds": ["another"]})
    assert other.json()["results"]["scheduledPosts"] == []


def test_deleting_the_active_post_gives_its_slot_to_the_next(ghl):
    ghl.freeze(NOW)
    queue = ghl.social_queue(timeSlots=[{"dayOfWeek": 2, "time": "09:00"}], active=True)
    first, second = ghl.social_queue_item(queue), ghl.social_queue_item(queue)
    assert _queue(ghl, queue["_id"])["currentPostId"] == first["postId"]
    answer = _api(ghl).delete(f"{QUEUES}/{first['postId']}/active-post", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text
    assert _queue(ghl, queue["_id"])["currentPostId"] == second["postId"]
    again = _api(ghl).delete(f"{QUEUES}/{first['postId']}/active-post", params={"locationId": ghl.location_id})
    assert (again.status_code, again.json()["message"]) == (400, "No active queue post found")


def test_another_location_cannot_reach_the_queue(ghl):
    queue = ghl.social_queue()
    second = ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second), version="v3")
    assert theirs.get(f"{QUEUES}/{queue['_id']}", params={"locationId": second}).status_code == 403
    assert theirs.get(f"{QUEUES}/{queue['_id']}", params={"locationId": ghl.location_id}).status_code == 403
    assert theirs.post(f"{QUEUES}/list", json={"locationId": second}).json()["results"]["queues"] == []


def test_a_token_without_the_write_scope_gets_401(ghl):
    queue = ghl.social_queue()
    api = _api(ghl, token=ghl.token(scopes=["socialplanner/category.readonly"]))
    assert api.get(f"{QUEUES}/{queue['_id']}", params={"locationId": ghl.location_id}).status_code == 200
    answer = api.put(f"{QUEUES}/{queue['_id']}", json={"locationId": ghl.location_id, "status": "active"})
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
