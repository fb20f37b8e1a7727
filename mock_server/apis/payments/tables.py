"""The payments area's tables: their names, and what GHL answers for an unknown id."""

ORDERS = "orders"
# DECISION: GHL's text for an unknown order is not known.
ORDER_NOT_FOUND = "Order not found"
TRANSACTIONS = "transactions"
# DECISION: GHL's text for an unknown transaction is not known.
TRANSACTION_NOT_FOUND = "Transaction not found"
SUBSCRIPTIONS = "subscriptions"
# DECISION: GHL's text for an unknown subscription is not known.
SUBSCRIPTION_NOT_FOUND = "Subscription not found"
COUPONS = "coupons"
# DECISION: GHL's text for an unknown coupon is not known.
COUPON_NOT_FOUND = "Coupon not found"
FULFILLMENTS = "orderFulfillments"
ORDER_NOTES = "orderNotes"
WHITELABEL_PROVIDERS = "whitelabelProviders"
CUSTOM_PROVIDERS = "customProviders"
