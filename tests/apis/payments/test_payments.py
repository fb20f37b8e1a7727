"""Custom Provider (payments.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_list_integration_providers(ghl):
    answer = ghl.client().get("/payments/integrations/provider/whitelabel",
                              params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_integration_provider(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "uniqueName": "uniqueName",
        "title": "title",
        "provider": "authorize-net",
        "description": "description",
        "imageUrl": "imageUrl",
    }
    answer = ghl.client().post("/payments/integrations/provider/whitelabel", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_orders(ghl):
    answer = ghl.client().get("/payments/orders", params={"altId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_order_by_id(ghl):
    answer = ghl.client().get("/payments/orders/orderId", params={"altId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_record_order_payment(ghl):
    body = {"altId": ghl.location_id, "altType": "location", "mode": "cash"}
    answer = ghl.client().post("/payments/orders/orderId/record-payment", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_order_fulfillment(ghl):
    answer = ghl.client().get("/payments/orders/orderId/fulfillments",
                              params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_order_fulfillment(ghl):
    body = {"altId": ghl.location_id, "altType": "location", "trackings": [], "items": [], "notifyCustomer": True}
    answer = ghl.client().post("/payments/orders/orderId/fulfillments", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_order_notes(ghl):
    answer = ghl.client().get("/payments/orders/orderId/notes",
                              params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_transactions(ghl):
    answer = ghl.client().get("/payments/transactions", params={"altId": ghl.location_id, "altType": "altType"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_transaction_by_id(ghl):
    answer = ghl.client().get("/payments/transactions/transactionId",
                              params={"altId": ghl.location_id, "altType": "altType"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_subscriptions(ghl):
    answer = ghl.client().get("/payments/subscriptions", params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_subscription_by_id(ghl):
    answer = ghl.client().get("/payments/subscriptions/subscriptionId",
                              params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_coupons(ghl):
    answer = ghl.client().get("/payments/coupon/list", params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_coupon(ghl):
    query = {"altId": ghl.location_id, "altType": "location", "id": "id", "code": "code"}
    answer = ghl.client().get("/payments/coupon", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_coupon(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "code": "code",
        "discountType": "percentage",
        "discountValue": 1,
        "startDate": "startDate",
    }
    answer = ghl.client().post("/payments/coupon", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_update_coupon(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "code": "code",
        "discountType": "percentage",
        "discountValue": 1,
        "startDate": "startDate",
        "id": "id",
    }
    answer = ghl.client().put("/payments/coupon", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_coupon(ghl):
    body = {"altId": ghl.location_id, "altType": "location", "id": "id"}
    answer = ghl.client().request("DELETE", "/payments/coupon", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_integration(ghl):
    body = {
        "name": "name",
        "description": "description",
        "paymentsUrl": "paymentsUrl",
        "queryUrl": "queryUrl",
        "imageUrl": "imageUrl",
        "supportsSubscriptionSchedule": True,
    }
    answer = ghl.client().post("/payments/custom-provider/provider", params={"locationId": ghl.location_id}, json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_integration(ghl):
    answer = ghl.client().delete("/payments/custom-provider/provider", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_fetch_config(ghl):
    answer = ghl.client().get("/payments/custom-provider/connect", params={"locationId": ghl.location_id})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_config(ghl):
    body = {
        "live": {"apiKey": "apiKey", "publishableKey": "publishableKey"},
        "test": {"apiKey": "apiKey", "publishableKey": "publishableKey"},
    }
    answer = ghl.client().post("/payments/custom-provider/connect", params={"locationId": ghl.location_id}, json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_disconnect_config(ghl):
    answer = ghl.client().post("/payments/custom-provider/disconnect", params={"locationId": ghl.location_id},
                               json={"liveMode": True})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_custom_provider_marketplace_app_update_capabilities(ghl):
    answer = ghl.client().put("/payments/custom-provider/capabilities", json={"supportsSubscriptionSchedules": True})
    assert answer.status_code == 200, answer.text
