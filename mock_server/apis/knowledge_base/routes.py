"""Knowledge Base operations (knowledge-base.json): knowledge bases, their FAQs, the web crawler.

Every operation takes a sub-account token (Location-Access) and the official file names no scope for any
(nor does Scopes.md): DECISION: the mock asks for none, as it does for the store area's operations.
"""

from __future__ import annotations

from mock_server.apis.knowledge_base import bases, crawler, faqs, models
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("knowledge-base.json", tag="Knowledge Base")
DONE = {"success": True}


# -- knowledge bases -------------------------------------------------------------------------------------
@api.get("/knowledge-bases/", "listAllKnowledgeBasesPaginated", tokens=LOCATION, query=models.KnowledgeBasesQuery,
         response=models.GetAllKnowledgeBasesPaginatedResponse, summary="List knowledge bases")
def list_knowledge_bases(call: Call) -> dict:
    q = call.query
    return {"success": True, "data": bases.listing(call.tenant, query=q.query, limit=q.limit,
                                                   last_id=q.lastKnowledgeBaseId)}


@api.post("/knowledge-bases/", "createKnowledgeBase", tokens=LOCATION, body=models.CreateKnowledgeBaseBody,
          response=models.CreateKnowledgeBaseResponse, status=201, summary="Create a knowledge base")
def create_knowledge_base(call: Call) -> dict:
    b = call.body
    return {"success": True, "data": bases.view(bases.create(call.tenant, b.name, b.description))}


@api.get("/knowledge-bases/{knowledgeBaseId}", "getKnowledgeBaseById", tokens=LOCATION,
         response=models.GetKnowledgeBaseByIdResponse, summary="Get a knowledge base")
def get_knowledge_base(call: Call) -> dict:
    return {"success": True, "data": bases.view(bases.get(call.tenant, call.path["knowledgeBaseId"]))}


@api.put("/knowledge-bases/{id}", "updateKnowledgeBase", tokens=LOCATION, body=models.UpdateKnowledgeBaseBody,
         response=models.UpdateKnowledgeBaseResponse, summary="Update a knowledge base")
def update_knowledge_base(call: Call) -> dict:
    bases.update(call.tenant, call.path["id"], sent_fields(call.body))
    return DONE


@api.delete("/knowledge-bases/{knowledgeBaseId}", "deleteKnowledgeBase", tokens=LOCATION,
            response=models.DeleteKnowledgeBaseResponse, summary="Delete a knowledge base")
def delete_knowledge_base(call: Call) -> dict:
    bases.delete(call.tenant, call.path["knowledgeBaseId"])
    return DONE


# -- FAQs ------------------------------------------------------------------------------------------------
@api.get("/knowledge-bases/faqs", "list", tokens=LOCATION, query=models.FaqsQuery, response=models.ListFaqsResponse,
         summary="List a knowledge base's FAQs")
def list_faqs(call: Call) -> dict:
    q = call.query
    return faqs.listing(call.tenant, q.knowledgeBaseId, limit=q.limit, last_id=q.lastFaqId)


@api.post("/knowledge-bases/faqs", "create", tokens=LOCATION, body=models.AddFaqBody,
          response=models.CreateFaqResponse, status=201, summary="Add an FAQ to a knowledge base")
def create_faq(call: Call) -> dict:
    b = call.body
    return {"success": True, "faq": faqs.create(call.tenant, b.knowledgeBaseId, b.question, b.answer)}


@api.put("/knowledge-bases/faqs/{id}", "update", tokens=LOCATION, body=models.UpdateFaqBody,
         response=models.UpdateFaqResponse, summary="Update an FAQ")
def update_faq(call: Call) -> dict:
    faqs.update(call.tenant, call.path["id"], call.body.question, call.body.answer)
    return DONE


@api.delete("/knowledge-bases/faqs/{id}", "delete", tokens=LOCATION, response=models.DeleteFaqResponse,
            summary="Delete an FAQ")
def delete_faq(call: Call) -> dict:
    faqs.delete(call.tenant, call.path["id"])
    return DONE


# -- the web crawler -------------------------------------------------------------------------------------
@api.post("/knowledge-bases/crawler", "discoverWebsite", tokens=LOCATION, body=models.DiscoverWebsiteBody,
          response=models.DiscoverWebsiteResponse, status=201, summary="Crawl a website for pages to train")
def discover_website(call: Call) -> dict:
    b = call.body
    return {"success": True, "data": crawler.discover(call.tenant, b.knowledgeBaseId, b.url, b.option)}


@api.get("/knowledge-bases/crawler/status", "getCrawlingStatusForLatestOperation", tokens=LOCATION,
         query=models.CrawlStatusQuery, response=models.CrawlingStatusResponse, summary="A crawl's pages")
def crawling_status(call: Call) -> dict:
    q = call.query
    return {"success": True, "data": crawler.status(call.tenant, q.knowledgeBaseId, q.operationId)}


@api.post("/knowledge-bases/crawler/train", "trainDiscoveredUrls", tokens=LOCATION,
          body=models.TrainDiscoveredUrlsBody, response=models.TrainDiscoveredUrlsResponse, status=201,
          summary="Train discovered pages into a knowledge base")
def train_discovered_urls(call: Call) -> dict:
    b = call.body
    crawler.train(call.tenant, b.knowledgeBaseId, b.operationId, b.urlIds)
    return DONE


@api.get("/knowledge-bases/crawler", "getAllWebsiteUrlsDataByKnowledgeBase", tokens=LOCATION,
         query=models.TrainedUrlsQuery, response=models.GetAllUrlsByKnowledgeBaseResponse,
         summary="List a knowledge base's trained pages")
def list_trained_urls(call: Call) -> dict:
    q = call.query
    return crawler.listing(call.tenant, q.knowledgeBaseId, query=q.query, page=q.page, length=q.pageLength)


@api.delete("/knowledge-bases/crawler", "deleteTrainedUrlsForKnowledgeBase", tokens=LOCATION,
            body=models.DeleteTrainedUrlsBody, response=models.DeleteWebsiteUrlResponse,
            summary="Delete trained pages")
def delete_trained_urls(call: Call) -> dict:
    crawler.forget(call.tenant, call.body.knowledgeBaseId, call.body.urlIds)
    return DONE
