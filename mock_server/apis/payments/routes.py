"""Payments (payments.json): orders, transactions, subscriptions, coupons, integrations; thin handlers."""

from __future__ import annotations

from mock_server.apis.common import page
from mock_server.apis.payments import checkout, coupons, models, orders, providers, subscriptions, transactions
from mock_server.apis.payments.tables import SUBSCRIPTIONS, TRANSACTIONS
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("payments.json", tag="Payments")


@api.get("/payments/integrations/provider/whitelabel", "list-integration-providers",
         scopes="payments/integration.readonly", tokens=LOCATION, query=models.ListIntegrationProvidersQuery,
         response=models.ListWhitelabelIntegrationProviderResponse)
def list_integration_providers(call: Call) -> dict:
    q = call.query
    found = providers.list_whitelabel(call.tenant)
    return {"providers": [providers.whitelabel_view(p) for p in page(found, q.offset, q.limit or None, 100)]}


@api.post("/payments/integrations/provider/whitelabel", "create-integration provider",
          scopes="payments/integration.write", tokens=LOCATION, body=models.CreateWhiteLabelIntegrationProviderBody,
          response=models.CreateWhitelabelIntegrationResponse)
def create_integration_provider(call: Call) -> dict:
    return providers.whitelabel_view(providers.create_whitelabel(call.tenant, sent_fields(call.body)))


@api.get("/payments/orders", "list-orders", scopes="payments/orders.readonly", tokens=LOCATION,
         query=models.ListOrdersQuery, response=models.ListOrdersResponse)
def list_orders(call: Call) -> dict:
    q = call.query
    orders.check_alt(call.tenant, q.altId)
    found = orders.list_orders(call.tenant, status=q.status, payment_status=q.paymentStatus, contact_id=q.contactId,
                               search=q.search, payment_mode=q.paymentMode)
    return {"data": [orders.view(o) for o in page(found, q.offset, q.limit, 10)], "totalCount": len(found)}


@api.get("/payments/orders/{orderId}", "get-order-by-id", scopes="payments/orders.readonly", tokens=LOCATION,
         query=models.GetOrderByIdQuery, response=models.GetOrderResponseSchemaResponse)
def get_order_by_id(call: Call) -> dict:
    orders.check_alt(call.tenant, call.query.altId)
    return orders.view(orders.get_order(call.tenant, call.path["orderId"]), full=True)


@api.post("/payments/orders/{orderId}/record-payment", "record-order-payment", scopes="payments/orders.collectPayment",
          tokens=LOCATION, body=models.PostRecordOrderPaymentBody, response=models.PostRecordOrderPaymentResponse)
def record_order_payment(call: Call) -> dict:
    fields = sent_fields(call.body)
    orders.record_payment(call.tenant, call.path["orderId"], mode=fields["mode"], amount=fields.get("amount"),
                          partial=bool(fields.get("isPartialPayment")), notes=fields.get("notes"),
                          card=fields.get("card"), cheque=fields.get("cheque"), meta=fields.get("meta"))
    return {"success": True}


@api.get("/payments/orders/{orderId}/fulfillments", "list-order-fulfillment", scopes="payments/orders.readonly",
         tokens=LOCATION, query=models.ListOrderFulfillmentQuery, response=models.ListFulfillmentResponse)
def list_order_fulfillment(call: Call) -> dict:
    found = orders.fulfillments(call.tenant, call.path["orderId"])
    return {"status": True, "data": [orders.fulfillment_view(call.tenant, f) for f in found]}


@api.post("/payments/orders/{orderId}/fulfillments", "create-order-fulfillment", scopes="payments/orders.write",
          tokens=LOCATION, body=models.CreateFulfillmentBody, response=models.CreateFulfillmentResponse)
def create_order_fulfillment(call: Call) -> dict:
    fields = sent_fields(call.body)
    made = orders.fulfill(call.tenant, call.path["orderId"], items=fields["items"], trackings=fields["trackings"],
                          notify=fields["notifyCustomer"])
    return {"status": True, "data": orders.fulfillment_view(call.tenant, made)}


@api.get("/payments/orders/{orderId}/notes", "list-order-notes", tokens=LOCATION,
         query=models.ListOrderFulfillmentQuery)
def list_order_notes(call: Call) -> dict:
    return {"success": True, "data": orders.notes(call.tenant, call.path["orderId"])}


@api.get("/payments/transactions", "list-transactions", scopes="payments/transactions.readonly", tokens=LOCATION,
         query=models.ListTransactionsQuery, response=models.ListTxnsResponse)
def list_transactions(call: Call) -> dict:
    q = call.query
    found = transactions.list_transactions(
        call.tenant, contact_id=q.contactId, entity_id=q.entityId, subscription_id=q.subscriptionId,
        source_type=q.entitySourceType, search=q.search, payment_mode=q.paymentMode, start_at=q.startAt, end_at=q.endAt)
    return {"data": [transactions.view(t) for t in page(found, q.offset, q.limit, 10)], "totalCount": len(found)}


@api.get("/payments/transactions/{transactionId}", "get-transaction-by-id", scopes="payments/transactions.readonly",
         tokens=LOCATION, query=models.GetTransactionByIdQuery, response=models.GetTxnResponseSchemaResponse)
def get_transaction_by_id(call: Call) -> dict:
    return transactions.view(call.tenant.require(TRANSACTIONS, call.path["transactionId"]))


@api.get("/payments/subscriptions", "list-subscriptions", scopes="payments/subscriptions.readonly", tokens=LOCATION,
         query=models.ListSubscriptionsQuery, response=models.ListSubscriptionResponse)
def list_subscriptions(call: Call) -> dict:
    q = call.query
    found = subscriptions.list_subscriptions(call.tenant, contact_id=q.contactId, entity_id=q.entityId,
                                             subscription_id=q.id, search=q.search, payment_mode=q.paymentMode)
    return {"data": [subscriptions.view(s) for s in page(found, q.offset, q.limit, 10)], "totalCount": len(found)}


@api.get("/payments/subscriptions/{subscriptionId}", "get-subscription-by-id", scopes="payments/subscriptions.readonly",
         tokens=LOCATION, query=models.ListOrderFulfillmentQuery, response=models.GetSubscriptionResponseSchemaResponse)
def get_subscription_by_id(call: Call) -> dict:
    return subscriptions.view(call.tenant.require(SUBSCRIPTIONS, call.path["subscriptionId"]))


@api.get("/payments/coupon/list", "list-coupons", scopes="payments/coupons.readonly", tokens=LOCATION,
         query=models.ListCouponsQuery, response=models.ListCouponsResponse)
def list_coupons(call: Call) -> dict:
    q = call.query
    found = coupons.list_coupons(call.tenant, status=q.status, search=q.search)
    now = call.tenant.now()
    return {"data": [coupons.view(c, now) for c in page(found, q.offset, q.limit, 100)], "totalCount": len(found)}


@api.get("/payments/coupon", "get-coupon", scopes="payments/coupons.readonly", tokens=LOCATION,
         query=models.GetCouponQuery, response=models.CreateCouponResponse)
def get_coupon(call: Call) -> dict:
    return coupons.view(coupons.get_coupon(call.tenant, call.query.id, call.query.code), call.tenant.now())


@api.post("/payments/coupon", "create-coupon", scopes="payments/coupons.write", tokens=LOCATION,
          body=models.CreateCouponParamsBody, response=models.CreateCouponResponse, status=201)
def create_coupon(call: Call) -> dict:
    made = coupons.create_coupon(call.tenant, sent_fields(call.body), call.principal.user_id)
    return coupons.view(made, call.tenant.now())


@api.put("/payments/coupon", "update-coupon", scopes="payments/coupons.write", tokens=LOCATION,
         body=models.UpdateCouponParamsBody, response=models.CreateCouponResponse)
def update_coupon(call: Call) -> dict:
    return coupons.view(coupons.update_coupon(call.tenant, sent_fields(call.body)), call.tenant.now())


@api.delete("/payments/coupon", "delete-coupon", scopes="payments/coupons.write", tokens=LOCATION,
            body=models.DeleteCouponParamsBody, response=models.DeleteCouponResponse)
def delete_coupon(call: Call) -> dict:
    coupons.delete_coupon(call.tenant, call.body.id)
    return {"success": True}


@api.post("/payments/custom-provider/provider", "create-integration", scopes="payments/custom-provider.write",
          tokens=LOCATION, query=models.CreateIntegrationQuery, body=models.CreateCustomProvidersBody,
          response=models.CreateCustomProvidersResponseSchemaResponse)
def create_integration(call: Call) -> dict:
    config = providers.register(call.tenant, providers.app_id_of(call.principal.client_id), sent_fields(call.body))
    return providers.view(config)


@api.delete("/payments/custom-provider/provider", "delete-integration", scopes="payments/custom-provider.write",
            tokens=LOCATION, query=models.CreateIntegrationQuery,
            response=models.DeleteCustomProvidersResponseSchemaResponse)
def delete_integration(call: Call) -> dict:
    providers.delete(call.tenant, providers.app_id_of(call.principal.client_id))
    return {"success": True}


@api.get("/payments/custom-provider/connect", "fetch-config", scopes="payments/custom-provider.readonly",
         tokens=LOCATION, query=models.CreateIntegrationQuery, response=models.GetCustomProvidersResponseSchemaResponse)
def fetch_config(call: Call) -> dict:
    return providers.view(providers.get_config(call.tenant, providers.app_id_of(call.principal.client_id)))


@api.post("/payments/custom-provider/connect", "create-config", scopes="payments/custom-provider.write",
          tokens=LOCATION, query=models.CreateIntegrationQuery, body=models.ConnectCustomProvidersConfigBody,
          response=models.ConnectCustomProvidersResponseSchemaResponse)
def create_config(call: Call) -> dict:
    config = providers.connect(call.tenant, providers.app_id_of(call.principal.client_id), sent_fields(call.body))
    return providers.view(config)


@api.post("/payments/custom-provider/disconnect", "disconnect-config", scopes="payments/custom-provider.write",
          tokens=LOCATION, query=models.CreateIntegrationQuery, body=models.DeleteCustomProvidersConfigBody,
          response=models.DisconnectCustomProvidersResponseSchemaResponse)
def disconnect_config(call: Call) -> dict:
    providers.disconnect(call.tenant, providers.app_id_of(call.principal.client_id), call.body.liveMode)
    return {"success": True}


@api.put("/payments/custom-provider/capabilities", "custom-provider-marketplace-app-update-capabilities",
         scopes="payments/custom-provider.write", tokens=LOCATION, body=models.UpdateCustomProviderCapabilitiesBody,
         response=models.UpdateCustomProviderCapabilitiesResponseSchemaResponse)
def custom_provider_marketplace_app_update_capabilities(call: Call) -> dict:
    providers.set_capabilities(call.tenant, providers.app_id_of(call.principal.client_id),
                               call.body.supportsSubscriptionSchedules)
    return {"success": True}


@api.post("/payments/custom-provider/webhook", "custom-provider-webhook", public=True,
          body=models.CustomProviderWebhookBody, response=models.CustomProviderWebhookResponse,
          summary="A custom payment provider's event (payment.captured, subscription.*)")
def custom_provider_webhook(call: Call) -> dict:
    """Where a custom payment provider sends its events (GHL serves it on backend.leadconnectorhq.com; it is in
    GHL's help article, not in payments.json). Authenticated by the ``apiKey`` of the location's provider."""
    world = call.world
    return checkout.receive(lambda location_id: world.tenant(location_id)
                            if world.tenants.location_exists(location_id) else None, sent_fields(call.body))
