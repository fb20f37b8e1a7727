"""Custom Provider operations (payments.json)."""

from __future__ import annotations

from mock_server.apis.payments import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("payments.json", tag="Custom Provider")


@api.get("/payments/integrations/provider/whitelabel", "list-integration-providers",
         scopes="payments/integration.readonly", tokens=LOCATION, query=models.ListIntegrationProvidersQuery,
         response=models.ListWhitelabelIntegrationProviderResponse)
@unwritten
def list_integration_providers(call: Call) -> dict:
    ...


@api.post("/payments/integrations/provider/whitelabel", "create-integration provider",
          scopes="payments/integration.write", tokens=LOCATION, body=models.CreateWhiteLabelIntegrationProviderBody,
          response=models.CreateWhitelabelIntegrationResponse)
@unwritten
def create_integration_provider(call: Call) -> dict:
    ...


@api.get("/payments/orders", "list-orders", scopes="payments/orders.readonly", tokens=LOCATION,
         query=models.ListOrdersQuery, response=models.ListOrdersResponse)
@unwritten
def list_orders(call: Call) -> dict:
    ...


@api.get("/payments/orders/{orderId}", "get-order-by-id", scopes="payments/orders.readonly", tokens=LOCATION,
         query=models.GetOrderByIdQuery, response=models.GetOrderResponseSchemaResponse)
@unwritten
def get_order_by_id(call: Call) -> dict:
    ...


@api.post("/payments/orders/{orderId}/record-payment", "record-order-payment", scopes="payments/orders.collectPayment",
          tokens=LOCATION, body=models.PostRecordOrderPaymentBody, response=models.PostRecordOrderPaymentResponse)
@unwritten
def record_order_payment(call: Call) -> dict:
    ...


@api.get("/payments/orders/{orderId}/fulfillments", "list-order-fulfillment", scopes="payments/orders.readonly",
         tokens=LOCATION, query=models.ListOrderFulfillmentQuery, response=models.ListFulfillmentResponse)
@unwritten
def list_order_fulfillment(call: Call) -> dict:
    ...


@api.post("/payments/orders/{orderId}/fulfillments", "create-order-fulfillment", scopes="payments/orders.write",
          tokens=LOCATION, body=models.CreateFulfillmentBody, response=models.CreateFulfillmentResponse)
@unwritten
def create_order_fulfillment(call: Call) -> dict:
    ...


@api.get("/payments/orders/{orderId}/notes", "list-order-notes", tokens=LOCATION,
         query=models.ListOrderFulfillmentQuery)
@unwritten
def list_order_notes(call: Call) -> dict:
    ...


@api.get("/payments/transactions", "list-transactions", scopes="payments/transactions.readonly", tokens=LOCATION,
         query=models.ListTransactionsQuery, response=models.ListTxnsResponse)
@unwritten
def list_transactions(call: Call) -> dict:
    ...


@api.get("/payments/transactions/{transactionId}", "get-transaction-by-id", scopes="payments/transactions.readonly",
         tokens=LOCATION, query=models.GetTransactionByIdQuery, response=models.GetTxnResponseSchemaResponse)
@unwritten
def get_transaction_by_id(call: Call) -> dict:
    ...


@api.get("/payments/subscriptions", "list-subscriptions", scopes="payments/subscriptions.readonly", tokens=LOCATION,
         query=models.ListSubscriptionsQuery, response=models.ListSubscriptionResponse)
@unwritten
def list_subscriptions(call: Call) -> dict:
    ...


@api.get("/payments/subscriptions/{subscriptionId}", "get-subscription-by-id", scopes="payments/subscriptions.readonly",
         tokens=LOCATION, query=models.ListOrderFulfillmentQuery, response=models.GetSubscriptionResponseSchemaResponse)
@unwritten
def get_subscription_by_id(call: Call) -> dict:
    ...


@api.get("/payments/coupon/list", "list-coupons", scopes="payments/coupons.readonly", tokens=LOCATION,
         query=models.ListCouponsQuery, response=models.ListCouponsResponse)
@unwritten
def list_coupons(call: Call) -> dict:
    ...


@api.get("/payments/coupon", "get-coupon", scopes="payments/coupons.readonly", tokens=LOCATION,
         query=models.GetCouponQuery, response=models.CreateCouponResponse)
@unwritten
def get_coupon(call: Call) -> dict:
    ...


@api.post("/payments/coupon", "create-coupon", scopes="payments/coupons.write", tokens=LOCATION,
          body=models.CreateCouponParamsBody, response=models.CreateCouponResponse, status=201)
@unwritten
def create_coupon(call: Call) -> dict:
    ...


@api.put("/payments/coupon", "update-coupon", scopes="payments/coupons.write", tokens=LOCATION,
         body=models.UpdateCouponParamsBody, response=models.CreateCouponResponse)
@unwritten
def update_coupon(call: Call) -> dict:
    ...


@api.delete("/payments/coupon", "delete-coupon", scopes="payments/coupons.write", tokens=LOCATION,
            body=models.DeleteCouponParamsBody, response=models.DeleteCouponResponse)
@unwritten
def delete_coupon(call: Call) -> dict:
    ...


@api.post("/payments/custom-provider/provider", "create-integration", scopes="payments/custom-provider.write",
          tokens=LOCATION, query=models.CreateIntegrationQuery, body=models.CreateCustomProvidersBody,
          response=models.CreateCustomProvidersResponseSchemaResponse)
@unwritten
def create_integration(call: Call) -> dict:
    ...


@api.delete("/payments/custom-provider/provider", "delete-integration", scopes="payments/custom-provider.write",
            tokens=LOCATION, query=models.CreateIntegrationQuery,
            response=models.DeleteCustomProvidersResponseSchemaResponse)
@unwritten
def delete_integration(call: Call) -> dict:
    ...


@api.get("/payments/custom-provider/connect", "fetch-config", scopes="payments/custom-provider.readonly",
         tokens=LOCATION, query=models.CreateIntegrationQuery, response=models.GetCustomProvidersResponseSchemaResponse)
@unwritten
def fetch_config(call: Call) -> dict:
    ...


@api.post("/payments/custom-provider/connect", "create-config", scopes="payments/custom-provider.write",
          tokens=LOCATION, query=models.CreateIntegrationQuery, body=models.ConnectCustomProvidersConfigBody,
          response=models.ConnectCustomProvidersResponseSchemaResponse)
@unwritten
def create_config(call: Call) -> dict:
    ...


@api.post("/payments/custom-provider/disconnect", "disconnect-config", scopes="payments/custom-provider.write",
          tokens=LOCATION, query=models.CreateIntegrationQuery, body=models.DeleteCustomProvidersConfigBody,
          response=models.DisconnectCustomProvidersResponseSchemaResponse)
@unwritten
def disconnect_config(call: Call) -> dict:
    ...


@api.put("/payments/custom-provider/capabilities", "custom-provider-marketplace-app-update-capabilities",
         scopes="payments/custom-provider.write", tokens=LOCATION, body=models.UpdateCustomProviderCapabilitiesBody,
         response=models.UpdateCustomProviderCapabilitiesResponseSchemaResponse)
@unwritten
def custom_provider_marketplace_app_update_capabilities(call: Call) -> dict:
    ...
