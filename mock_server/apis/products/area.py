"""The Products area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.products import collections, events, reviews, routes, tables
from mock_server.platform.area import Area, Cascade, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "products",
    serves=("Products: products, one-time and recurring prices (money in minor units), variants, inventory, "
            "collections, reviews, a store's products, bulk changes"),
    apis=(routes.api,),
    tables=(
        Table(tables.PRODUCTS, indexes=("slug",), not_found=BadRequest(tables.PRODUCT_NOT_FOUND)),
        Table(tables.PRICES, indexes=("product",), not_found=BadRequest(tables.PRICE_NOT_FOUND)),
        Table(tables.COLLECTIONS, indexes=("slug",), not_found=BadRequest(tables.COLLECTION_NOT_FOUND)),
        Table(tables.REVIEWS, indexes=("productId",), not_found=BadRequest(tables.REVIEW_NOT_FOUND)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/product-reviews", reviews.seed_review, body=reviews.ReviewSeed,
             doc='`{"productId","rating","headline","detail","user":{"name","email"},"storeId","status"}`: seed a '
                 "product review (customers write them in the store; GHL's API only moderates them), `pending` "
                 "unless a status is given"),
    ),
    cascades=(
        delete_children(tables.PRODUCTS, tables.PRICES, "product"),
        delete_children(tables.PRODUCTS, tables.REVIEWS, "productId"),
        Cascade(tables.COLLECTIONS, collections.take_out_of_products,
                "deleting a product collection takes it out of every product"),
    ),
    factories="mock_server.apis.products.factories:ProductFactories",
    demo="mock_server.apis.products.demo:load",
    upstream_allowlist="mock_server.apis.products.upstream",
    events=events.EVENTS,
)
