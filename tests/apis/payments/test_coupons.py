"""Coupons over HTTP: unique codes, dates on the mock clock, usage limits and redemption counts."""

from __future__ import annotations

import pytest

from mock_server.testing.factories import RecordRefused


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def get(ghl, coupon):
    answer = ghl.client().get("/payments/coupon", params={**alt(ghl), "id": coupon["_id"], "code": coupon["code"]})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_coupon_discounts_an_order_and_counts_its_use(ghl):
    coupon = ghl.coupon("SPRING", discountValue=25, usageLimit=2)
    assert (coupon["status"], coupon["usageCount"], coupon["discountValue"]) == ("active", 0, 25)
    order = ghl.order(items=[{"name": "Mug", "amount": 10, "qty": 3}], couponCode="SPRING")
    assert (order["subtotal"], order["discount"], order["amount"]) == (30, 7.5, 22.5)
    assert get(ghl, coupon)["usageCount"] == 1
    ghl.order(couponCode="SPRING")
    assert get(ghl, coupon)["status"] == "expired"  # its limit is reached
    with pytest.raises(RecordRefused) as refused:
        ghl.order(couponCode="SPRING")
    assert refused.value.body["message"] == "Coupon SPRING has reached its usage limit"
    assert get(ghl, coupon)["usageCount"] == 2


def test_a_fixed_amount_coupon_once_per_customer(ghl):
    ghl.coupon("TENOFF", discountType="amount", discountValue=10, limitPerCustomer=True)
    contact = ghl.contact()
    assert ghl.order(contact, items=[{"name": "Tee", "amount": 25, "qty": 1}], couponCode="TENOFF")["amount"] == 15
    with pytest.raises(RecordRefused) as refused:
        ghl.order(contact, couponCode="TENOFF")
    assert refused.value.status_code == 400
    assert ghl.order(couponCode="TENOFF")["discount"] == 10  # another customer may


def test_an_order_a_coupon_makes_free_is_placed_paid(ghl):
    ghl.coupon("FREEBIE", discountValue=100)
    order = ghl.order(items=[{"name": "Sample", "amount": 8, "qty": 2}], couponCode="FREEBIE")
    assert (order["amount"], order["paymentStatus"], order["status"]) == (0, "paid", "completed")
    paying = ghl.client().post(f"/payments/orders/{order['_id']}/record-payment", json={**alt(ghl), "mode": "cash"})
    assert (paying.status_code, paying.json()["message"]) == (400, "Order is already paid")


def test_dates_follow_the_mock_clock(ghl):
    start = ghl.freeze("2026-03-01T12:00:00Z")
    coupon = ghl.coupon("LATER", startDate="2026-03-10T00:00:00Z", endDate="2026-03-20T00:00:00Z")
    assert coupon["status"] == "scheduled"
    with pytest.raises(RecordRefused):
        ghl.order(couponCode="LATER")
    ghl.set_time("2026-03-15T00:00:00Z")
    assert get(ghl, coupon)["status"] == "active"
    listed = ghl.client().get("/payments/coupon/list", params={**alt(ghl), "status": "active"}).json()
    assert [c["code"] for c in listed["data"]] == ["LATER"]
    ghl.set_time("2026-03-21T00:00:00Z")
    assert get(ghl, coupon)["status"] == "expired"
    assert start.year == 2026


def test_codes_are_unique_and_coupons_update_and_delete(ghl):
    coupon = ghl.coupon("ONE")
    with pytest.raises(RecordRefused) as refused:
        ghl.coupon("ONE")
    assert refused.value.body["message"] == "Coupon code ONE already exists"
    client = ghl.client()
    body = {**alt(ghl), "id": coupon["_id"], "name": "Renamed", "code": "ONE", "discountType": "percentage",
            "discountValue": 15, "startDate": coupon["startDate"]}
    assert client.put("/payments/coupon", json=body).json()["discountValue"] == 15
    too_much = client.put("/payments/coupon", json={**body, "discountValue": 150})
    assert too_much.status_code == 422
    deleted = client.request("DELETE", "/payments/coupon", json={**alt(ghl), "id": coupon["_id"]})
    assert deleted.json()["success"] is True
    gone = client.get("/payments/coupon", params={**alt(ghl), "id": coupon["_id"], "code": "ONE"})
    assert (gone.status_code, gone.json()["message"]) == (400, "Coupon not found")
