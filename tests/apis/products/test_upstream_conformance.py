"""The Products answers the generic upstream walk cannot reach (a store id is no record it can find; reviews are
seeded), validated against GHL's official products.json.

Skipped when the official files are absent (they are reference material, not part of the project).
"""

from __future__ import annotations

import pytest
from mock_server.contracts import upstream
from mock_server.contracts.upstream_allowlist import allowlist

from mock_server.apis.products.upstream import REVIEWS_LIST

pytestmark = pytest.mark.skipif(upstream.spec_root() is None, reason=upstream.MISSING)
ALT = {"altType": "location"}


def _problems(method, path, answer, status=200):
    assert answer.status_code == status, answer.text
    return upstream.response_problems("products.json", method, path, status, answer.json(),
                                      allowlist=[*allowlist(), REVIEWS_LIST])


def test_a_stores_product_answers_match_the_official_schema(ghl):
    api, mug = ghl.client(), ghl.product()
    alt = {"altId": ghl.location_id, **ALT}
    included = api.post("/products/store/s1", json={**alt, "action": "include", "productIds": [mug["_id"]]})
    assert _problems("POST", "/products/store/{storeId}", included, 201) == []
    ranked = api.post("/products/store/s1/priority", json={**alt, "products": [{"_id": mug["_id"], "priority": 1}]})
    assert _problems("POST", "/products/store/{storeId}/priority", ranked) == []


def test_review_answers_match_the_official_schema(ghl):
    api, mug = ghl.client(), ghl.product()
    review = ghl.product_review(mug)
    alt = {"altId": ghl.location_id, **ALT}
    listed = api.get("/products/reviews", params=alt)
    assert _problems("GET", "/products/reviews", listed) == []
    updated = api.put(f"/products/reviews/{review['_id']}", json={**alt, "productId": mug["_id"], "status": "approved"})
    assert _problems("PUT", "/products/reviews/{reviewId}", updated) == []
    deleted = api.delete(f"/products/reviews/{review['_id']}", params={**alt, "productId": mug["_id"]})
    assert _problems("DELETE", "/products/reviews/{reviewId}", deleted) == []
