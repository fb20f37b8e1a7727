"""The ``ghl`` factories of the Knowledge Base area."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class KnowledgeBaseFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def knowledge_base(self, **overrides: Any) -> dict[str, Any]:
        """A knowledge base of this location (POST /knowledge-bases/), as ``data`` of GHL's answer."""
        with self.fake.draw("knowledge_base") as (faker, _):
            body = {"locationId": self.location_id, "name": f"{faker.company()} help",
                    "description": faker.sentence()}
        return self.api("POST", "/knowledge-bases/", body | overrides, what="ghl.knowledge_base()")["data"]

    def knowledge_base_faq(self, knowledge_base: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """An FAQ of ``knowledge_base`` (a new one if none), as ``faq`` of GHL's answer."""
        base_id = ref_id(knowledge_base) if knowledge_base is not None else self.knowledge_base()["id"]
        with self.fake.draw("knowledge_base_faq") as (faker, _):
            body = {"locationId": self.location_id, "knowledgeBaseId": base_id,
                    "question": faker.sentence().rstrip(".") + "?", "answer": faker.paragraph()}
        return self.api("POST", "/knowledge-bases/faqs", body | overrides, what="ghl.knowledge_base_faq()")["faq"]

    def knowledge_base_page(self, knowledge_base: Ref | None = None, url: str | None = None) -> dict[str, Any]:
        """A web page trained into ``knowledge_base`` (a new one if none): the page is declared on the control
        plane, crawled (mode Exact) and trained; answers the trained page as GHL lists it."""
        base_id = ref_id(knowledge_base) if knowledge_base is not None else self.knowledge_base()["id"]
        with self.fake.draw("knowledge_base_page") as (faker, n):
            url = url or f"https://{faker.domain_name()}/pages/{n}"
            page = {"url": url, "title": faker.catch_phrase(), "content": faker.paragraph()}
        self.api("POST", f"/_mock/locations/{self.location_id}/knowledge-bases/web-pages", {"pages": [page]},
                 what="ghl.knowledge_base_page()")
        crawl = self.api("POST", "/knowledge-bases/crawler", {"locationId": self.location_id, "url": url,
                                                              "option": "Exact", "knowledgeBaseId": base_id},
                         what="ghl.knowledge_base_page()")["data"]
        status = self.api("GET", "/knowledge-bases/crawler/status", params={
            "locationId": self.location_id, "operationId": crawl["operationId"], "knowledgeBaseId": base_id},
            what="ghl.knowledge_base_page()")["data"]
        ids = [record["id"] for group in status["aggregate"] if group["_id"] == "Successful"
               for record in group["records"]]
        self.api("POST", "/knowledge-bases/crawler/train", {"locationId": self.location_id, "urlIds": ids,
                                                           "knowledgeBaseId": base_id,
                                                           "operationId": crawl["operationId"]},
                 what="ghl.knowledge_base_page()")
        listed = self.api("GET", "/knowledge-bases/crawler", params={
            "locationId": self.location_id, "knowledgeBaseId": base_id, "query": url, "pageLength": 100},
            what="ghl.knowledge_base_page()")["urls"]
        return next(trained for trained in listed if trained["url"] == url)
