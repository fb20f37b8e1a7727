"""Products operations (products.json): products, prices, inventory, bulk changes, a store's products,
collections and reviews.

Products, prices and inventory take a sub-account or an agency token; an agency token acts in the location the
request names (``locationId`` / ``altId``, which the platform checked is the agency's).
"""

from __future__ import annotations

from mock_server.apis.products import bulk, catalog, collections, models, prices, reviews, storefront
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, LOCATION_OR_AGENCY, Api
from mock_server.platform.tenant_context import Tenant

api = Api("products.json", tag="Products")

# DECISION: GHL's success messages are not known.
BULK_DONE = "Bulk update applied to {n} product(s)"
EDITED = "{n} product(s) updated"
DONE = "Done"


def _in(call: Call, location_id: str) -> Tenant:
    """The request's tenant in the location it names (an agency token is bound to its agency)."""
    tenant = call.tenant
    return tenant if tenant.location_id else tenant.for_location(location_id)


def _done(message: str = DONE) -> dict:
    return {"status": True, "message": message}


# -- products --------------------------------------------------------------------------------------------
@api.post("/products/", "create-product", scopes="products.write", tokens=LOCATION_OR_AGENCY,
          body=models.ProductBody, response=models.ProductOut, status=201, summary="Create Product")
def create_product(call: Call) -> dict:
    return catalog.create_product(_in(call, call.body.locationId), sent_fields(call.body))


@api.get("/products/", "list-invoices", scopes="products.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListProductsQuery, response=models.ListProductsResponse, summary="List Products")
def list_products(call: Call) -> dict:
    q = call.query
    found, total = catalog.list_products(
        _in(call, q.locationId), limit=q.limit, offset=q.offset, search=q.search,
        collection_ids=storefront.split_ids(q.collectionIds) if q.collectionIds else None,
        collection_slug=q.collectionSlug, product_ids=q.productIds, store_id=q.storeId,
        included_in_store=q.includedInStore, available_in_store=q.availableInStore, sort_order=q.sortOrder)
    return {"products": found, "total": [{"total": total}]}


@api.get("/products/{productId}", "get-product-by-id", scopes="products.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ProductQuery, response=models.ProductOut, summary="Get Product by ID")
def get_product(call: Call) -> dict:
    return catalog.get_product(_in(call, call.query.locationId), call.path["productId"])


@api.put("/products/{productId}", "update-product-by-id", scopes="products.write", tokens=LOCATION_OR_AGENCY,
         body=models.UpdateProductBody, response=models.ProductOut, summary="Update Product by ID")
def update_product(call: Call) -> dict:
    return catalog.update_product(_in(call, call.body.locationId), call.path["productId"], sent_fields(call.body))


@api.delete("/products/{productId}", "delete-product-by-id", scopes="products.write", tokens=LOCATION_OR_AGENCY,
            query=models.ProductQuery, response=models.StatusAnswer, summary="Delete Product by ID")
def delete_product(call: Call) -> dict:
    catalog.delete_product(_in(call, call.query.locationId), call.path["productId"])
    return {"status": True}


# -- prices ----------------------------------------------------------------------------------------------
@api.post("/products/{productId}/price", "create-price-for-product", scopes="products/prices.write",
          tokens=LOCATION_OR_AGENCY, body=models.PriceBody, response=models.PriceOut, status=201,
          summary="Create Price for a Product")
def create_price(call: Call) -> dict:
    return prices.create_price(_in(call, call.body.locationId), call.path["productId"], sent_fields(call.body))


@api.get("/products/{productId}/price", "list-prices-for-product", scopes="products/prices.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.ListPricesForProductQuery, response=models.ListPricesResponse,
         summary="List Prices for a Product")
def list_prices(call: Call) -> dict:
    q = call.query
    found, total = prices.list_prices(_in(call, q.locationId), call.path["productId"], limit=q.limit,
                                      offset=q.offset, ids=q.ids)
    return {"prices": found, "total": total}


@api.get("/products/{productId}/price/{priceId}", "get-price-by-id-for-product", scopes="products/prices.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.LocationQuery, response=models.PriceOut,
         summary="Get Price by ID for a Product")
def get_price(call: Call) -> dict:
    return prices.get_price(_in(call, call.query.locationId), call.path["productId"], call.path["priceId"])


@api.put("/products/{productId}/price/{priceId}", "update-price-by-id-for-product", scopes="products/prices.write",
         tokens=LOCATION_OR_AGENCY, body=models.PriceBody, response=models.PriceOut,
         summary="Update Price by ID for a Product")
def update_price(call: Call) -> dict:
    return prices.update_price(_in(call, call.body.locationId), call.path["productId"], call.path["priceId"],
                               sent_fields(call.body))


@api.delete("/products/{productId}/price/{priceId}", "delete-price-by-id-for-product",
            scopes="products/prices.write", tokens=LOCATION_OR_AGENCY, query=models.LocationQuery,
            response=models.StatusAnswer, summary="Delete Price by ID for a Product")
def delete_price(call: Call) -> dict:
    prices.delete_price(_in(call, call.query.locationId), call.path["productId"], call.path["priceId"])
    return {"status": True}


# -- inventory -------------------------------------------------------------------------------------------
@api.get("/products/inventory", "get-list-inventory", scopes="products/prices.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.InventoryQuery, response=models.GetInventoryResponse, summary="List Inventory")
def list_inventory(call: Call) -> dict:
    q = call.query
    items, total = prices.list_inventory(_in(call, q.altId), limit=q.limit, offset=q.offset, search=q.search)
    return {"inventory": items, "total": {"total": total}}


@api.post("/products/inventory", "update-inventory", scopes="products/prices.write", tokens=LOCATION_OR_AGENCY,
          body=models.UpdateInventoryBody, response=models.StatusAnswer, status=201, summary="Update Inventory")
def update_inventory(call: Call) -> dict:
    prices.update_inventory(_in(call, call.body.altId), [sent_fields(i) for i in call.body.items])
    return _done()


# -- bulk changes ----------------------------------------------------------------------------------------
@api.post("/products/bulk-update", "bulkUpdate", scopes="products.write", tokens=LOCATION, body=models.BulkUpdateBody,
          response=models.StatusAnswer, status=201, summary="Bulk Update Products")
def bulk_update(call: Call) -> dict:
    return _done(BULK_DONE.format(n=bulk.bulk_update(call.tenant, sent_fields(call.body))))


# DECISION: the bulk edit takes a sub-account token with products.write, as the bulk update does. The official
# file gives it no security at all, but it writes a location's products, and no GHL write is public.
@api.post("/products/bulk-update/edit", "bulkEdit", scopes="products.write", tokens=LOCATION,
          body=models.BulkEditRequestBody, response=models.BulkEditResponse, status=201, summary="Bulk Edit Products")
def bulk_edit(call: Call) -> dict:
    count = bulk.bulk_edit(call.tenant, [sent_fields(p) for p in call.body.products])
    return {"message": EDITED.format(n=count), "status": True, "updatedCount": count}


# -- a store's products ----------------------------------------------------------------------------------
@api.get("/products/store/{storeId}/stats", "get-product-store-stats", scopes="products.readonly", tokens=LOCATION,
         query=models.StoreStatsQuery, response=models.GetProductStatsResponse, summary="Fetch Product Store Stats")
def store_stats(call: Call) -> dict:
    q = call.query
    return storefront.stats(call.tenant, call.path["storeId"], search=q.search, collection_ids=q.collectionIds)


@api.post("/products/store/{storeId}", "update-store-status", scopes="products.write", tokens=LOCATION,
          body=models.UpdateProductStoreBody, response=models.StatusAnswer, status=201,
          summary="Action to include/exclude the product in store")
def update_store_status(call: Call) -> dict:
    storefront.include(call.tenant, call.path["storeId"], call.body.productIds, call.body.action)
    return _done()


@api.post("/products/store/{storeId}/priority", "update-display-priority", tokens=LOCATION,
          body=models.UpdateDisplayPriorityBody, response=models.StatusAnswer,
          summary="Update product display priorities in store")
def update_display_priority(call: Call) -> dict:
    storefront.prioritize(call.tenant, call.path["storeId"], [(p.id_, p.priority) for p in call.body.products])
    return _done()


# -- collections -----------------------------------------------------------------------------------------
@api.get("/products/collections", "get-product-collection", scopes="products/collection.readonly", tokens=LOCATION,
         query=models.CollectionsQuery, response=models.ListCollectionResponse, summary="Fetch Product Collections")
def list_collections(call: Call) -> dict:
    q = call.query
    found, total = collections.list_collections(call.tenant, limit=q.limit, offset=q.offset,
                                                collection_ids=q.collectionIds, name=q.name)
    return {"data": found, "total": total}


@api.post("/products/collections", "create-product-collection", scopes="products/collection.write", tokens=LOCATION,
          body=models.CreateCollectionBody, response=models.CollectionResponse, status=201,
          summary="Create Product Collection")
def create_collection(call: Call) -> dict:
    return {"data": collections.create_collection(call.tenant, sent_fields(call.body))}


@api.get("/products/collections/{collectionId}", "get-product-collection-id", scopes="products/collection.readonly",
         tokens=LOCATION, query=models.CollectionQuery, response=models.DefaultCollectionResponse,
         summary="Get Details about individual product collection")
def get_collection(call: Call) -> dict:
    return {"data": collections.get_collection(call.tenant, call.path["collectionId"]), "status": True}


@api.put("/products/collections/{collectionId}", "update-product-collection", scopes="products/collection.write",
         tokens=LOCATION, body=models.UpdateCollectionBody, response=models.StatusAnswer,
         summary="Update Product Collection")
def update_collection(call: Call) -> dict:
    collections.update_collection(call.tenant, call.path["collectionId"], sent_fields(call.body))
    return _done()


@api.delete("/products/collections/{collectionId}", "delete-product-collection", scopes="products/collection.write",
            tokens=LOCATION, query=models.AltQuery, response=models.StatusAnswer, summary="Delete Product Collection")
def delete_collection(call: Call) -> dict:
    collections.delete_collection(call.tenant, call.path["collectionId"])
    return _done()


# -- reviews ---------------------------------------------------------------------------------------------
def _review_filters(q: models.ReviewFilters) -> dict:
    return {"rating": q.rating, "start": q.startDate, "end": q.endDate, "product_id": q.productId,
            "store_id": q.storeId}


@api.get("/products/reviews", "get-product-reviews", scopes="products.readonly", tokens=LOCATION,
         query=models.ReviewsQuery, response=models.ListProductReviewsResponse, summary="Fetch Product Reviews")
def list_reviews(call: Call) -> dict:
    q = call.query
    found, total = reviews.list_reviews(call.tenant, limit=q.limit, offset=q.offset, sort_field=q.sortField,
                                        sort_order=q.sortOrder, **_review_filters(q))
    return {"data": found, "total": total}


@api.get("/products/reviews/count", "get-reviews-count", scopes="products.readonly", tokens=LOCATION,
         query=models.ReviewFilters, response=models.CountReviewsByStatusResponse, summary="Fetch Review Count as per status")
def count_reviews(call: Call) -> dict:
    return {"data": reviews.count_by_status(call.tenant, **_review_filters(call.query))}


@api.put("/products/reviews/{reviewId}", "update-product-review", scopes="products.write", tokens=LOCATION,
         body=models.UpdateReviewBody, response=models.StatusAnswer, summary="Update Product Reviews")
def update_review(call: Call) -> dict:
    reviews.update_review(call.tenant, call.path["reviewId"], call.body.productId, sent_fields(call.body))
    return _done()


@api.delete("/products/reviews/{reviewId}", "delete-product-review", scopes="products.write", tokens=LOCATION,
            query=models.DeleteReviewQuery, response=models.StatusAnswer, summary="Delete Product Review")
def delete_review(call: Call) -> dict:
    reviews.delete_review(call.tenant, call.path["reviewId"], call.query.productId)
    return _done()


@api.post("/products/reviews/bulk-update", "bulk-update-product-review", scopes="products.write", tokens=LOCATION,
          body=models.BulkReviewsBody, response=models.StatusAnswer, status=201, summary="Update Product Reviews")
def bulk_update_reviews(call: Call) -> dict:
    reviews.set_status(call.tenant, [sent_fields(r) for r in call.body.reviews], call.body.status)
    return _done()
