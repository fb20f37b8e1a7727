"""The web crawler: discover a website's pages, train the chosen ones into a knowledge base, forget them.

GHL crawls the real web; the mock reads none of it. DECISION: a crawl discovers the pages the control plane
declared for the location (``POST /_mock/locations/{locationId}/knowledge-bases/web-pages``: url, title,
content and how crawling it goes) and the start URL itself (titled by its host when undeclared), chosen by
the crawl's mode: ``Exact`` the start URL only, ``Path`` the pages under its path, ``Domain`` every page of
its host. DECISION: a crawl runs to its end at once (its operation is ``Successful`` when discovery
answers), and training is as quick: a trained page is listed at once, its text stored as a file whose URL is
its ``content``. A discovered page already trained into the knowledge base is ``Existing``, and so is a page
once this crawl trained it. No issue in GHL's public tracker describes these operations live.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.files import storage
from mock_server.apis.knowledge_base.tables import (
    CRAWL_NOT_FOUND,
    CRAWLED_PAGES,
    CRAWLS,
    KNOWLEDGE_BASES,
    TRAINED_URL_NOT_FOUND,
    TRAINED_URLS,
    WEB_PAGES,
)
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

STATUSES = ("Pending", "Processing", "Successful", "Failed", "Existing", "Restricted", "Cancelled", "Aborted",
            "Training")
# class-validator's @IsUrl text.
NOT_A_URL = "url must be a URL address"
# DECISION: GHL's texts for these refusals are not known.
NOT_DISCOVERED = "urlIds must name pages this crawling operation discovered"
NOT_TRAINABLE = "Only successfully crawled pages can be trained: {url} is {status}"
# What GHL's crawler records for a page it could not fetch (the official file's error details).
FETCH_FAILED = "Failed to fetch HTML content"


# -- the web the control plane declares ------------------------------------------------------------------
class WebPage(BodyModel):
    url: str = Field(min_length=1)
    title: str = ""
    content: str = ""
    crawl: Literal["Successful", "Failed", "Restricted"] = "Successful"  # Restricted: robots.txt disallows it


class WebPagesSeed(BodyModel):
    pages: list[WebPage] = Field(min_length=1)


def seed_pages(tenant: Tenant, body: WebPagesSeed) -> dict[str, Any]:
    """Declare pages a crawl of this location can discover (a page declared again is replaced)."""
    stored = []
    for page in body.pages:
        host = _host(page.url)
        for old in tenant.store.find(WEB_PAGES, "host", host):
            if old["url"] == page.url:
                tenant.store.delete(WEB_PAGES, old["id"])
        stored.append(tenant.store.put(WEB_PAGES, {"id": tenant.new_id(), "host": host, **page.model_dump()}))
    return {"pages": stored}


def _host(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Unprocessable([NOT_A_URL])
    return parts.hostname


def _path(url: str) -> str:
    return urlsplit(url).path.rstrip("/")


# -- discovery -------------------------------------------------------------------------------------------
def discover(tenant: Tenant, base_id: str, url: str, mode: str) -> dict[str, Any]:
    tenant.require(KNOWLEDGE_BASES, base_id)
    host = _host(url)
    known = tenant.store.find(WEB_PAGES, "host", host)
    start = next((page for page in known if page["url"].rstrip("/") == url.rstrip("/")), None) or \
        {"url": url, "title": host, "content": f"{host}\n{url}", "crawl": "Successful"}
    if mode == "Exact":
        found = [start]
    else:
        under = [page for page in known if mode == "Domain" or _path(page["url"]).startswith(_path(url))]
        found = [start] + [page for page in under if page["url"].rstrip("/") != url.rstrip("/")]
    trained = {page["url"] for page in tenant.store.find(TRAINED_URLS, "knowledgeBaseId", base_id)}
    now = iso_z(tenant.now())
    operation = {"id": tenant.new_id(), "locationId": tenant.location_id, "knowledgeBaseId": base_id, "url": url,
                 "mode": mode, "status": "Successful", "discoveredUrlsCount": len(found), "trainedUrlsCount": 0,
                 "createdAt": now, "updatedAt": now, "__v": 0}
    tenant.store.put(CRAWLS, operation)
    for page in found:
        status = "Existing" if page["url"] in trained else page["crawl"]
        tenant.store.put(CRAWLED_PAGES, {"id": tenant.new_id(), "operationId": operation["id"], "url": page["url"],
                                         "title": page["title"] or host, "content": page["content"],
                                         "status": status})
    return {"operationId": operation["id"], "status": operation["status"], "url": url}


def _operation(tenant: Tenant, base_id: str, operation_id: str) -> dict[str, Any]:
    operation = tenant.require(CRAWLS, operation_id)
    if operation["knowledgeBaseId"] != base_id:
        raise BadRequest(CRAWL_NOT_FOUND)
    return operation


def status(tenant: Tenant, base_id: str, operation_id: str) -> dict[str, Any]:
    """The crawl's pages grouped by status (in the order of GHL's statuses), and the operation."""
    operation = _operation(tenant, base_id, operation_id)
    pages = tenant.store.find(CRAWLED_PAGES, "operationId", operation_id)
    aggregate = [{"_id": name, "records": [_record(page) for page in pages if page["status"] == name]}
                 for name in STATUSES if any(page["status"] == name for page in pages)]
    return {"aggregate": aggregate, "operationDetails": {"_id": operation["id"], **_without_id(operation)}}


def _without_id(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key != "id"}


def _record(page: dict[str, Any]) -> dict[str, Any]:
    record = {"url": page["url"], "id": page["id"]}
    if page["status"] == "Failed":
        record["error"] = {"stack": f"HttpException: {FETCH_FAILED}", "response": FETCH_FAILED, "status": 500,
                           "message": FETCH_FAILED, "name": "HttpException"}
    elif page["status"] != "Restricted":
        record["title"] = page["title"]
    return record


# -- training --------------------------------------------------------------------------------------------
def train(tenant: Tenant, base_id: str, operation_id: str, url_ids: list[str]) -> None:
    operation = _operation(tenant, base_id, operation_id)
    pages = {page["id"]: page for page in tenant.store.find(CRAWLED_PAGES, "operationId", operation_id)}
    if not url_ids or any(url_id not in pages for url_id in url_ids):
        raise BadRequest(NOT_DISCOVERED)
    for url_id in dict.fromkeys(url_ids):
        page = pages[url_id]
        if page["status"] != "Successful":
            raise BadRequest(NOT_TRAINABLE.format(url=page["url"], status=page["status"]))
        trained_id = tenant.new_id()
        stored = storage.store(tenant, page["content"].encode(), f"{trained_id}.txt", "text/plain",
                               owner="knowledge_base", owner_id=trained_id)
        tenant.store.put(TRAINED_URLS, {
            "id": trained_id, "url": page["url"], "title": page["title"], "status": "Successful",
            "locationId": tenant.location_id, "knowledgeBaseId": base_id, "content": stored["url"],
            "contentEditedByUser": False, "updatedAt": iso_z(tenant.now()), "fileId": stored["id"]})
        tenant.store.put(CRAWLED_PAGES, {**page, "status": "Existing"})
    tenant.store.put(CRAWLS, {**operation, "trainedUrlsCount": operation["trainedUrlsCount"] + len(set(url_ids)),
                              "updatedAt": iso_z(tenant.now())})


def trained(tenant: Tenant, base_id: str) -> list[dict[str, Any]]:
    """The knowledge base's trained pages, in training order (other areas read them: an agent's answers)."""
    return tenant.store.find(TRAINED_URLS, "knowledgeBaseId", base_id)


def listing(tenant: Tenant, base_id: str, *, query: str | None, page: float, length: float) -> dict[str, Any]:
    """The trained pages whose URL contains ``query`` (any case), ``pageLength`` a page from page 1;
    ``count`` counts every match."""
    tenant.require(KNOWLEDGE_BASES, base_id)
    needle = (query or "").lower()
    found = [url for url in trained(tenant, base_id) if needle in url["url"].lower()]
    start = (int(page) - 1) * int(length)
    return {"count": len(found), "urls": [_listed(url) for url in found[start:start + int(length)]]}


def _listed(trained_url: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in trained_url.items() if key != "fileId"}


def page_text(tenant: Tenant, trained_url: dict[str, Any]) -> str:
    """The text a trained page was stored with (its ``content`` file)."""
    stored = storage.read(tenant, trained_url["fileId"])
    return stored[1].decode() if stored else ""


def forget(tenant: Tenant, base_id: str, url_ids: list[str]) -> None:
    """Delete trained pages (their stored text goes with them); every id must be one of the base's."""
    tenant.require(KNOWLEDGE_BASES, base_id)
    mine = tenant.store.ids_where(TRAINED_URLS, "knowledgeBaseId", base_id)
    if not url_ids or any(url_id not in mine for url_id in url_ids):
        raise BadRequest(TRAINED_URL_NOT_FOUND)
    for url_id in dict.fromkeys(url_ids):
        tenant.delete(TRAINED_URLS, url_id)
