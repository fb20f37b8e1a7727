"""The answers the generic upstream walk cannot reach (a queue's item and session operations, which need a queue
it lists through a POST, and an open session: upstream.py's UNWALKED), validated against GHL's official v3 file.
Skipped when the official files are absent."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from mock_server.contracts import upstream

from mock_server.apis.social_queues.upstream import ALLOWLIST

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

FILE = "v3/social-planner-v3.json"
Q = "/social-media-posting/category/queues"


def _check(method, path, answer, status):
    assert answer.status_code == status, answer.text
    allowed = {a.field for a in ALLOWLIST if (a.method, a.path, a.kind) == (method, path, "response_schema")}
    problems = upstream.response_problems(FILE, method, path, status, answer.json())
    assert [p for p in problems if p.split(":")[0] not in allowed] == [], (method, path)


def test_queue_item_and_session_answers_match_the_official_schemas(ghl):
    ghl.freeze(datetime(2024, 3, 4, 12, tzinfo=UTC))
    category = ghl.social_category()
    ghl.social_post(categoryId=category["_id"], media=[{"url": "https://x.test/a.png", "type": "image/png"}])
    queue = ghl.social_queue(category, active=True)
    item = ghl.social_queue_item(queue)
    api, loc, path = ghl.client(version="v3"), {"locationId": ghl.location_id}, f"{Q}/{queue['_id']}"
    _check("GET", f"{Q}/{{queueId}}", api.get(path, params=loc), 200)
    _check("POST", f"{Q}/{{queueId}}/items", api.post(f"{path}/items", json=loc), 201)
    _check("POST", f"{Q}/{{queueId}}/slots", api.post(f"{path}/slots", json=loc), 201)
    started = api.post(f"{path}/edit/start", json=loc)
    _check("POST", f"{Q}/{{queueId}}/edit/start", started, 201)
    session = loc | {"sessionId": started.json()["results"]["sessionId"]}
    drafts = api.post(f"{path}/items", json=session).json()["results"]["items"]
    draft = drafts[-1]["_id"]
    _check("POST", f"{Q}/{{queueId}}/items/{{itemId}}/clone",
           api.post(f"{path}/items/{draft}/clone", json=session | {"order": 2500}), 201)
    _check("PUT", f"{Q}/{{queueId}}/items/{{itemId}}",
           api.put(f"{path}/items/{draft}", json=session | {"variations": [{"content": "A"}]}), 200)
    _check("PUT", f"{Q}/{{queueId}}/items/{{itemId}}/reset", api.put(f"{path}/items/{draft}/reset", json=session), 200)
    _check("POST", f"{Q}/{{queueId}}/create/item", api.post(f"{path}/create/item", json=session | {
        "modifiedPostPayload": {"summary": "New", "accountIds": item["modifiedPostPayload"]["accountIds"]}}), 201)
    _check("POST", f"{Q}/{{queueId}}/edit/calendar", api.post(f"{path}/edit/calendar", json=session | {
        "startDate": "2024-03-01T00:00:00Z", "endDate": "2024-04-01T00:00:00Z"}), 201)
    _check("DELETE", f"{Q}/{{queueId}}/items/{{itemId}}",
           api.delete(f"{path}/items/{draft}", params=session), 200)
    _check("POST", f"{Q}/{{queueId}}/edit/save", api.post(f"{path}/edit/save", json=session), 200)
    again = loc | {"sessionId": api.post(f"{path}/edit/start", json=loc).json()["results"]["sessionId"]}
    _check("POST", f"{Q}/{{queueId}}/edit/discard", api.post(f"{path}/edit/discard", json=again), 200)
    _check("POST", f"{Q}/list/calendar", api.post(f"{Q}/list/calendar", json=loc | {
        "startDate": "2024-03-01T00:00:00Z", "endDate": "2024-04-01T00:00:00Z"}), 201)
    current = api.get(path, params=loc).json()["results"]["queue"]["currentPostId"]
    _check("DELETE", f"{Q}/{{postId}}/active-post", api.delete(f"{Q}/{current}/active-post", params=loc), 200)
    _check("PUT", f"{Q}/{{queueId}}", api.put(path, json=loc | {"status": "paused"}), 200)
