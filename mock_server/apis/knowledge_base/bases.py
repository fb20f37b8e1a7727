"""A location's knowledge bases: the sources (FAQs, trained web pages) its AI agents answer from.

DECISION: a deleted knowledge base is gone, with its FAQs, crawls and trained pages (their cascades in
``area.py``): GHL answers only ``{"success": true}``, and nothing in the API reads a deleted one back.
DECISION: none of them is the location's default (``isDefault: false``): GHL makes the default one itself,
outside the API, and the mock makes none.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.knowledge_base.paging import after
from mock_server.apis.knowledge_base.tables import FAQS, KNOWLEDGE_BASES, TRAINED_URLS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# The official file's summary of createKnowledgeBase: "max 15 knowledge bases per location".
MAX_PER_LOCATION = 15
# DECISION: GHL's text for the 16th is not known.
TOO_MANY = f"A location can have at most {MAX_PER_LOCATION} knowledge bases"
# DECISION: a cursor naming no knowledge base of the location (GHL's text is not known).
UNKNOWN_CURSOR = "lastKnowledgeBaseId is not a knowledge base of this location"
LIST_FIELDS = ("id", "name", "createdAt")


def view(base: dict[str, Any]) -> dict[str, Any]:
    # Kept, never shown: none of the official answers (create, read, list) has a description field.
    return {key: value for key, value in base.items() if key != "description"}


def create(tenant: Tenant, name: str, description: str | None) -> dict[str, Any]:
    if tenant.store.count(KNOWLEDGE_BASES) >= MAX_PER_LOCATION:
        raise BadRequest(TOO_MANY)
    now = iso_z(tenant.now())
    base = {"id": tenant.new_id(), "name": name, "nameLowerCase": name.lower(), "description": description or "",
            "locationId": tenant.location_id, "kbMetadata": {}, "deleted": False, "isDefault": False,
            "createdAt": now, "updatedAt": now}
    return tenant.store.put(KNOWLEDGE_BASES, base)


def get(tenant: Tenant, base_id: str) -> dict[str, Any]:
    """The knowledge base with what it holds counted (only FAQs and web pages can be added through the API)."""
    base = tenant.require(KNOWLEDGE_BASES, base_id)
    counts = {"faqs": len(tenant.store.ids_where(FAQS, "knowledgeBaseId", base_id)),
              "urls": len(tenant.store.ids_where(TRAINED_URLS, "knowledgeBaseId", base_id)),
              "richText": 0, "files": 0, "webSearches": 0, "tables": 0}
    return {**base, "kbMetadata": counts}


def update(tenant: Tenant, base_id: str, changes: dict[str, Any]) -> None:
    base = tenant.require(KNOWLEDGE_BASES, base_id)
    changes = {key: value for key, value in changes.items() if value is not None}
    if "name" in changes:
        changes["nameLowerCase"] = changes["name"].lower()
    tenant.store.put(KNOWLEDGE_BASES, {**base, **changes, "updatedAt": iso_z(tenant.now())})


def delete(tenant: Tenant, base_id: str) -> None:
    tenant.require(KNOWLEDGE_BASES, base_id)
    tenant.delete(KNOWLEDGE_BASES, base_id)


def listing(tenant: Tenant, *, query: str | None, limit: float, last_id: str | None) -> dict[str, Any]:
    """Newest first, the names containing ``query`` (any case); ``lastKnowledgeBaseId`` is the cursor."""
    bases = list(reversed(tenant.store.scan(KNOWLEDGE_BASES)))
    needle = (query or "").lower()
    found = [base for base in bases if needle in base["nameLowerCase"]]
    page, more = after(found, last_id, limit, BadRequest(UNKNOWN_CURSOR))
    data: dict[str, Any] = {"knowledgeBases": [{key: base[key] for key in LIST_FIELDS} for base in page],
                            "activeCount": len(bases), "hasMore": more}
    if page:
        data["lastKnowledgeBaseId"] = page[-1]["id"]
    return data
