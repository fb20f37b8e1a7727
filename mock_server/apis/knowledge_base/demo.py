"""The Knowledge Base area's part of the demo (``Area.demo``): the main location's help-centre knowledge base,
with FAQs and two pages of a declared website crawled and trained into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

SITE = "https://help.example.com/docs"
PAGES = (("", "Help centre", "Answers to the questions customers ask most."),
         ("/shipping", "Shipping", "Orders over $50 ship free; others ship for $5 within three days."),
         ("/returns", "Returns", "Returns are accepted within 30 days of delivery, unused."))
FAQS = (("What are your opening hours?", "Monday to Friday, 9am to 5pm."),
        ("Do you ship abroad?", "Yes, to Canada and the EU, for a flat $15."))


def load(demo: DemoLoader) -> None:
    base = demo.call("POST", "/knowledge-bases/", token=demo.main_token,
                     json={"locationId": demo.main, "name": "Help centre", "description": "What the agents know"})
    base_id = base["data"]["id"]
    for question, answer in FAQS:
        demo.call("POST", "/knowledge-bases/faqs", token=demo.main_token,
                  json={"locationId": demo.main, "knowledgeBaseId": base_id, "question": question, "answer": answer})
    demo.seed(demo.main, "knowledge-bases/web-pages",
              {"pages": [{"url": SITE + path, "title": title, "content": text} for path, title, text in PAGES]})
    crawl = demo.call("POST", "/knowledge-bases/crawler", token=demo.main_token,
                      json={"locationId": demo.main, "url": SITE, "option": "Path", "knowledgeBaseId": base_id})
    operation_id = crawl["data"]["operationId"]
    status = demo.call("GET", "/knowledge-bases/crawler/status", token=demo.main_token, params={
        "locationId": demo.main, "operationId": operation_id, "knowledgeBaseId": base_id})
    pages = [record["id"] for group in status["data"]["aggregate"] for record in group["records"]
             if record["url"] != SITE]
    demo.call("POST", "/knowledge-bases/crawler/train", token=demo.main_token, json={
        "locationId": demo.main, "urlIds": pages, "knowledgeBaseId": base_id, "operationId": operation_id})
    demo.made["knowledgeBases"] = [base_id]
    demo.summary["knowledgeBases"] = 1
