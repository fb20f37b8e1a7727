"""The payments area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.payments import checkout, events, orders, routes, subscriptions, tables
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "payments",
    serves="Payments: orders, transactions, subscriptions, coupons, custom payment provider flow",
    apis=(routes.api,),
    tables=(
        Table(tables.ORDERS, not_found=BadRequest(tables.ORDER_NOT_FOUND)),
        Table(tables.TRANSACTIONS, indexes=("entityId",), not_found=BadRequest(tables.TRANSACTION_NOT_FOUND)),
        Table(tables.SUBSCRIPTIONS, not_found=BadRequest(tables.SUBSCRIPTION_NOT_FOUND)),
        Table(tables.COUPONS, indexes=("code",), not_found=BadRequest(tables.COUPON_NOT_FOUND)),
        Table(tables.FULFILLMENTS, indexes=("orderId",)),
        Table(tables.ORDER_NOTES, indexes=("orderId",)),
        Table(tables.WHITELABEL_PROVIDERS),
        Table(tables.CUSTOM_PROVIDERS),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/orders", orders.seed_order, body=orders.OrderSeed,
             doc='`{"contactId", "items": [{"name", "amount", "qty", "priceId"?}], "currency"?, "couponCode"?}`: '
                 "place an order (GHL's API only reads orders); its coupon is redeemed"),
        Seed("POST", "/locations/{locationId}/subscriptions", subscriptions.seed, body=subscriptions.SubscriptionSeed,
             doc='`{"contactId", "amount", "currency"?, "interval"?, "status"?}`: a subscription, which GHL\'s API '
                 "only reads"),
        Seed("POST", "/locations/{locationId}/custom-provider/charges", checkout.pay, body=checkout.ChargeSeed,
             doc='`{"invoiceId" or "orderId", "chargeId", "liveMode"?, "amount"?}`: a customer pays through the '
                 "custom provider's iframe; the mock then calls the provider's queryUrl with `verify` as GHL does",
             status=200),
        Seed("POST", "/locations/{locationId}/transactions/{transactionId}/refund", checkout.refund,
             body=checkout.RefundSeed,
             doc='`{"amount"?}`: refund a transaction (a custom provider\'s gets `refund` on its queryUrl)',
             status=200),
    ),
    contract_seeds=(
        # Orders are placed by customers (GHL's API only reads them): a contact's unpaid order.
        ContractSeed("/locations/{locationId}/contacts", {"contacts": [{"firstName": "Contract buyer"}]},
                     {"orderContactId": "ids.0"}),
        ContractSeed("/locations/{locationId}/orders", {"contactId": "{orderContactId}", "items": [
            {"name": "Contract item", "amount": 10, "qty": 1}]}, {"orderId": "_id"}),
    ),
    demo="mock_server.apis.payments.demo:load",
    factories="mock_server.apis.payments.factories:PaymentFactories",
    events=events.EVENTS,
    upstream_allowlist="mock_server.apis.payments.upstream",
)
