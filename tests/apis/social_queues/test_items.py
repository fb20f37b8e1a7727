"""A queue's items and edit sessions: drafts staged, saved into the live queue or discarded; items created,
changed, reset, cloned, deleted; the item listing and the session's calendar."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2024, 3, 4, 12, tzinfo=UTC)  # a Monday, 07:00 in the location's zone (America/New_York)
QUEUES = "/social-media-posting/category/queues"
TUESDAYS = [{"dayOfWeek": 2, "time": "09:00"}]


def _setup(ghl, active=True):
    ghl.freeze(NOW)
    queue = ghl.social_queue(timeSlots=TUESDAYS, active=active)
    return queue, f"{QUEUES}/{queue['_id']}", {"locationId": ghl.location_id}, ghl.client(version="v3")


def _items(api, path, loc, **fields):
    answer = api.post(f"{path}/items", json=loc | fields)
    assert answer.status_code == 201, answer.text
    return answer.json()["results"]


def _start(api, path, loc):
    answer = api.post(f"{path}/edit/start", json=loc)
    assert answer.status_code == 201, answer.text
    return answer.json()["results"]


def test_an_edit_session_stages_changes_until_saved(ghl):
    queue, path, loc, api = _setup(ghl)
    first = ghl.social_queue_item(queue)
    session = _start(api, path, loc)
    assert session["itemCount"] == 1
    assert _start(api, path, loc)["sessionId"] == session["sessionId"]  # resumed, not a second one
    sid = session["sessionId"]
    [draft] = _items(api, path, loc, sessionId=sid)["items"]
    assert draft["_id"] != first["_id"]
    account = ghl.social_account("linkedin")
    created = api.post(f"{path}/create/item", json=loc | {"sessionId": sid, "order": "top", "modifiedPostPayload": {
        "accountIds": [account["id"]], "summary": "New tip", "type": "post"}})
    assert created.status_code == 201, created.text
    new = created.json()["results"]["queueItem"]
    assert (new["order"], new["variations"][0]["content"]) == (0, "New tip")
    assert [i["_id"] for i in _items(api, path, loc)["items"]] == [first["_id"]]  # live queue untouched
    saved = api.post(f"{path}/edit/save", json=loc | {"sessionId": sid})
    assert saved.status_code == 200, saved.text
    assert saved.json()["results"]["totalPostsChanged"] == 1
    live = _items(api, path, loc)["items"]
    assert [i["variations"][0]["content"] for i in live] == ["New tip", first["variations"][0]["content"]]
    assert [i["scheduledDateTime"] for i in live] == ["2024-03-05T14:00:00.000Z", "2024-03-12T13:00:00.000Z"]
    gone = api.post(f"{path}/items", json=loc | {"sessionId": sid})
    assert (gone.status_code, gone.json()["message"]) == (400, "Edit session not found")


def test_a_discarded_session_leaves_the_live_queue_as_it_was(ghl):
    queue, path, loc, api = _setup(ghl)
    first = ghl.social_queue_item(queue)
    sid = _start(api, path, loc)["sessionId"]
    [draft] = _items(api, path, loc, sessionId=sid)["items"]
    assert api.delete(f"{path}/items/{draft['_id']}", params=loc | {"sessionId": sid}).status_code == 200
    assert _items(api, path, loc, sessionId=sid)["items"] == []
    discarded = api.post(f"{path}/edit/discard", json=loc | {"sessionId": sid})
    assert (discarded.status_code, discarded.json()["message"]) == (200, "Edit session discarded successfully")
    assert [i["_id"] for i in _items(api, path, loc)["items"]] == [first["_id"]]


def test_saving_a_draft_queue_s_session_activates_it_unless_kept_in_draft(ghl):
    queue, path, loc, api = _setup(ghl, active=False)
    sid = _start(api, path, loc)["sessionId"]
    api.post(f"{path}/edit/save", json=loc | {"sessionId": sid, "keepInDraft": True})
    assert api.get(path, params=loc).json()["results"]["queue"]["status"] == "draft"
    sid = _start(api, path, loc)["sessionId"]
    api.post(f"{path}/edit/save", json=loc | {"sessionId": sid})
    assert api.get(path, params=loc).json()["results"]["queue"]["status"] == "active"


def test_an_active_queue_is_changed_through_a_session_or_directly_to_queue(ghl):
    queue, path, loc, api = _setup(ghl)
    first = ghl.social_queue_item(queue)
    refused = api.put(f"{path}/items/{first['_id']}", json=loc | {"primaryImage": "https://x/y.png"})
    assert (refused.status_code, refused.json()["message"]) == (
        400, "An edit session is required to change an active or paused queue")
    composed = api.post(f"{path}/create/item", json=loc | {"modifiedPostPayload": {"summary": "x"}})
    assert composed.status_code == 400


def test_an_item_is_updated_then_reset_to_its_post(ghl):
    queue, path, loc, api = _setup(ghl, active=False)
    item = ghl.social_queue_item(queue)
    changed = api.put(f"{path}/items/{item['_id']}", json=loc | {
        "variations": [{"content": "A"}, {"content": "B"}], "newOrder": 5000,
        "modifiedPostPayload": {"summary": "Changed"}})
    assert changed.status_code == 200, changed.text
    result = changed.json()["results"]
    assert ([v["content"] for v in result["queueItem"]["variations"]], result["queueItem"]["order"]) == (
        ["A", "B"], 5000)
    assert result["queueItem"]["modifiedPostPayload"]["summary"] == "Changed"
    reset = api.put(f"{path}/items/{item['_id']}/reset", json=loc)
    assert reset.status_code == 200, reset.text
    back = reset.json()["results"]["queueItem"]
    assert [v["content"] for v in back["variations"]] == [item["variations"][0]["content"]]
    assert back["post"]["summary"] == item["modifiedPostPayload"]["summary"]


def test_variations_take_turns_as_the_queue_cycles(ghl):
    queue, path, loc, api = _setup(ghl)
    item = ghl.social_queue_item(queue, variations=[{"content": "A"}, {"content": "B"}])
    calendar = api.post(f"{QUEUES}/list/calendar", json=loc | {"startDate": "2024-03-01T00:00:00Z",
                                                               "endDate": "2024-03-20T00:00:00Z"})
    posts = calendar.json()["results"]["scheduledPosts"]
    assert [(p["queueItemId"], p["currentVariation"]) for p in posts] == [
        (item["_id"], 0), (item["_id"], 1), (item["_id"], 0)]


def test_clone_needs_a_session_and_copies_the_item(ghl):
    queue, path, loc, api = _setup(ghl)
    live = ghl.social_queue_item(queue)
    sid = _start(api, path, loc)["sessionId"]
    [draft] = _items(api, path, loc, sessionId=sid)["items"]
    cloned = api.post(f"{path}/items/{draft['_id']}/clone", json=loc | {"sessionId": sid, "order": 1500})
    assert cloned.status_code == 201, cloned.text
    copy = cloned.json()["results"]["queueItem"]
    assert (copy["order"], copy["parentPostId"], copy["variations"][0]["content"]) == (
        1500, draft["postId"], draft["variations"][0]["content"])
    assert [i["order"] for i in _items(api, path, loc, sessionId=sid)["items"]] == [1000, 1500]
    calendar = api.post(f"{path}/edit/calendar", json=loc | {"sessionId": sid, "startDate": "2024-03-01T00:00:00Z",
                                                             "endDate": "2024-03-13T00:00:00Z"})
    assert calendar.status_code == 201, calendar.text
    drafts = calendar.json()["results"]["scheduledPosts"]
    assert [(p["queueItemId"], p["isDraft"], p["originalItemId"]) for p in drafts] == [
        (draft["_id"], True, live["_id"]), (copy["_id"], True, None)]


def test_items_with_errors_are_skipped_and_filtered(ghl):
    queue, path, loc, api = _setup(ghl)
    page = ghl.social_account("facebook")
    ok, broken = ghl.social_queue_item(queue), ghl.social_queue_item(queue, accounts=[page])
    ghl.client().delete(f"/social-media-posting/{ghl.location_id}/accounts/{page['id']}")
    listed = _items(api, path, loc)["items"]
    assert [(i["_id"], i["errors"], i["isSkipped"]) for i in listed] == [
        (ok["_id"], [], False), (broken["_id"], ["INVALID_ACCOUNT_ID"], True)]
    assert listed[1]["scheduledDateTime"] is None
    assert [i["_id"] for i in _items(api, path, loc, errorFilter=True)["items"]] == [broken["_id"]]


def test_listing_centres_on_an_item(ghl):
    queue, path, loc, api = _setup(ghl, active=False)
    made = [ghl.social_queue_item(queue)["_id"] for _ in range(5)]
    centred = _items(api, path, loc, itemId=made[3], limit=3)
    assert ([i["_id"] for i in centred["items"]], centred["meta"]) == (made[2:5], {"count": "5", "skip": 2,
                                                                                    "limit": 3})
    assert [i["_id"] for i in _items(api, path, loc, skip=1, limit=2)["items"]] == made[1:3]


def test_another_queue_s_item_is_not_found(ghl):
    queue, path, loc, api = _setup(ghl, active=False)
    other = ghl.social_queue(ghl.social_category(name="Other"))
    item = ghl.social_queue_item(other)
    answer = api.delete(f"{path}/items/{item['_id']}", params=loc)
    assert (answer.status_code, answer.json()["message"]) == (400, "Queue item not found")


# -- enableFuturePosts: posts created later in the category --------------------------------------------------
def _post_ids(api, path, loc, **fields):
    return [i["postId"] for i in _items(api, path, loc, **fields)["items"]]


def test_a_post_created_later_in_the_category_joins_a_queue_enabling_future_posts(ghl):
    ghl.freeze(NOW)
    category = ghl.social_category(name="Evergreen")
    queue = ghl.social_queue(category, timeSlots=TUESDAYS, active=True, enableFuturePosts=True)
    path, loc, api = f"{QUEUES}/{queue['_id']}", {"locationId": ghl.location_id}, ghl.client(version="v3")
    older = ghl.social_queue_item(queue)
    sid = _start(api, path, loc)["sessionId"]  # a session open meanwhile keeps the new post when saved
    post = ghl.social_post(categoryId=category["_id"], summary="Fresh tip")
    ghl.social_post(categoryId=category["_id"], summary="Not yet", status="draft")  # not content that goes out
    ghl.social_post(summary="Elsewhere")  # no category
    assert _post_ids(api, path, loc) == [older["postId"], post["_id"]]  # last: the queue does not prioritize it
    assert api.get(path, params=loc).json()["results"]["queue"]["totalPosts"] == 2
    [joined] = [i for i in _items(api, path, loc)["items"] if i["postId"] == post["_id"]]
    assert (joined["variations"][0]["content"], joined["scheduledDateTime"]) == ("Fresh tip", "2024-03-12T13:00:00.000Z")
    assert api.post(f"{path}/edit/save", json=loc | {"sessionId": sid}).status_code == 200
    assert _post_ids(api, path, loc) == [older["postId"], post["_id"]]


def test_prioritized_new_content_joins_first(ghl):
    ghl.freeze(NOW)
    category = ghl.social_category(name="News")
    queue = ghl.social_queue(category, timeSlots=TUESDAYS, active=True, enableFuturePosts=True,
                             prioritizeNewContent=True)
    path, loc, api = f"{QUEUES}/{queue['_id']}", {"locationId": ghl.location_id}, ghl.client(version="v3")
    older = ghl.social_queue_item(queue)
    post = ghl.social_post(categoryId=category["_id"])
    assert _post_ids(api, path, loc) == [post["_id"], older["postId"]]


def test_without_enable_future_posts_a_later_post_stays_out_of_the_queue(ghl):
    ghl.freeze(NOW)
    category = ghl.social_category(name="Evergreen")
    queue = ghl.social_queue(category, timeSlots=TUESDAYS, active=True)
    path, loc, api = f"{QUEUES}/{queue['_id']}", {"locationId": ghl.location_id}, ghl.client(version="v3")
    older = ghl.social_queue_item(queue)
    ghl.social_post(categoryId=category["_id"], summary="Fresh tip")
    assert _post_ids(api, path, loc) == [older["postId"]]
    enabled = api.put(path, json=loc | {"enableFuturePosts": True})  # turned on later: from then on
    assert enabled.status_code == 200, enabled.text
    post = ghl.social_post(categoryId=category["_id"])
    assert _post_ids(api, path, loc) == [older["postId"], post["_id"]]
