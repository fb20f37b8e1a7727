"""Models of the Custom Provider API (payments.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from mock_server.apis.common import SentNumber
from mock_server.apis.invoices.models import Cheque, RecurrenceRuleOut
from mock_server.apis.products.models import MembershipOfferOut, ProductOut
from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class ListIntegrationProvidersQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    limit: PagingNumber = 0
    offset: PagingNumber = 0


class ListOrdersQuery(QueryModel):
    locationId: str | None = None
    altId: str
    status: str | None = None
    paymentStatus: Literal["paid", "unpaid", "refunded", "partially_paid"] | None = None
    paymentMode: str | None = None
    startAt: str | None = None
    endAt: str | None = None
    search: str | None = None
    contactId: str | None = None
    funnelProductIds: str | None = None
    sourceId: str | None = None
    limit: PagingNumber = 10
    offset: PagingNumber = 0


class GetOrderByIdQuery(QueryModel):
    locationId: str | None = None
    altId: str


class ListOrderFulfillmentQuery(QueryModel):
    altId: str
    altType: Literal["location"]


class ListTransactionsQuery(QueryModel):
    locationId: str | None = None
    altId: str
    altType: str
    paymentMode: str | None = None
    startAt: str | None = None
    endAt: str | None = None
    entitySourceType: str | None = None
    entitySourceSubType: str | None = None
    search: str | None = None
    subscriptionId: str | None = None
    entityId: str | None = None
    contactId: str | None = None
    limit: PagingNumber = 10
    offset: PagingNumber = 0


class GetTransactionByIdQuery(QueryModel):
    locationId: str | None = None
    altId: str
    altType: str


class ListSubscriptionsQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    entityId: str | None = None
    paymentMode: str | None = None
    startAt: str | None = None
    endAt: str | None = None
    entitySourceType: str | None = None
    search: str | None = None
    contactId: str | None = None
    id: str | None = None
    limit: PagingNumber = 10
    offset: PagingNumber = 0
    getPaymentsCollectedCount: bool | None = None


class ListCouponsQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    limit: PagingNumber = 100
    offset: PagingNumber = 0
    status: Literal["scheduled", "active", "expired"] | None = None
    search: str | None = None


class GetCouponQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    id: str
    code: str


class CreateIntegrationQuery(QueryModel):
    locationId: str


# -- bodies ----------------------------------------------------------------------------------------------
class CreateWhiteLabelIntegrationProviderBody(BodyModel):
    altId: str
    altType: Literal["location"]
    uniqueName: str
    title: str
    provider: Literal["authorize-net", "nmi"]
    description: str
    imageUrl: str


class Card(BodyModel):  # an order's card says its type where an invoice's says its brand
    type: Literal["visa", "mastercard", "other"]
    last4: str


class PostRecordOrderPaymentBody(BodyModel):
    altId: str
    altType: Literal["location"]
    mode: Literal["cash", "card", "cheque", "bank_transfer", "other"]
    card: Card | None = None
    cheque: Cheque | None = None
    notes: str | None = None
    amount: float | None = None
    meta: dict[str, Any] | None = None
    isPartialPayment: bool | None = None


class FulfillmentTracking(BodyModel):
    trackingNumber: str | None = None
    shippingCarrier: str | None = None
    trackingUrl: str | None = None


class FulfillmentItems(BodyModel):
    priceId: str
    qty: float


class CreateFulfillmentBody(BodyModel):
    altId: str
    altType: Literal["location"]
    trackings: list[FulfillmentTracking]
    items: list[FulfillmentItems]
    notifyCustomer: bool


class ApplyToFuturePaymentsConfig(BodyModel):
    type: Literal["forever", "fixed"]
    duration: SentNumber
    durationType: Literal["months"]


class CreateCouponParamsBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    code: str
    discountType: Literal["percentage", "amount"]
    discountValue: float
    startDate: str
    endDate: str | None = None
    usageLimit: float | None = None
    productIds: list[str] | None = None
    applyToFuturePayments: bool | None = None
    applyToFuturePaymentsConfig: ApplyToFuturePaymentsConfig | None = None
    limitPerCustomer: bool | None = None
    priceIds: list[str] | None = None
    variantIds: list[str] | None = None


class UpdateCouponParamsBody(CreateCouponParamsBody):
    id: str


class DeleteCouponParamsBody(BodyModel):
    altId: str
    altType: Literal["location"]
    id: str


class CreateCustomProvidersBody(BodyModel):
    name: str
    description: str
    paymentsUrl: str
    queryUrl: str
    imageUrl: str
    supportsSubscriptionSchedule: bool


class CustomProviderKeys(BodyModel):
    apiKey: str
    publishableKey: str


class ConnectCustomProvidersConfigBody(BodyModel):
    live: CustomProviderKeys
    test: CustomProviderKeys


class DeleteCustomProvidersConfigBody(BodyModel):
    liveMode: bool


class UpdateCustomProviderCapabilitiesBody(BodyModel):
    supportsSubscriptionSchedules: bool
    companyId: str | None = None
    locationId: str | None = None


class CustomProviderWebhookBody(BodyModel):
    """A custom provider's webhook (HC §11.3-11.4 in docs/payment-provider.md). Not in payments.json.

    DECISION: fields beyond the documented ones are ignored, not refused: the endpoint is GHL's backend's,
    not a DTO of the public API, and live providers send extras (a Bearer token, their own ids)."""

    model_config = ConfigDict(extra="ignore")
    event: Literal["payment.captured", "subscription.trialing", "subscription.active", "subscription.updated",
                   "subscription.charged"]
    locationId: str
    apiKey: str
    chargeId: str | None = None
    ghlTransactionId: str | None = None
    ghlSubscriptionId: str | None = None
    marketplaceAppId: str | None = None
    chargeSnapshot: dict[str, Any] | None = None
    subscriptionSnapshot: dict[str, Any] | None = None


# -- answers ---------------------------------------------------------------------------------------------
class IntegrationProviderSchemaOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: str
    title: str
    route: str
    provider: str
    description: str
    imageUrl: str
    createdAt: str
    updatedAt: str


class ListWhitelabelIntegrationProviderResponse(ResponseModel):
    providers: list[IntegrationProviderSchemaOut]  # a list: see the allowlist entry in upstream.py


class CreateWhitelabelIntegrationResponse(IntegrationProviderSchemaOut):
    pass


class OrderResponseSchemaOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: str
    contactId: str | None = None
    contactName: str | None = None
    contactEmail: str | None = None
    currency: str | None = None
    amount: float | None = None
    subtotal: float | None = None
    discount: float | None = None
    status: str
    liveMode: bool | None = None
    totalProducts: float | None = None
    sourceType: str
    sourceName: str | None = None
    sourceId: str | None = None
    sourceMeta: dict[str, Any] | None = None
    couponCode: str | None = None
    createdAt: str
    updatedAt: str
    sourceSubType: str | None = None
    fulfillmentStatus: str | None = None
    onetimeProducts: float | None = None
    recurringProducts: float | None = None
    createdBy: str | None = None


class ListOrdersResponse(ResponseModel):
    data: list[OrderResponseSchemaOut]
    totalCount: float


class AmountSummaryOut(ResponseModel):
    subtotal: float
    discount: float | None = None


class OrderSourceOut(ResponseModel):
    type: Literal["funnel", "website", "invoice", "calendar", "text2Pay", "document_contracts", "membership",
                  "mobile_app", "communities", "point_of_sale", "manual", "form", "survey", "payment_link", "external"]
    subType: (Literal["one_step_order_form", "two_step_order_form", "upsell", "tap_to_pay", "card_payment", "store",
                      "contact_view", "email_campaign", "payments_dashboard", "shopify", "subscription_view",
                      "store_upsell", "woocommerce", "service", "meeting", "imported_csv", "qr_code", "saas_one_time",
                      "saas_subscription"] | None) = None
    id: str
    name: str | None = None
    meta: dict[str, Any] | None = None


class GetOrderResponseSchemaResponse(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: str
    contactId: str | None = None
    currency: str | None = None
    amount: float | None = None
    status: str
    liveMode: bool | None = None
    createdAt: str
    updatedAt: str
    fulfillmentStatus: str | None = None
    contactSnapshot: dict[str, Any] | None = None
    amountSummary: AmountSummaryOut | None = None
    source: OrderSourceOut | None = None
    items: list[str] | None = None
    coupon: dict[str, Any] | None = None
    trackingId: str | None = None
    fingerprint: str | None = None
    meta: dict[str, Any] | None = None
    markAsTest: bool | None = None
    traceId: str | None = None
    automaticTaxesCalculated: bool | None = None
    taxCalculationProvider: dict[str, Any] | None = None
    createdBy: str | None = None


class PostRecordOrderPaymentResponse(ResponseModel):
    success: bool


class FulfillmentTrackingOut(ResponseModel):
    trackingNumber: str | None = None
    shippingCarrier: str | None = None
    trackingUrl: str | None = None


class DefaultProductResponseOut(ProductOut):  # a product as a fulfilled item embeds it
    pass


class RecurringOut(ResponseModel):
    interval: Literal["day", "month", "week", "year"]
    intervalCount: float


class DefaultPriceResponseOut(ResponseModel):
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
    availableQuantity: float | None = None
    allowOutOfStockPurchases: bool | None = None


class FulfilledItemOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    product: DefaultProductResponseOut
    price: DefaultPriceResponseOut
    qty: float


class FulfillmentSchemaOut(ResponseModel):
    altId: str
    altType: Literal["location"]
    trackings: list[FulfillmentTrackingOut]
    id_: str = Field(alias="_id")
    items: list[FulfilledItemOut]
    createdAt: str
    updatedAt: str


class ListFulfillmentResponse(ResponseModel):
    status: bool
    data: list[FulfillmentSchemaOut]


class CreateFulfillmentResponse(ResponseModel):
    status: bool
    data: FulfillmentSchemaOut


class TxnResponseSchemaOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: str
    contactId: str | None = None
    mergedFromContactId: str | None = None
    contactName: str | None = None
    contactEmail: str | None = None
    currency: str | None = None
    amount: float | None = None
    status: dict[str, Any]
    liveMode: bool | None = None
    entityType: str | None = None
    entityId: str | None = None
    entitySourceType: str
    entitySourceSubType: str | None = None
    entitySourceName: str | None = None
    entitySourceId: str | None = None
    entitySourceMeta: dict[str, Any] | None = None
    subscriptionId: str | None = None
    chargeId: str | None = None
    chargeSnapshot: dict[str, Any] | None = None
    paymentProviderType: str | None = None
    paymentProviderConnectedAccount: str | None = None
    ipAddress: str | None = None
    createdAt: str
    updatedAt: str
    amountRefunded: float | None = None
    paymentMethod: dict[str, Any] | None = None
    fulfilledAt: str
    createdBy: str | None = None


class ListTxnsResponse(ResponseModel):
    data: list[TxnResponseSchemaOut]
    totalCount: float


class GetTxnResponseSchemaResponse(ResponseModel):
    id_: str = Field(alias="_id")
    altType: str
    altId: str
    contactId: str | None = None
    contactSnapshot: dict[str, Any] | None = None
    currency: str | None = None
    amount: float | None = None
    status: dict[str, Any] | None = None
    liveMode: bool | None = None
    createdAt: str
    updatedAt: str
    entityType: str | None = None
    entityId: str | None = None
    entitySource: OrderSourceOut | None = None
    chargeId: str | None = None
    chargeSnapshot: dict[str, Any] | None = None
    invoiceId: str | None = None
    subscriptionId: str | None = None
    paymentProvider: dict[str, Any] | None = None
    ipAddress: str | None = None
    meta: dict[str, Any] | None = None
    markAsTest: bool | None = None
    isParent: bool | None = None
    amountRefunded: float | None = None
    receiptId: str | None = None
    qboSynced: bool | None = None
    qboResponse: dict[str, Any] | None = None
    traceId: str | None = None
    mergedFromContactId: str | None = None
    createdBy: str | None = None


class SubscriptionResponseSchemaOut(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: Literal["location"]
    contactId: str | None = None
    contactName: str | None = None
    contactEmail: str | None = None
    currency: str | None = None
    amount: float | None = None
    status: dict[str, Any]
    liveMode: bool | None = None
    entityType: str | None = None
    entityId: str | None = None
    entitySourceType: str
    entitySourceName: str | None = None
    entitySourceId: str | None = None
    entitySourceMeta: dict[str, Any] | None = None
    subscriptionId: str | None = None
    subscriptionSnapshot: dict[str, Any] | None = None
    paymentProviderType: str | None = None
    paymentProviderConnectedAccount: str | None = None
    ipAddress: str | None = None
    createdAt: str
    updatedAt: str
    createdBy: str | None = None


class ListSubscriptionResponse(ResponseModel):
    data: list[SubscriptionResponseSchemaOut]
    totalCount: float


class CustomRRuleOptionsOut(RecurrenceRuleOut):
    pass


class ScheduleOptionsOut(ResponseModel):
    executeAt: str | None = None
    rrule: CustomRRuleOptionsOut | None = None


class GetSubscriptionResponseSchemaResponse(ResponseModel):
    id_: str = Field(alias="_id")
    altType: dict[str, Any]
    altId: str
    contactId: str | None = None
    contactSnapshot: dict[str, Any] | None = None
    coupon: dict[str, Any] | None = None
    currency: str | None = None
    amount: float | None = None
    status: dict[str, Any] | None = None
    liveMode: bool | None = None
    entityType: str | None = None
    entityId: str | None = None
    entitySource: OrderSourceOut | None = None
    subscriptionId: str | None = None
    subscriptionSnapshot: dict[str, Any] | None = None
    paymentProvider: dict[str, Any] | None = None
    ipAddress: str | None = None
    createdAt: str
    updatedAt: str
    meta: dict[str, Any] | None = None
    markAsTest: bool | None = None
    schedule: ScheduleOptionsOut | None = None
    autoPayment: dict[str, Any] | None = None
    recurringProduct: dict[str, Any] | None = None
    canceledAt: str | None = None
    canceledBy: str | None = None
    traceId: str | None = None
    createdBy: str | None = None


class ApplyToFuturePaymentsConfigOut(ResponseModel):
    type: Literal["forever", "fixed"]
    duration: float | None = None
    durationType: str | None = None


class CouponOut(ResponseModel):
    id_: str = Field(alias="_id")
    usageCount: float
    limitPerCustomer: float
    altId: str
    altType: str
    name: str
    code: str
    discountType: Literal["percentage", "amount"]
    discountValue: float
    status: Literal["scheduled", "active", "expired"]
    startDate: str
    endDate: str | None = None
    applyToFuturePayments: bool
    applyToFuturePaymentsConfig: ApplyToFuturePaymentsConfigOut
    userId: str | None = None
    createdAt: str
    updatedAt: str


class ListCouponsResponse(ResponseModel):
    data: list[CouponOut]
    totalCount: float
    traceId: str


class CreateCouponResponse(CouponOut):
    traceId: str


class DeleteCouponResponse(ResponseModel):
    success: bool
    traceId: str


# A custom provider's config as create, get and connect answer it.
class CreateCustomProvidersResponseSchemaResponse(ResponseModel):
    name: str
    description: str
    paymentsUrl: str
    queryUrl: str
    imageUrl: str
    id_: str = Field(alias="_id")
    locationId: str
    marketplaceAppId: str
    paymentProvider: dict[str, Any] | None = None
    deleted: bool
    createdAt: str
    updatedAt: str
    traceId: str | None = None


class DeleteCustomProvidersResponseSchemaResponse(ResponseModel):
    success: bool


class GetCustomProvidersResponseSchemaResponse(CreateCustomProvidersResponseSchemaResponse):
    pass


class ConnectCustomProvidersResponseSchemaResponse(CreateCustomProvidersResponseSchemaResponse):
    pass


class DisconnectCustomProvidersResponseSchemaResponse(ResponseModel):
    success: bool


class UpdateCustomProviderCapabilitiesResponseSchemaResponse(ResponseModel):
    success: bool


class CustomProviderWebhookResponse(ResponseModel):
    success: bool
    traceId: str | None = None
