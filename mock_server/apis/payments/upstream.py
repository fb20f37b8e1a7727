"""Where the payments area differs from payments.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST = (
    Allowed("payments.json", "GET", "/payments/integrations/provider/whitelabel", "response_schema", "providers",
            "the official answer declares `providers` as one provider object; a location's providers are a list"),
    Allowed("payments.json", "POST", "/payments/custom-provider/webhook", "missing_operation", None,
            "GHL's custom provider webhook endpoint (backend.leadconnectorhq.com/payments/custom-provider/webhook) "
            "is documented in GHL's help article on custom payments integrations, not in the OpenAPI files"),
    Allowed("payments.json", "GET", "/payments/orders/{orderId}", "response_schema", "items/*",
            "the official answer types each order item as a string, while its own example (and the OrderCreate "
            "webhook doc) shows objects with name, qty, product and price"),
)

# FOLLOW-UP: the generic walk reached these only partly in the time of the first slice (records it cannot create:
# control-plane orders and subscriptions, a schedule's rrule, a contact-bound document it could not build); their
# behaviour is tested over HTTP in the file named, but their answers are not yet validated against the official
# schemas: a ContractSeed or a body example per operation would let the walk do it.
_WALK = "not reached by the upstream walk; behaviour tested in "

UNWALKED: dict[tuple[str, str, str], str] = {
    ("payments.json", "POST", "/payments/orders/{orderId}/record-payment"): _WALK + "tests/apis/payments/test_orders.py",
    ("payments.json", "POST", "/payments/orders/{orderId}/fulfillments"): _WALK + "tests/apis/payments/test_orders.py",
    ("payments.json", "GET", "/payments/transactions/{transactionId}"): _WALK + "tests/apis/payments/test_orders.py",
    ("payments.json", "GET", "/payments/subscriptions/{subscriptionId}"): _WALK + "tests/apis/payments/test_orders.py",
    ("payments.json", "GET", "/payments/coupon"): _WALK + "tests/apis/payments/test_coupons.py",
    ("payments.json", "PUT", "/payments/coupon"): _WALK + "tests/apis/payments/test_coupons.py",
    ("payments.json", "DELETE", "/payments/coupon"): _WALK + "tests/apis/payments/test_coupons.py",
    ("payments.json", "DELETE", "/payments/custom-provider/provider"): _WALK + "tests/examples/test_howto_payment_provider.py",
    ("payments.json", "GET", "/payments/custom-provider/connect"): _WALK + "tests/examples/test_howto_payment_provider.py",
    ("payments.json", "POST", "/payments/custom-provider/webhook"): _WALK + "tests/examples/test_howto_payment_provider.py",
}
