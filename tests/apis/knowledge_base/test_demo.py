"""The Knowledge Base part of the demo sandbox, as the API shows it."""

from __future__ import annotations


def test_the_demo_has_a_knowledge_base_with_faqs_and_trained_pages(small_demo):
    api, main = small_demo.api, {"locationId": small_demo.main}
    bases = api.get("/knowledge-bases/", params=main).json()["data"]["knowledgeBases"]
    assert small_demo.summary["knowledgeBases"] == len(bases) == 1
    base = api.get(f"/knowledge-bases/{bases[0]['id']}").json()["data"]
    assert (base["name"], base["kbMetadata"]["faqs"], base["kbMetadata"]["urls"]) == ("Help centre", 2, 2)
    pages = api.get("/knowledge-bases/crawler", params={**main, "knowledgeBaseId": base["id"]}).json()["urls"]
    assert [page["title"] for page in pages] == ["Shipping", "Returns"]
    assert "ship free" in api.get(pages[0]["content"]).text
