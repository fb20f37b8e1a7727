"""A knowledge base's FAQs (knowledge-base.json): added, listed newest first by cursor, edited, deleted."""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream


def test_faq_lifecycle(ghl):
    base, api = ghl.knowledge_base(), ghl.client()
    created = api.post("/knowledge-bases/faqs", json={"locationId": ghl.location_id, "knowledgeBaseId": base["id"],
                                                      "question": "What is 1+2?", "answer": "3"})
    assert created.status_code == 201
    faq = created.json()["faq"]
    assert faq | {"createdAt": None, "updatedAt": None} == {
        "id": faq["id"], "question": "What is 1+2?", "questionLowerCase": "what is 1+2?", "answer": "3",
        "knowledgeBaseId": base["id"], "locationId": ghl.location_id, "trainedUrlId": "", "deleted": False,
        "createdAt": None, "updatedAt": None}
    params = {"locationId": ghl.location_id, "knowledgeBaseId": base["id"]}
    assert api.get("/knowledge-bases/faqs", params=params).json() | {"traceId": None} == {
        "count": 1, "faqs": [faq], "hasMore": False, "lastFaqId": faq["id"], "traceId": None}

    edited = api.put(f"/knowledge-bases/faqs/{faq['id']}", json={"question": "What is TWO plus one?", "answer": "3"})
    assert (edited.status_code, edited.json()["success"]) == (200, True)
    listed = api.get("/knowledge-bases/faqs", params=params).json()["faqs"]
    assert (listed[0]["question"], listed[0]["questionLowerCase"]) == ("What is TWO plus one?",
                                                                       "what is two plus one?")

    assert api.delete(f"/knowledge-bases/faqs/{faq['id']}").json()["success"] is True
    assert api.get("/knowledge-bases/faqs", params=params).json()["faqs"] == []
    for answer in (api.put(f"/knowledge-bases/faqs/{faq['id']}", json={"question": "q", "answer": "a"}),
                   api.delete(f"/knowledge-bases/faqs/{faq['id']}")):
        assert (answer.status_code, answer.json()["message"]) == (400, "FAQ not found")


def test_listing_pages_by_cursor(ghl):
    base, api = ghl.knowledge_base(), ghl.client()
    first, second, third = (ghl.knowledge_base_faq(base) for _ in range(3))
    ghl.knowledge_base_faq()  # another knowledge base's
    params = {"locationId": ghl.location_id, "knowledgeBaseId": base["id"], "limit": 2}
    page = api.get("/knowledge-bases/faqs", params=params).json()
    assert ([f["id"] for f in page["faqs"]], page["count"], page["hasMore"]) == ([third["id"], second["id"]], 3, True)
    rest = api.get("/knowledge-bases/faqs", params={**params, "lastFaqId": page["lastFaqId"]}).json()
    assert ([f["id"] for f in rest["faqs"]], rest["hasMore"]) == ([first["id"]], False)


def test_an_faq_needs_a_knowledge_base_of_the_location(ghl):
    api = ghl.client()
    answer = api.post("/knowledge-bases/faqs", json={"locationId": ghl.location_id, "knowledgeBaseId": "nope",
                                                     "question": "q?", "answer": "a"})
    assert (answer.status_code, answer.json()["message"]) == (400, "Knowledge base not found")
    listed = api.get("/knowledge-bases/faqs", params={"locationId": ghl.location_id, "knowledgeBaseId": "nope"})
    assert listed.status_code == 400


@pytest.mark.ghl_allow_violations("invalid_value")
def test_an_empty_answer_is_refused(ghl):
    base = ghl.knowledge_base()
    answer = ghl.client().post("/knowledge-bases/faqs", json={"locationId": ghl.location_id, "question": "q?",
                                                              "answer": "", "knowledgeBaseId": base["id"]})
    assert (answer.status_code, answer.json()["message"]) == (422, ["answer should not be empty"])


def test_another_locations_faq_is_unknown(ghl):
    faq, elsewhere = ghl.knowledge_base_faq(), ghl.location()["id"]
    api = ghl.client(token=ghl.token(location_id=elsewhere))
    assert api.put(f"/knowledge-bases/faqs/{faq['id']}", json={"question": "q", "answer": "a"}).status_code == 403
    assert api.delete(f"/knowledge-bases/faqs/{faq['id']}").status_code == 403
    params = {"locationId": ghl.location_id, "knowledgeBaseId": faq["knowledgeBaseId"]}
    assert api.get("/knowledge-bases/faqs", params=params).status_code == 403
    assert ghl.client().get("/knowledge-bases/faqs", params=params).json()["count"] == 1


@pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
def test_answers_match_the_official_schema(ghl):
    faq, api = ghl.knowledge_base_faq(), ghl.client()
    path = "/knowledge-bases/faqs/{id}"
    for method, answer in (("PUT", api.put(f"/knowledge-bases/faqs/{faq['id']}", json={"question": "q", "answer": "a"})),
                           ("DELETE", api.delete(f"/knowledge-bases/faqs/{faq['id']}"))):
        assert upstream.response_problems("knowledge-base.json", method, path, 200, answer.json()) == [], method
