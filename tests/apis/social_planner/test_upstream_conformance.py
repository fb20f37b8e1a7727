"""The answers the generic upstream walk cannot reach (CSV imports, bulk deletes, tags by id, disconnecting an
account: upstream.py's UNWALKED), validated against GHL's official file. Skipped when the official files are
absent."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

from mock_server.apis.social_planner.upstream import ALLOWLIST

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)

FILE = "social-media-posting.json"
BASE = "/social-media-posting/{locationId}"
CSV = "postAtSpecificTime (YYYY-MM-DD HH:mm:ss),content,link (OGmetaUrl)\n2030-01-01 10:00:00,Hello,\n" \
      "2030-01-02 10:00:00,Again,\n"


def _check(method, path, answer, status):
    """No problem but those the area's allowlist gives a reason for."""
    assert answer.status_code == status, answer.text
    allowed = {a.field for a in ALLOWLIST if (a.method, a.path, a.kind) == (method, path, "response_schema")}
    problems = upstream.response_problems(FILE, method, path, status, answer.json())
    assert [p for p in problems if p.split(":")[0] not in allowed] == [], (method, path)


def test_csv_import_answers_match_the_official_schemas(ghl):
    api, base = ghl.client(), f"/social-media-posting/{ghl.location_id}"
    uploaded = api.post(f"{base}/csv", files={"file": ("posts.csv", CSV.encode(), "text/csv")})
    _check("POST", f"{BASE}/csv", uploaded, 201)
    account = ghl.social_account()["id"]
    body = {"accountIds": [account], "filePath": uploaded.json()["results"]["filePath"], "rowsCount": 2,
            "fileName": "posts.csv", "userId": ghl.user_id}
    accounts_set = api.post(f"{base}/set-accounts", json=body)
    _check("POST", f"{BASE}/set-accounts", accounts_set, 201)
    csv_id = accounts_set.json()["results"]["csvId"]
    read = api.get(f"{base}/csv/{csv_id}")
    _check("GET", f"{BASE}/csv/{{id}}", read, 200)
    row = read.json()["results"]["posts"][0]["_id"]
    _check("DELETE", f"{BASE}/csv/{{csvId}}/post/{{postId}}", api.delete(f"{base}/csv/{csv_id}/post/{row}"), 200)
    _check("PATCH", f"{BASE}/csv/{{id}}", api.patch(f"{base}/csv/{csv_id}", json={"userId": ghl.user_id}), 200)
    _check("DELETE", f"{BASE}/csv/{{id}}", api.delete(f"{base}/csv/{csv_id}"), 200)


def test_post_tag_and_account_answers_match_the_official_schemas(ghl):
    api, base = ghl.client(), f"/social-media-posting/{ghl.location_id}"
    account = ghl.social_account()
    post = ghl.social_post(accounts=[account], tags=["launch"])
    tags = api.get(f"{base}/tags").json()["results"]["tags"]
    _check("POST", f"{BASE}/tags/details", api.post(f"{base}/tags/details", json={"tagIds": [tags[0]["_id"]]}), 201)
    _check("POST", f"{BASE}/posts/bulk-delete", api.post(f"{base}/posts/bulk-delete", json={"postIds": [post["_id"]]}),
           201)
    _check("DELETE", f"{BASE}/accounts/{{id}}", api.delete(f"{base}/accounts/{account['id']}"), 200)


def test_comment_answers_match_the_official_v3_schemas(ghl):
    v3, comments = "v3/social-planner-v3.json", "/social-media-posting/comments/{platform}"
    api, loc = ghl.client(version="v3"), {"locationId": ghl.location_id}
    post = ghl.social_post()
    created = api.post("/social-media-posting/comments/facebook", params=loc,
                       json={"parentId": post["_id"], "isParentThread": True, "content": "Thanks"})
    like = f"/social-media-posting/comments/facebook/{created.json()['results']['_id']}/like"
    for method, path, answer, status in (
            ("POST", comments, created, 201),
            ("POST", f"{comments}/{{id}}/like", api.post(like, params=loc), 201),
            ("DELETE", f"{comments}/{{id}}/like", api.delete(like, params=loc), 200)):
        assert answer.status_code == status, answer.text
        assert upstream.response_problems(v3, method, path, status, answer.json()) == [], (method, path)
