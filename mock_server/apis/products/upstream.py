"""Where the Products area differs from products.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

_BULK_EDIT_SECURITY = ("the file gives POST /products/bulk-update/edit no security at all, but it writes a "
                       "location's products: the mock asks what the bulk update (its sibling) asks, a sub-account "
                       "token with products.write (routes.py)")

ALLOWLIST: tuple[Allowed, ...] = (
    Allowed("products.json", "POST", "/products/bulk-update/edit", "scopes_differ", None, _BULK_EDIT_SECURITY),
    Allowed("products.json", "POST", "/products/bulk-update/edit", "token_classes_differ", None, _BULK_EDIT_SECURITY),
)

_LIST_OF_LISTS = ("the file types {what} as a list of lists (`items: {{type: array}}`); clients read a list of "
                  "{items}, which the mock answers")

ALLOWLIST += (
    Allowed("products.json", "GET", "/products/collections", "response_schema", "data/*",
            _LIST_OF_LISTS.format(what="ListCollectionResponseDto.data", items="collection objects (CollectionSchema)")),
    Allowed("products.json", "GET", "/products/reviews/count", "response_schema", "data/*",
            _LIST_OF_LISTS.format(what="CountReviewsByStatusResponseDto.data",
                                  items="{_id: status, count} objects (reviews.py)")),
)

UNWALKED: dict[tuple[str, str, str], str] = {
    ("products.json", "POST", "/products/store/{storeId}"): (
        "a store id is not a record the walk can find (stores are GHL websites the mock does not serve): validated by "
        "tests/apis/products/test_upstream_conformance.py"),
    ("products.json", "POST", "/products/store/{storeId}/priority"): (
        "a store id is not a record the walk can find, and the body names products: validated by "
        "tests/apis/products/test_upstream_conformance.py"),
    ("products.json", "PUT", "/products/reviews/{reviewId}"): (
        "reviews are seeded for a product (GHL's API cannot create one), which a static contract seed cannot name: "
        "validated by tests/apis/products/test_upstream_conformance.py"),
    ("products.json", "DELETE", "/products/reviews/{reviewId}"): (
        "reviews are seeded for a product, which a static contract seed cannot name: validated by "
        "tests/apis/products/test_upstream_conformance.py"),
}

# Differences the walk never sees (it lists reviews while there are none), for the area's own conformance test.
REVIEWS_LIST = Allowed("products.json", "GET", "/products/reviews", "response_schema", "data/*",
                       _LIST_OF_LISTS.format(what="ListProductReviewsResponseDto.data", items="review objects"))
