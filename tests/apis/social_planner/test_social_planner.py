"""CSV (social-media-posting.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_get_posts(ghl):
    body = {
        "skip": "skip",
        "limit": "limit",
        "fromDate": "fromDate",
        "toDate": "toDate",
        "includeUsers": "includeUsers",
    }
    answer = ghl.client().post(f"/social-media-posting/{ghl.location_id}/posts/list", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_create_post(ghl):
    answer = ghl.client().post(f"/social-media-posting/{ghl.location_id}/posts",
                               json={"type": {}, "accountIds": [], "userId": ghl.user_id})
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_get_post(ghl):
    answer = ghl.client().get(f"/social-media-posting/{ghl.location_id}/posts/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_edit_post(ghl):
    answer = ghl.client().put(f"/social-media-posting/{ghl.location_id}/posts/id", json={"type": {}})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_post(ghl):
    answer = ghl.client().delete(f"/social-media-posting/{ghl.location_id}/posts/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_bulk_delete_social_planner_posts(ghl):
    answer = ghl.client().post("/social-media-posting/locationId/posts/bulk-delete", json={})
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_get_account(ghl):
    answer = ghl.client().get(f"/social-media-posting/{ghl.location_id}/accounts")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_account(ghl):
    answer = ghl.client().delete(f"/social-media-posting/{ghl.location_id}/accounts/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_upload_csv(ghl):
    answer = ghl.client().post(f"/social-media-posting/{ghl.location_id}/csv")
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_get_upload_status(ghl):
    answer = ghl.client().get(f"/social-media-posting/{ghl.location_id}/csv")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_set_accounts(ghl):
    body = {"accountIds": [], "filePath": "filePath", "rowsCount": 1, "fileName": "fileName"}
    answer = ghl.client().post(f"/social-media-posting/{ghl.location_id}/set-accounts", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_get_csv_post(ghl):
    answer = ghl.client().get(f"/social-media-posting/{ghl.location_id}/csv/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_start_csv_finalize(ghl):
    answer = ghl.client().patch(f"/social-media-posting/{ghl.location_id}/csv/id", json={})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_csv(ghl):
    answer = ghl.client().delete(f"/social-media-posting/{ghl.location_id}/csv/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_csv_post(ghl):
    path = f"/social-media-posting/{ghl.location_id}/csv/csvId/post/postId"
    answer = ghl.client().delete(path)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_categories_location_id(ghl):
    answer = ghl.client().get(f"/social-media-posting/{ghl.location_id}/categories")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_categories_id(ghl):
    answer = ghl.client().get(f"/social-media-posting/{ghl.location_id}/categories/id")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_tags_location_id(ghl):
    answer = ghl.client().get(f"/social-media-posting/{ghl.location_id}/tags")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_tags_by_ids(ghl):
    answer = ghl.client().post(f"/social-media-posting/{ghl.location_id}/tags/details", json={"tagIds": []})
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_get_social_media_statistics(ghl):
    answer = ghl.client().post("/social-media-posting/statistics", params={"locationId": ghl.location_id},
                               json={"profileIds": ["profileIds"]})
    assert answer.status_code == 201, answer.text
