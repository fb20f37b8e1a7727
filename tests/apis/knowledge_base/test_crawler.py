"""The web crawler (knowledge-base.json): discovery over the pages the control plane declares, the crawl's
status, training pages into a knowledge base (their text served as files), listing and deleting them."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream

SITE = "https://docs.example.com/blog"
PAGES = [{"url": SITE, "title": "Blog", "content": "All posts"},
         {"url": f"{SITE}/temporal", "title": "Temporal is coming", "content": "Dates, done right."},
         {"url": f"{SITE}/broken", "title": "Broken", "crawl": "Failed"},
         {"url": f"{SITE}/private", "title": "Private", "crawl": "Restricted"},
         {"url": "https://docs.example.com/about", "title": "About us", "content": "Who we are"}]


def _declare(ghl):
    answer = ghl.client().post(f"/_mock/locations/{ghl.location_id}/knowledge-bases/web-pages", json={"pages": PAGES})
    assert answer.status_code == 201


def _crawl(ghl, base, url=SITE, option="Path"):
    answer = ghl.client().post("/knowledge-bases/crawler", json={"locationId": ghl.location_id, "url": url,
                                                                 "option": option, "knowledgeBaseId": base["id"]})
    assert answer.status_code == 201, answer.text
    return answer.json()["data"]


def _status(ghl, base, operation_id):
    return ghl.client().get("/knowledge-bases/crawler/status", params={
        "locationId": ghl.location_id, "operationId": operation_id, "knowledgeBaseId": base["id"]}).json()["data"]


def _by_status(status):
    return {group["_id"]: [record["url"] for record in group["records"]] for group in status["aggregate"]}


def test_a_crawl_discovers_by_mode_and_groups_pages_by_status(ghl):
    _declare(ghl)
    base = ghl.knowledge_base()
    crawl = _crawl(ghl, base)
    assert crawl == {"operationId": crawl["operationId"], "status": "Successful", "url": SITE}
    status = _status(ghl, base, crawl["operationId"])
    assert _by_status(status) == {"Successful": [SITE, f"{SITE}/temporal"], "Failed": [f"{SITE}/broken"],
                                  "Restricted": [f"{SITE}/private"]}
    failed = status["aggregate"][1]["records"][0]
    assert failed["error"]["message"] == "Failed to fetch HTML content" and "title" not in failed
    details = status["operationDetails"]
    assert (details["_id"], details["mode"], details["discoveredUrlsCount"], details["trainedUrlsCount"],
            details["status"], details["__v"]) == (crawl["operationId"], "Path", 4, 0, "Successful", 0)

    domain = _status(ghl, base, _crawl(ghl, base, option="Domain")["operationId"])
    assert "https://docs.example.com/about" in _by_status(domain)["Successful"]
    exact = _status(ghl, base, _crawl(ghl, base, url="https://elsewhere.example.org/", option="Exact")["operationId"])
    assert exact["aggregate"] == [{"_id": "Successful", "records": [
        {"url": "https://elsewhere.example.org/", "id": exact["aggregate"][0]["records"][0]["id"],
         "title": "elsewhere.example.org"}]}]


def test_trained_pages_are_listed_with_their_text_and_deleted(ghl):
    _declare(ghl)
    base, api = ghl.knowledge_base(), ghl.client()
    crawl = _crawl(ghl, base)
    records = {record["url"]: record["id"] for group in _status(ghl, base, crawl["operationId"])["aggregate"]
               for record in group["records"]}
    trained = api.post("/knowledge-bases/crawler/train", json={
        "locationId": ghl.location_id, "knowledgeBaseId": base["id"], "operationId": crawl["operationId"],
        "urlIds": [records[f"{SITE}/temporal"]]})
    assert (trained.status_code, trained.json()["success"]) == (201, True)
    params = {"locationId": ghl.location_id, "knowledgeBaseId": base["id"]}
    listed = api.get("/knowledge-bases/crawler", params=params).json()
    assert listed["count"] == 1
    page = listed["urls"][0]
    assert (page["url"], page["title"], page["status"], page["knowledgeBaseId"], page["contentEditedByUser"]) == \
        (f"{SITE}/temporal", "Temporal is coming", "Successful", base["id"], False)
    assert api.get(page["content"]).content == b"Dates, done right."
    after = _status(ghl, base, crawl["operationId"])
    assert _by_status(after)["Existing"] == [f"{SITE}/temporal"]
    assert after["operationDetails"]["trainedUrlsCount"] == 1
    again = _status(ghl, base, _crawl(ghl, base)["operationId"])
    assert _by_status(again)["Existing"] == [f"{SITE}/temporal"]  # already in the knowledge base

    deleted = api.request("DELETE", "/knowledge-bases/crawler", json={**params, "urlIds": [page["id"]]})
    assert (deleted.status_code, deleted.json()["success"]) == (200, True)
    assert api.get("/knowledge-bases/crawler", params=params).json()["urls"] == []
    assert api.get(page["content"]).status_code == 404  # its stored text went with it
    gone = api.request("DELETE", "/knowledge-bases/crawler", json={**params, "urlIds": [page["id"]]})
    assert (gone.status_code, gone.json()["message"]) == (400, "Trained URL not found")


def test_only_successfully_crawled_pages_of_the_crawl_train(ghl):
    _declare(ghl)
    base, api = ghl.knowledge_base(), ghl.client()
    crawl = _crawl(ghl, base)
    records = {record["url"]: record["id"] for group in _status(ghl, base, crawl["operationId"])["aggregate"]
               for record in group["records"]}
    body = {"locationId": ghl.location_id, "knowledgeBaseId": base["id"], "operationId": crawl["operationId"]}
    failed = api.post("/knowledge-bases/crawler/train", json={**body, "urlIds": [records[f"{SITE}/broken"]]})
    assert (failed.status_code, failed.json()["message"]) == (
        400, f"Only successfully crawled pages can be trained: {SITE}/broken is Failed")
    stranger = api.post("/knowledge-bases/crawler/train", json={**body, "urlIds": ["nope"]})
    assert (stranger.status_code, stranger.json()["message"]) == (
        400, "urlIds must name pages this crawling operation discovered")
    other_base = ghl.knowledge_base()
    wrong_base = api.post("/knowledge-bases/crawler/train", json={**body, "knowledgeBaseId": other_base["id"],
                                                                  "urlIds": [records[SITE]]})
    assert (wrong_base.status_code, wrong_base.json()["message"]) == (400, "Crawling operation not found")
    assert api.get("/knowledge-bases/crawler", params={"locationId": ghl.location_id,
                                                       "knowledgeBaseId": base["id"]}).json()["count"] == 0


def test_trained_pages_filter_and_page(ghl):
    base, api = ghl.knowledge_base(), ghl.client()
    urls = [ghl.knowledge_base_page(base, url=f"https://shop.example.com/{name}")["url"]
            for name in ("faq", "shipping", "shipping-abroad")]
    params = {"locationId": ghl.location_id, "knowledgeBaseId": base["id"], "query": "SHIPPING", "pageLength": 1}
    first = api.get("/knowledge-bases/crawler", params=params).json()
    assert (first["count"], [u["url"] for u in first["urls"]]) == (2, [urls[1]])
    second = api.get("/knowledge-bases/crawler", params={**params, "page": 2}).json()
    assert [u["url"] for u in second["urls"]] == [urls[2]]


@pytest.mark.ghl_allow_violations("invalid_value")
def test_a_crawl_needs_a_web_address_and_a_knowledge_base(ghl):
    api, base = ghl.client(), ghl.knowledge_base()
    not_url = api.post("/knowledge-bases/crawler", json={"locationId": ghl.location_id, "url": "docs",
                                                         "option": "Exact", "knowledgeBaseId": base["id"]})
    assert (not_url.status_code, not_url.json()["message"]) == (422, ["url must be a URL address"])
    no_base = api.post("/knowledge-bases/crawler", json={"locationId": ghl.location_id, "url": SITE,
                                                         "option": "Exact", "knowledgeBaseId": "nope"})
    assert (no_base.status_code, no_base.json()["message"]) == (400, "Knowledge base not found")


def test_deleting_a_knowledge_base_deletes_its_trained_pages_and_crawls(ghl):
    base, kept, api = ghl.knowledge_base(), ghl.knowledge_base(), ghl.client()
    page, kept_page = ghl.knowledge_base_page(base), ghl.knowledge_base_page(kept)
    crawl = _crawl(ghl, base, url=page["url"], option="Exact")
    api.delete(f"/knowledge-bases/{base['id']}")
    assert api.get(page["content"]).status_code == 404
    answer = api.get("/knowledge-bases/crawler/status", params={
        "locationId": ghl.location_id, "operationId": crawl["operationId"], "knowledgeBaseId": base["id"]})
    assert (answer.status_code, answer.json()["message"]) == (400, "Crawling operation not found")
    assert api.get(kept_page["content"]).status_code == 200


def test_another_location_cannot_crawl_into_a_knowledge_base(ghl):
    base, elsewhere = ghl.knowledge_base(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=elsewhere))
    crawl = api.post("/knowledge-bases/crawler", json={"locationId": elsewhere, "url": SITE, "option": "Exact",
                                                       "knowledgeBaseId": base["id"]})
    assert (crawl.status_code, crawl.json()["message"]) == (400, "Knowledge base not found")
    listed = api.get("/knowledge-bases/crawler", params={"locationId": elsewhere, "knowledgeBaseId": base["id"]})
    assert (listed.status_code, listed.json()["message"]) == (400, "Knowledge base not found")


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    _declare(ghl)
    base, api = ghl.knowledge_base(), ghl.client()
    crawl = _crawl(ghl, base)
    status = api.get("/knowledge-bases/crawler/status", params={
        "locationId": ghl.location_id, "operationId": crawl["operationId"], "knowledgeBaseId": base["id"]})
    assert upstream.response_problems("knowledge-base.json", "GET", "/knowledge-bases/crawler/status", 200,
                                      status.json()) == []
    record_id = status.json()["data"]["aggregate"][0]["records"][0]["id"]
    trained = api.post("/knowledge-bases/crawler/train", json={
        "locationId": ghl.location_id, "urlIds": [record_id], "knowledgeBaseId": base["id"],
        "operationId": crawl["operationId"]})
    assert upstream.response_problems("knowledge-base.json", "POST", "/knowledge-bases/crawler/train", 201,
                                      trained.json()) == []
    params = {"locationId": ghl.location_id, "knowledgeBaseId": base["id"]}
    listed = api.get("/knowledge-bases/crawler", params=params)
    assert upstream.response_problems("knowledge-base.json", "GET", "/knowledge-bases/crawler", 200,
                                      listed.json()) == []
    deleted = api.request("DELETE", "/knowledge-bases/crawler", json={**params, "urlIds": [listed.json()["urls"][0]["id"]]})
    assert upstream.response_problems("knowledge-base.json", "DELETE", "/knowledge-bases/crawler", 200,
                                      deleted.json()) == []
