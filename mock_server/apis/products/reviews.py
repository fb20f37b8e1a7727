"""Reviews of a location's products: moderated, replied to, counted and listed.

GHL's API cannot create a review (customers write them in the store), so they are seeded through the
control plane (``POST /_mock/locations/{locationId}/product-reviews``) or ``ghl.product_review()``. A new
review is ``pending`` until moderated.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.products import catalog
from mock_server.apis.products.models import UserDetails
from mock_server.apis.products.tables import PRODUCTS, REVIEWS
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known.
NOT_OF_PRODUCT = "Review with id {id} not found for this product"
STATUSES = ("pending", "approved", "rejected")


def _of_product(tenant: Tenant, review_id: str, product_id: str) -> dict[str, Any]:
    review = tenant.require(REVIEWS, review_id)
    if review["productId"] != product_id:
        raise BadRequest(NOT_OF_PRODUCT.format(id=review_id))
    return review


def public(review: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in review.items() if k != "id"}


def update_review(tenant: Tenant, review_id: str, product_id: str, fields: dict[str, Any]) -> None:
    """Moderate a review (``status``), reply to it, or correct its rating, headline or detail."""
    review = _of_product(tenant, review_id, product_id)
    changes = {k: v for k, v in fields.items() if k in ("status", "rating", "headline", "detail")}
    if fields.get("reply"):
        changes["reply"] = [*review.get("reply", []), *fields["reply"]]
    tenant.store.put(REVIEWS, {**review, **changes, "updatedAt": iso_z(tenant.now())})


def set_status(tenant: Tenant, refs: list[dict[str, Any]], status: str) -> None:
    """Moderate many reviews at once: every one must be a review of the product it names (else GHL's 400,
    and none changes)."""
    reviews = [_of_product(tenant, ref["reviewId"], ref["productId"]) for ref in refs]
    now = iso_z(tenant.now())
    for review in reviews:
        tenant.store.put(REVIEWS, {**review, "status": status, "updatedAt": now})


def delete_review(tenant: Tenant, review_id: str, product_id: str) -> None:
    _of_product(tenant, review_id, product_id)
    tenant.delete(REVIEWS, review_id)


def _matching(tenant: Tenant, *, rating: float | None = None, start: str | None = None, end: str | None = None,
              product_id: str | None = None, store_id: str | None = None) -> list[dict[str, Any]]:
    """DECISION: ``startDate``/``endDate`` bound ``createdAt`` (ISO strings compared as written, inclusive);
    ``rating`` is the exact rating."""
    reviews = tenant.store.find(REVIEWS, "productId", product_id) if product_id else tenant.store.scan(REVIEWS)
    return [r for r in reviews
            if (rating is None or r["rating"] == rating) and (not start or r["createdAt"] >= start)
            and (not end or r["createdAt"] <= end) and (not store_id or r.get("storeId") == store_id)]


def list_reviews(tenant: Tenant, *, limit: int, offset: int, sort_field: str | None, sort_order: str | None,
                 **filters: Any) -> tuple[list[dict[str, Any]], int]:
    """DECISION: newest first unless sorted otherwise (``sortField`` createdAt or rating, ``sortOrder``)."""
    reviews = _matching(tenant, **filters)
    field = sort_field or "createdAt"
    descending = (sort_order or "desc") == "desc"
    if descending:  # ties: the later review first (the sort is stable)
        reviews.reverse()
    reviews.sort(key=lambda r: (r[field], r["createdAt"]), reverse=descending)
    return [public(r) for r in catalog.page(reviews, offset, limit)], len(reviews)


def count_by_status(tenant: Tenant, **filters: Any) -> list[dict[str, Any]]:
    """DECISION: ``[{"_id": status, "count": n}]`` for every status, zeros included (the shape of the MongoDB
    group GHL's file hints at with "review status counts")."""
    counts = Counter(r["status"] for r in _matching(tenant, **filters))
    return [{"_id": status, "count": counts[status]} for status in STATUSES]


# -- control-plane seeding (GHL's API cannot create a review) ----------------------------------------------
class ReviewSeed(BodyModel):
    productId: str
    rating: Annotated[float, Field(ge=1, le=5)]
    headline: str = ""
    detail: str = ""
    user: UserDetails
    storeId: str | None = None
    status: Annotated[str, Field(pattern="^(pending|approved|rejected)$")] = "pending"


def seed_review(tenant: Tenant, body: ReviewSeed) -> dict[str, Any]:
    tenant.require(PRODUCTS, body.productId)
    review_id, now = tenant.new_id(), iso_z(tenant.now())
    return public(tenant.store.put(REVIEWS, {
        "id": review_id, "_id": review_id, "altId": tenant.location_id, "productId": body.productId,
        "storeId": body.storeId, "status": body.status, "rating": body.rating, "headline": body.headline,
        "detail": body.detail, "user": body.user.model_dump(exclude_none=True), "reply": [],
        "createdAt": now, "updatedAt": now}))
