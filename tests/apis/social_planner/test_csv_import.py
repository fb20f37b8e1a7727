"""Bulk posts from a CSV: uploaded, given accounts, its rows reviewed, finalized into posts."""

from __future__ import annotations

from datetime import UTC, datetime

HEADER = "postAtSpecificTime (YYYY-MM-DD HH:mm:ss),content,link (OGmetaUrl),imageUrls\n"
CSV = (HEADER + "2024-03-10 09:00:00,Spring is here,https://example.com/spring,https://example.com/a.png\n"
       "2024-03-11 09:00:00,Second post,,\n"
       "not a date,Broken row,,\n")


def _base(ghl):
    return f"/social-media-posting/{ghl.location_id}"


def _upload(ghl, content=CSV, name="posts.csv"):
    return ghl.client().post(f"{_base(ghl)}/csv", files={"file": (name, content.encode(), "text/csv")})


def _import(ghl, rows=3, accounts=None):
    uploaded = _upload(ghl).json()["results"]
    account_ids = accounts or [ghl.social_account()["id"]]
    answer = ghl.client().post(f"{_base(ghl)}/set-accounts", json={
        "accountIds": account_ids, "filePath": uploaded["filePath"], "rowsCount": rows,
        "fileName": uploaded["fileName"], "userId": ghl.user_id})
    assert answer.status_code == 201, answer.text
    return answer.json()["results"]["csvId"]


def test_an_upload_is_read_and_kept_for_its_accounts(ghl):
    answer = _upload(ghl)
    assert answer.status_code == 201
    body = answer.json()
    assert (body["message"], body["results"]["rowsCount"], body["results"]["fileName"]) == ("Uploaded CSV", 3,
                                                                                          "posts.csv")
    assert body["results"]["filePath"].startswith(f"{ghl.location_id}/social-import/")


def test_set_accounts_makes_an_import_of_draft_rows(ghl):
    ghl.freeze(datetime(2024, 3, 4, tzinfo=UTC))
    csv_id = _import(ghl, rows=2)
    listed = ghl.client().get(f"{_base(ghl)}/csv").json()["results"]
    assert listed["count"] == 1 and listed["csvs"][0]["_id"] == csv_id
    assert (listed["csvs"][0]["status"], listed["csvs"][0]["count"]) == ("pending", 2)
    read = ghl.client().get(f"{_base(ghl)}/csv/{csv_id}").json()["results"]
    assert read["count"] == 2
    assert [(p["summary"], p["scheduleDate"]) for p in read["posts"]] == [
        ("Spring is here", "2024-03-10T09:00:00.000Z"), ("Second post", "2024-03-11T09:00:00.000Z")]
    assert read["posts"][0]["medias"] == [{"url": "https://example.com/a.png", "type": "image/png"}]
    assert read["posts"][0]["link"] == {"url": "https://example.com/spring"}
    # rows are not posts until the import is finalized
    assert ghl.client().post(f"{_base(ghl)}/posts/list", json={
        "skip": 0, "limit": 10, "fromDate": "2024-01-01T00:00:00Z", "toDate": "2024-12-31T00:00:00Z",
        "includeUsers": "false"}).json()["results"]["count"] == 0


def test_finalizing_posts_the_valid_rows(ghl):
    ghl.freeze(datetime(2024, 3, 4, tzinfo=UTC))
    csv_id = _import(ghl)
    rows = ghl.client().get(f"{_base(ghl)}/csv/{csv_id}").json()["results"]["posts"]
    assert rows[2]["errorMessage"] == "Invalid date format"
    answer = ghl.client().patch(f"{_base(ghl)}/csv/{csv_id}", json={"userId": ghl.user_id})
    assert (answer.status_code, answer.json()["message"]) == (200, "Updated Successfully")
    posts = ghl.client().post(f"{_base(ghl)}/posts/list", json={
        "skip": "0", "limit": "10", "fromDate": "2024-01-01T00:00:00Z", "toDate": "2024-12-31T00:00:00Z",
        "includeUsers": "false", "type": "scheduled"}).json()["results"]["posts"]
    assert sorted((p["summary"], p["source"], p["status"]) for p in posts) == [
        ("Second post", "csv", "scheduled"), ("Spring is here", "csv", "scheduled")]
    assert ghl.client().get(f"{_base(ghl)}/csv").json()["results"]["csvs"][0]["status"] == "completed"
    again = ghl.client().patch(f"{_base(ghl)}/csv/{csv_id}", json={})
    assert (again.status_code, again.json()["message"]) == (400, "CSV is already finalized")


def test_a_row_and_an_import_can_be_deleted(ghl):
    csv_id = _import(ghl)
    api = ghl.client()
    first = api.get(f"{_base(ghl)}/csv/{csv_id}").json()["results"]["posts"][0]["_id"]
    dropped = api.delete(f"{_base(ghl)}/csv/{csv_id}/post/{first}")
    assert (dropped.status_code, dropped.json()["results"]) == (200, {"postId": first})
    read = api.get(f"{_base(ghl)}/csv/{csv_id}").json()["results"]
    assert (read["count"], read["csv"]["count"]) == (2, 2)
    assert api.delete(f"{_base(ghl)}/csv/{csv_id}/post/{first}").status_code == 400

    deleted = api.delete(f"{_base(ghl)}/csv/{csv_id}")
    assert (deleted.status_code, deleted.json()["results"]["csv"]["fileName"]) == (200, "posts.csv")
    gone = api.get(f"{_base(ghl)}/csv/{csv_id}")
    assert (gone.status_code, gone.json()["message"]) == (400, "CSV not found")
    assert api.get(f"{_base(ghl)}/csv").json()["results"] == {"csvs": [], "count": 0}


def test_files_ghl_refuses(ghl):
    missing = ghl.client().post(f"{_base(ghl)}/csv", content=b"--b--\r\n",
                                headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert (missing.status_code, missing.json()["message"]) == (400, "File is required")
    elsewhere = ghl.client().post(f"{_base(ghl)}/csv", files={"csv": ("posts.csv", CSV.encode(), "text/csv")})
    assert (elsewhere.status_code, elsewhere.json()["message"]) == (400, "Unexpected field")
    wrong = _upload(ghl, name="posts.xlsx")
    assert (wrong.status_code, wrong.json()["code"]) == (400, "CSV_UNSUPPORTED_EXTENSION")
    headers = _upload(ghl, content="content\nhello\n")
    assert (headers.status_code, headers.json()["code"]) == (400, "CSV_MISSING_HEADERS")
    assert headers.json()["missingHeaders"] == "postAtSpecificTime (YYYY-MM-DD HH:mm:ss), link (OGmetaUrl)"
    empty = _upload(ghl, content="")
    assert (empty.status_code, empty.json()["code"]) == (400, "CSV_EMPTY_FILE")
    assert _upload(ghl, content=HEADER).json()["code"] == "CSV_MISSING_REQUIRED_ROWS"


def test_set_accounts_refuses_what_does_not_fit(ghl):
    uploaded = _upload(ghl).json()["results"]
    api = ghl.client()
    body = {"accountIds": [ghl.social_account()["id"]], "filePath": uploaded["filePath"], "rowsCount": 3,
            "fileName": "posts.csv"}
    too_many = api.post(f"{_base(ghl)}/set-accounts", json=body | {"rowsCount": 4})
    assert (too_many.status_code, too_many.json()["message"]) == (
        422, ["rowsCount must be between 1 and number of posts in CSV"])
    unknown = api.post(f"{_base(ghl)}/set-accounts", json=body | {"accountIds": ["nope"]})
    assert (unknown.status_code, unknown.json()["message"]) == (422, ["Invalid account id in accountIds list"])
    no_file = api.post(f"{_base(ghl)}/set-accounts", json=body | {"filePath": "x/social-import/y.csv"})
    assert (no_file.status_code, no_file.json()["message"]) == (400, "File not found")
    assert api.get(f"{_base(ghl)}/csv").json()["results"]["count"] == 0
    assert api.post(f"{_base(ghl)}/set-accounts", json=body).status_code == 201
    # an upload is imported once
    assert api.post(f"{_base(ghl)}/set-accounts", json=body).status_code == 400


def test_another_location_sees_none_of_it(ghl):
    csv_id, second = _import(ghl), ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second))
    assert theirs.get(f"/social-media-posting/{second}/csv").json()["results"]["count"] == 0
    assert theirs.get(f"{_base(ghl)}/csv/{csv_id}").status_code == 403
    assert theirs.get(f"/social-media-posting/{second}/csv/{csv_id}").status_code in (400, 403)


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    api = ghl.client(token=ghl.token(scopes=["socialplanner/csv.readonly"]))
    assert api.get(f"{_base(ghl)}/csv").status_code == 200
    answer = api.post(f"{_base(ghl)}/csv", files={"file": ("posts.csv", CSV.encode(), "text/csv")})
    assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
