"""The Knowledge Base area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.files.tables import STORED_FILES
from mock_server.apis.knowledge_base import crawler, routes, tables
from mock_server.platform.area import Area, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "knowledge_base",
    serves="Knowledge bases: FAQs, a web crawler (discovery over pages the control plane declares, training, "
           "trained pages stored as files)",
    apis=(routes.api,),
    tables=(
        Table(tables.KNOWLEDGE_BASES, not_found=BadRequest(tables.KNOWLEDGE_BASE_NOT_FOUND)),
        Table(tables.FAQS, indexes=("knowledgeBaseId",), not_found=BadRequest(tables.FAQ_NOT_FOUND)),
        Table(tables.CRAWLS, indexes=("knowledgeBaseId",), not_found=BadRequest(tables.CRAWL_NOT_FOUND)),
        Table(tables.CRAWLED_PAGES, indexes=("operationId",)),
        Table(tables.TRAINED_URLS, indexes=("knowledgeBaseId",), not_found=BadRequest(tables.TRAINED_URL_NOT_FOUND)),
        Table(tables.WEB_PAGES, indexes=("host",)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/knowledge-bases/web-pages", crawler.seed_pages,
             body=crawler.WebPagesSeed, status=201,
             doc='`{"pages": [{"url", "title", "content", "crawl"}]}` (crawl: `Successful`, `Failed` or `Restricted`): pages a '
                 "knowledge-base crawl of the location can discover (GHL crawls the real web)"),
    ),
    cascades=(
        delete_children(tables.KNOWLEDGE_BASES, tables.FAQS, "knowledgeBaseId"),
        delete_children(tables.KNOWLEDGE_BASES, tables.TRAINED_URLS, "knowledgeBaseId"),
        delete_children(tables.KNOWLEDGE_BASES, tables.CRAWLS, "knowledgeBaseId"),
        delete_children(tables.CRAWLS, tables.CRAWLED_PAGES, "operationId"),
        delete_children(tables.TRAINED_URLS, STORED_FILES, "ownerId", "deleting a trained page deletes the text "
                        "stored for it (its content URL stops answering)"),
    ),
    factories="mock_server.apis.knowledge_base.factories:KnowledgeBaseFactories",
    demo="mock_server.apis.knowledge_base.demo:load",
    upstream_allowlist="mock_server.apis.knowledge_base.upstream",
)
