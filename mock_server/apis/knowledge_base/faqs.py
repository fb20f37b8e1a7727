"""The questions and answers of a knowledge base (an agent answers from them)."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.knowledge_base.paging import after
from mock_server.apis.knowledge_base.tables import FAQS, KNOWLEDGE_BASES
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: a cursor naming no FAQ of the knowledge base (GHL's text is not known).
UNKNOWN_CURSOR = "lastFaqId is not an FAQ of this knowledge base"


def create(tenant: Tenant, base_id: str, question: str, answer: str) -> dict[str, Any]:
    tenant.require(KNOWLEDGE_BASES, base_id)
    now = iso_z(tenant.now())
    # DECISION: an FAQ written through the API comes from no trained page: ``trainedUrlId`` is "" (the file
    # requires the field).
    faq = {"id": tenant.new_id(), "question": question, "questionLowerCase": question.lower(), "answer": answer,
           "knowledgeBaseId": base_id, "locationId": tenant.location_id, "trainedUrlId": "", "deleted": False,
           "createdAt": now, "updatedAt": now}
    return tenant.store.put(FAQS, faq)


def update(tenant: Tenant, faq_id: str, question: str, answer: str) -> None:
    faq = tenant.require(FAQS, faq_id)
    tenant.store.put(FAQS, {**faq, "question": question, "questionLowerCase": question.lower(), "answer": answer,
                            "updatedAt": iso_z(tenant.now())})


def delete(tenant: Tenant, faq_id: str) -> None:
    tenant.require(FAQS, faq_id)
    tenant.delete(FAQS, faq_id)


def of_base(tenant: Tenant, base_id: str) -> list[dict[str, Any]]:
    """The knowledge base's FAQs, oldest first (other areas read them: an agent's answers)."""
    return tenant.store.find(FAQS, "knowledgeBaseId", base_id)


def listing(tenant: Tenant, base_id: str, *, limit: float, last_id: str | None) -> dict[str, Any]:
    """Newest first; ``count`` is every FAQ of the knowledge base, ``lastFaqId`` the next page's cursor."""
    tenant.require(KNOWLEDGE_BASES, base_id)
    faqs = list(reversed(of_base(tenant, base_id)))
    page, more = after(faqs, last_id, limit, BadRequest(UNKNOWN_CURSOR))
    answer: dict[str, Any] = {"count": len(faqs), "faqs": page, "hasMore": more}
    if page:
        answer["lastFaqId"] = page[-1]["id"]
    return answer
