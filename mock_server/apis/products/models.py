"""Models of the Products API (products.json), GHL field names verbatim.

Where the official file types a list as a list of lists (collections, reviews, a media's ``priceIds``, the
display priorities) the models say what clients send and read: lists of ids and of objects (the
area's ``upstream.py`` gives each reason).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from mock_server.apis.calendars.slugs import Slug
from mock_server.apis.products.money import Currency
from mock_server.platform.models import MAX_PAGING, BodyModel, Paging, QueryModel, ResponseModel

# DECISION: an amount lies from 0 (products.json: "( min: 0 )") to MAX_SAFE_INTEGER / 1000, so that its minor
# units stay exact integers in GHL's Node services for every currency (three decimals at most).
MAX_AMOUNT = MAX_PAGING // 1000


def _amount(value: float) -> float:
    # class-validator's words, checked here: a float constraint would print its bound as "0.0"
    if value < 0:
        raise PydanticCustomError("ghl", "{field} must not be less than 0")
    if value > MAX_AMOUNT:
        raise PydanticCustomError("ghl", f"{{field}} must not be greater than {MAX_AMOUNT}")
    return value


# A price in major units (the mock keeps it in minor units, see money.py).
Amount = Annotated[float, AfterValidator(_amount), Field(json_schema_extra={"minimum": 0, "maximum": MAX_AMOUNT})]
Measure = Amount  # a weight or a length: bounded the same way
Count = Paging
# DECISION: an inventory quantity may go below 0 (sold past stock where out-of-stock purchases are allowed).
Quantity = Annotated[int, Field(ge=-MAX_PAGING, le=MAX_PAGING)]
AltType = Literal["location"]
ProductType = Literal["DIGITAL", "PHYSICAL", "SERVICE", "PHYSICAL/DIGITAL"]
# DECISION: a review is pending until moderated, then approved or rejected (the files show only "approved").
ReviewStatus = Literal["pending", "approved", "rejected"]


# -- queries ---------------------------------------------------------------------------------------------
# DECISION: ``limit`` 0 (the files' default) means no limit, as a MongoDB ``limit(0)`` does (GHL's ids are
# MongoDB ObjectIds); ``offset`` skips that many.
class PageQuery(QueryModel):
    limit: Count = 0
    offset: Count = 0


class ListPricesForProductQuery(PageQuery):
    locationId: str
    ids: str | None = None


class LocationQuery(QueryModel):
    locationId: str


class ProductQuery(QueryModel):
    locationId: str
    sendWishlistStatus: bool | None = None


class ListProductsQuery(PageQuery):
    locationId: str
    search: str | None = None
    collectionIds: str | None = None
    collectionSlug: str | None = None
    expand: list[str] | None = None
    productIds: list[str] | None = None
    storeId: str | None = None
    includedInStore: bool | None = None
    availableInStore: bool | None = None
    sortOrder: Literal["asc", "desc"] | None = None


class AltQuery(QueryModel):
    altId: str
    altType: AltType


class InventoryQuery(PageQuery, AltQuery):
    search: str | None = None


class StoreStatsQuery(AltQuery):
    search: str | None = None
    collectionIds: str | None = None


class CollectionsQuery(AltQuery):
    limit: Count = 10
    offset: Count = 0
    collectionIds: str | None = None
    name: str | None = None


class CollectionQuery(QueryModel):
    altId: str


class ReviewFilters(AltQuery):
    rating: float | None = Field(default=None, ge=1, le=5)
    startDate: str | None = None
    endDate: str | None = None
    productId: str | None = None
    storeId: str | None = None


class ReviewsQuery(PageQuery, ReviewFilters):
    sortField: Literal["createdAt", "rating"] | None = None
    sortOrder: Literal["asc", "desc"] | None = None


class DeleteReviewQuery(AltQuery):
    productId: str


# -- prices ----------------------------------------------------------------------------------------------
class WeightOptions(BodyModel):
    value: Measure
    unit: Literal["kg", "lb", "g", "oz"]


class PriceDimensions(BodyModel):
    height: Measure
    width: Measure
    length: Measure
    unit: Literal["cm", "in", "m"]


class ShippingOptions(BodyModel):
    weight: WeightOptions | None = None
    dimensions: PriceDimensions | None = None


class Recurring(BodyModel):
    interval: Literal["day", "month", "week", "year"]
    intervalCount: int = Field(ge=1)


class MembershipOffer(BodyModel):
    label: str
    value: str
    id_: str = Field(alias="_id")


class PriceMeta(BodyModel):
    source: Literal["stripe", "woocommerce", "shopify"]
    sourceId: str | None = None
    stripePriceId: str
    internalSource: Literal["agency_plan", "funnel", "membership", "communities", "gokollab", "calendar"]


class PriceBody(BodyModel):
    """A price's whole content: create and update send the same fields."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Standard", "type": "one_time", "currency": "USD", "amount": 19.99,
        "locationId": "ve9EPM428h8vShlRW1KT"}]})

    name: str
    type: Literal["one_time", "recurring"]
    currency: Currency
    amount: Amount
    recurring: Recurring | None = None
    description: str | None = None
    membershipOffers: list[MembershipOffer] | None = None
    trialPeriod: Count | None = None
    totalCycles: Count | None = None
    setupFee: Amount | None = None
    variantOptionIds: list[str] | None = None
    compareAtPrice: Amount | None = None
    locationId: str
    userId: str | None = None
    meta: PriceMeta | None = None
    trackInventory: bool | None = None
    availableQuantity: Quantity | None = None
    allowOutOfStockPurchases: bool | None = None
    sku: str | None = None
    shippingOptions: ShippingOptions | None = None
    isDigitalProduct: bool | None = None
    digitalDelivery: list[str] | None = None


class UpdateInventoryItem(BodyModel):
    priceId: str
    availableQuantity: Quantity | None = None
    allowOutOfStockPurchases: bool | None = None


class UpdateInventoryBody(BodyModel):
    altId: str
    altType: AltType
    items: list[UpdateInventoryItem]


# -- products --------------------------------------------------------------------------------------------
class ProductSEO(BodyModel):
    title: str | None = None
    description: str | None = None


class ProductMedia(BodyModel):
    id: str
    title: str | None = None
    url: str
    type: Literal["image", "video"]
    isFeatured: bool | None = None
    priceIds: list[str] | None = None


class ProductVariantOption(BodyModel):
    id: str
    name: str


class ProductVariant(BodyModel):
    id: str
    name: str
    options: list[ProductVariantOption]


class ProductLabel(BodyModel):
    title: str
    startDate: str | None = None
    endDate: str | None = None


class ProductBody(BodyModel):
    name: str = Field(min_length=1)
    locationId: str
    description: str | None = None
    productType: ProductType
    image: str | None = None
    statementDescriptor: str | None = None
    availableInStore: bool | None = None
    medias: list[ProductMedia] | None = None
    variants: list[ProductVariant] | None = None
    collectionIds: list[str] | None = None
    isTaxesEnabled: bool | None = None
    taxes: list[str] | None = None
    automaticTaxCategoryId: str | None = None
    isLabelEnabled: bool | None = None
    label: ProductLabel | None = None
    slug: Slug | None = None
    seo: ProductSEO | None = None
    taxInclusive: bool | None = None


class UpdateProductBody(ProductBody):
    prices: list[str] | None = None


# -- bulk ------------------------------------------------------------------------------------------------
class BulkUpdateFilters(BodyModel):
    collectionIds: list[str] | None = None
    productType: str | None = None
    availableInStore: bool | None = None
    search: str | None = None


class PriceUpdateField(BodyModel):
    type: Literal["INCREASE_BY_AMOUNT", "REDUCE_BY_AMOUNT", "SET_NEW_PRICE", "INCREASE_BY_PERCENTAGE",
                  "REDUCE_BY_PERCENTAGE"]
    value: Amount
    roundToWhole: bool | None = None


class BulkUpdateBody(BodyModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "altId": "ve9EPM428h8vShlRW1KT", "altType": "location", "type": "bulk-update-availability", "productIds": [],
        "availability": True}]})

    altId: str
    altType: AltType
    type: Literal["bulk-update-price", "bulk-update-availability", "bulk-update-product-collection",
                  "bulk-delete-products", "bulk-update-currency"]
    productIds: list[str]
    filters: BulkUpdateFilters | None = None
    price: PriceUpdateField | None = None
    compareAtPrice: PriceUpdateField | None = None
    availability: bool | None = None
    collectionIds: list[str] | None = None
    currency: Currency | None = None


class BulkEditPrice(BodyModel):
    id_: str = Field(alias="_id")
    name: str | None = None
    amount: Amount | None = None
    currency: Currency | None = None
    compareAtPrice: Amount | None = None
    availableQuantity: Quantity | None = None
    trackInventory: bool | None = None
    allowOutOfStockPurchases: bool | None = None
    sku: str | None = None
    trialPeriod: Count | None = None
    totalCycles: Count | None = None
    setupFee: Amount | None = None
    shippingOptions: ShippingOptions | None = None
    recurring: Recurring | None = None


class BulkEditProduct(BodyModel):
    id_: str = Field(alias="_id")
    name: str | None = Field(default=None, min_length=1)
    description: str | None = None
    image: str | None = None
    availableInStore: bool | None = None
    prices: list[BulkEditPrice] | None = None
    collectionIds: list[str] | None = None
    isLabelEnabled: bool | None = None
    isTaxesEnabled: bool | None = None
    seo: ProductSEO | None = None
    slug: Slug | None = None
    automaticTaxCategoryId: str | None = None
    taxInclusive: bool | None = None
    taxes: list[dict[str, Any]] | None = None
    medias: list[dict[str, Any]] | None = None
    label: dict[str, Any] | None = None


class BulkEditRequestBody(BodyModel):
    altId: str
    altType: AltType
    products: list[BulkEditProduct]


# -- the store's products, collections, reviews ----------------------------------------------------------
class UpdateProductStoreBody(BodyModel):
    altId: str
    altType: AltType
    action: Literal["include", "exclude"]
    productIds: list[str]


class ProductPriority(BodyModel):
    """DECISION: one product's place in the store, ``{"_id": productId, "priority": n}`` (lower shows first).
    The official file types ``products`` as a list of lists and shows no item."""

    id_: str = Field(alias="_id")
    priority: Count


class UpdateDisplayPriorityBody(BodyModel):
    altId: str
    altType: AltType
    products: list[ProductPriority]


class CollectionSEO(BodyModel):
    title: str | None = None
    description: str | None = None


class CreateCollectionBody(BodyModel):
    altId: str
    altType: AltType
    collectionId: str | None = None
    name: str = Field(min_length=1)
    slug: Slug
    image: str | None = None
    seo: CollectionSEO | None = None


class UpdateCollectionBody(BodyModel):
    altId: str
    altType: AltType
    name: str | None = Field(default=None, min_length=1)
    slug: Slug | None = None
    image: str | None = None
    seo: CollectionSEO | None = None


class UserDetails(BodyModel):
    name: str = Field(min_length=1, max_length=100)
    email: str
    phone: str | None = None
    isCustomer: bool | None = None


class ReviewReply(BodyModel):
    headline: str = Field(max_length=200)
    comment: str = Field(max_length=5000)
    user: UserDetails


class UpdateReviewBody(BodyModel):
    altId: str
    altType: AltType
    productId: str
    status: ReviewStatus
    reply: list[ReviewReply] | None = None
    rating: float | None = Field(default=None, ge=1, le=5)
    headline: str | None = None
    detail: str | None = None


class ReviewRef(BodyModel):
    reviewId: str
    productId: str
    storeId: str


class BulkReviewsBody(BodyModel):
    altId: str
    altType: AltType
    reviews: list[ReviewRef]
    status: ReviewStatus


# -- answers ---------------------------------------------------------------------------------------------
class StatusAnswer(ResponseModel):
    status: bool
    message: str | None = None


class BulkEditResponse(ResponseModel):
    message: str
    status: bool
    updatedCount: int


class MembershipOfferOut(ResponseModel):
    label: str
    value: str
    id_: str = Field(alias="_id")


class RecurringOut(ResponseModel):
    interval: Literal["day", "month", "week", "year"]
    intervalCount: int


class PriceOut(ResponseModel):
    id_: str = Field(alias="_id")
    membershipOffers: list[MembershipOfferOut] | None = None
    variantOptionIds: list[str] | None = None
    locationId: str | None = None
    product: str | None = None
    userId: str | None = None
    name: str
    type: Literal["one_time", "recurring"]
    currency: str
    amount: float
    recurring: RecurringOut | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    compareAtPrice: float | None = None
    trackInventory: bool | None = None
    availableQuantity: Quantity | None = None
    allowOutOfStockPurchases: bool | None = None


class ListPricesResponse(ResponseModel):
    prices: list[PriceOut]
    total: int


class InventoryItemOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    availableQuantity: int
    sku: str
    allowOutOfStockPurchases: bool
    product: str
    updatedAt: str
    image: str | None = None
    productName: str | None = None


class GetInventoryResponse(ResponseModel):
    inventory: list[InventoryItemOut]
    total: dict[str, int]


class GetProductStatsResponse(ResponseModel):
    totalProducts: int
    includedInStore: int
    excludedFromStore: int


class CollectionSEOOut(ResponseModel):
    title: str | None = None
    description: str | None = None


class CollectionOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    name: str
    slug: str
    image: str
    seo: CollectionSEOOut
    createdAt: str


class ListCollectionResponse(ResponseModel):
    data: list[CollectionOut]
    total: int


class CollectionResponse(ResponseModel):
    data: CollectionOut


class DefaultCollectionResponse(ResponseModel):
    data: CollectionOut
    status: bool


class ReviewOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    productId: str
    storeId: str | None = None
    status: ReviewStatus
    rating: float
    headline: str
    detail: str
    user: dict[str, Any]
    reply: list[dict[str, Any]]
    createdAt: str
    updatedAt: str


class ListProductReviewsResponse(ResponseModel):
    data: list[ReviewOut]
    total: int


class ReviewCountOut(ResponseModel):
    id_: str = Field(alias="_id")
    count: int


class CountReviewsByStatusResponse(ResponseModel):
    data: list[ReviewCountOut]


class ProductVariantOptionOut(ResponseModel):
    id: str
    name: str


class ProductVariantOut(ResponseModel):
    id: str
    name: str
    options: list[ProductVariantOptionOut]


class ProductLabelOut(ResponseModel):
    title: str
    startDate: str | None = None
    endDate: str | None = None


class ProductOut(ResponseModel):
    id_: str = Field(alias="_id")
    description: str | None = None
    variants: list[ProductVariantOut] | None = None
    locationId: str
    name: str
    productType: str
    availableInStore: bool | None = None
    createdAt: str
    updatedAt: str
    statementDescriptor: str | None = None
    image: str | None = None
    collectionIds: list[str] | None = None
    isTaxesEnabled: bool | None = None
    taxes: list[str] | None = None
    automaticTaxCategoryId: str | None = None
    label: ProductLabelOut | None = None
    slug: str | None = None


class ListProductsStatsOut(ResponseModel):
    total: int


class ListProductsResponse(ResponseModel):
    products: list[ProductOut]
    total: list[ListProductsStatsOut]
