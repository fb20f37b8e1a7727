"""Knowledge bases (knowledge-base.json): created, listed by cursor, counted, renamed, deleted with what they hold."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from mock_server.contracts import upstream


def test_knowledge_base_lifecycle(ghl):
    ghl.freeze(datetime(2025, 8, 2, tzinfo=UTC))
    api = ghl.client()
    created = api.post("/knowledge-bases/", json={"locationId": ghl.location_id, "name": "Bot Training",
                                                  "description": "What the bot knows"})
    assert created.status_code == 201
    base = created.json()["data"]
    assert base == {"id": base["id"], "name": "Bot Training", "nameLowerCase": "bot training",
                    "locationId": ghl.location_id, "kbMetadata": {}, "deleted": False, "isDefault": False,
                    "createdAt": "2025-08-02T00:00:00.000Z", "updatedAt": "2025-08-02T00:00:00.000Z"}
    ghl.knowledge_base_faq(base)
    ghl.knowledge_base_page(base)
    read = api.get(f"/knowledge-bases/{base['id']}").json()
    assert read["success"] is True and read["data"]["kbMetadata"] == {
        "faqs": 1, "urls": 1, "richText": 0, "files": 0, "webSearches": 0, "tables": 0}

    ghl.advance(60)
    renamed = api.put(f"/knowledge-bases/{base['id']}", json={"name": "Support"})
    assert (renamed.status_code, renamed.json()["success"]) == (200, True)
    read = api.get(f"/knowledge-bases/{base['id']}").json()["data"]
    assert (read["name"], read["nameLowerCase"], read["updatedAt"]) == ("Support", "support",
                                                                        "2025-08-02T00:01:00.000Z")

    assert api.delete(f"/knowledge-bases/{base['id']}").json()["success"] is True
    for answer in (api.get(f"/knowledge-bases/{base['id']}"), api.put(f"/knowledge-bases/{base['id']}", json={}),
                   api.delete(f"/knowledge-bases/{base['id']}")):
        assert (answer.status_code, answer.json()["message"]) == (400, "Knowledge base not found")
    listed = api.get("/knowledge-bases/", params={"locationId": ghl.location_id}).json()["data"]
    assert (listed["knowledgeBases"], listed["activeCount"]) == ([], 0)
    faqs = api.get("/knowledge-bases/faqs", params={"locationId": ghl.location_id, "knowledgeBaseId": base["id"]})
    assert faqs.status_code == 400  # its FAQs went with it


def test_listing_searches_names_and_pages_by_cursor(ghl):
    api = ghl.client()
    sales, _, more_sales = (ghl.knowledge_base(name=name) for name in ("Sales FAQ", "Support", "Sales scripts"))
    params = {"locationId": ghl.location_id, "query": "SALES", "limit": 1}
    first = api.get("/knowledge-bases/", params=params).json()["data"]
    assert first == {"knowledgeBases": [{"id": more_sales["id"], "name": "Sales scripts",
                                         "createdAt": more_sales["createdAt"]}],
                     "activeCount": 3, "hasMore": True, "lastKnowledgeBaseId": more_sales["id"]}
    second = api.get("/knowledge-bases/", params={**params, "lastKnowledgeBaseId": first["lastKnowledgeBaseId"]})
    assert [b["id"] for b in second.json()["data"]["knowledgeBases"]] == [sales["id"]]
    assert second.json()["data"]["hasMore"] is False
    unknown = api.get("/knowledge-bases/", params={**params, "lastKnowledgeBaseId": "nope"})
    assert unknown.status_code == 400


def test_a_location_holds_at_most_fifteen(ghl):
    for n in range(15):
        ghl.knowledge_base(name=f"Base {n}")
    refused = ghl.client().post("/knowledge-bases/", json={"locationId": ghl.location_id, "name": "One more"})
    assert (refused.status_code, refused.json()["message"]) == (
        400, "A location can have at most 15 knowledge bases")
    listed = ghl.client().get("/knowledge-bases/", params={"locationId": ghl.location_id, "limit": 100})
    assert listed.json()["data"]["activeCount"] == 15


def test_another_locations_knowledge_base_is_unknown(ghl):
    base, elsewhere = ghl.knowledge_base(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=elsewhere))
    for answer in (api.get(f"/knowledge-bases/{base['id']}"), api.put(f"/knowledge-bases/{base['id']}",
                                                                       json={"name": "Mine"}),
                   api.delete(f"/knowledge-bases/{base['id']}")):
        assert answer.status_code == 403, answer.text
    assert api.get("/knowledge-bases/", params={"locationId": ghl.location_id}).status_code == 403
    assert ghl.client().get(f"/knowledge-bases/{base['id']}").json()["data"]["name"] == base["name"]


@pytest.mark.ghl_allow_violations
def test_an_agency_token_is_refused(ghl):
    answer = ghl.client(agency=True).get("/knowledge-bases/", params={"locationId": ghl.location_id})
    assert answer.status_code == 401


@pytest.mark.ghl_allow_violations("invalid_value")
def test_a_name_is_required(ghl):
    answer = ghl.client().post("/knowledge-bases/", json={"locationId": ghl.location_id, "name": ""})
    assert (answer.status_code, answer.json()["message"]) == (422, ["name should not be empty"])


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    base, api = ghl.knowledge_base(), ghl.client()
    ghl.knowledge_base_faq(base)
    answers = {("GET", "/knowledge-bases/{knowledgeBaseId}"): api.get(f"/knowledge-bases/{base['id']}"),
               ("PUT", "/knowledge-bases/{id}"): api.put(f"/knowledge-bases/{base['id']}", json={"name": "x"}),
               ("GET", "/knowledge-bases/"): api.get("/knowledge-bases/", params={"locationId": ghl.location_id}),
               ("DELETE", "/knowledge-bases/{knowledgeBaseId}"): api.delete(f"/knowledge-bases/{base['id']}")}
    for (method, path), answer in answers.items():
        assert upstream.response_problems("knowledge-base.json", method, path, 200, answer.json()) == [], path
