"""Estimate (invoices.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_list_invoice_templates(ghl):
    query = {"altId": ghl.location_id, "altType": "location", "limit": "limit", "offset": "offset"}
    answer = ghl.client().get("/invoices/template", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_invoice_template(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "businessDetails": {},
        "currency": "currency",
        "items": [],
    }
    answer = ghl.client().post("/invoices/template", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_invoice_template(ghl):
    answer = ghl.client().get("/invoices/template/templateId", params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_invoice_template(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "businessDetails": {},
        "currency": "currency",
        "items": [],
    }
    answer = ghl.client().put("/invoices/template/templateId", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_invoice_template(ghl):
    answer = ghl.client().delete("/invoices/template/templateId",
                                 params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_invoice_template_late_fees_configuration(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "lateFeesConfiguration": {
            "enable": True,
            "value": 1,
            "type": "fixed",
            "frequency": {"intervalCount": 1, "interval": "minute"},
        },
    }
    answer = ghl.client().patch("/invoices/template/templateId/late-fees-configuration", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_invoice_payment_methods_configuration(ghl):
    path = "/invoices/template/templateId/payment-methods-configuration"
    answer = ghl.client().patch(path, json={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_invoice_schedules(ghl):
    query = {"altId": ghl.location_id, "altType": "location", "limit": "limit", "offset": "offset"}
    answer = ghl.client().get("/invoices/schedule", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_invoice_schedule(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "contactDetails": {"id": "id", "name": "name", "phoneNo": "phoneNo", "email": "email"},
        "schedule": {},
        "liveMode": True,
        "businessDetails": {},
        "currency": "currency",
        "items": [],
        "discount": {"type": "percentage"},
    }
    answer = ghl.client().post("/invoices/schedule", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_invoice_schedule(ghl):
    answer = ghl.client().get("/invoices/schedule/scheduleId", params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_invoice_schedule(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "contactDetails": {"id": "id", "name": "name", "phoneNo": "phoneNo", "email": "email"},
        "schedule": {},
        "liveMode": True,
        "businessDetails": {},
        "currency": "currency",
        "items": [],
        "discount": {"type": "percentage"},
    }
    answer = ghl.client().put("/invoices/schedule/scheduleId", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_invoice_schedule(ghl):
    answer = ghl.client().delete("/invoices/schedule/scheduleId",
                                 params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_and_schedule_invoice_schedule(ghl):
    answer = ghl.client().post("/invoices/schedule/scheduleId/updateAndSchedule")
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_schedule_invoice_schedule(ghl):
    body = {"altId": ghl.location_id, "altType": "location", "liveMode": True}
    answer = ghl.client().post("/invoices/schedule/scheduleId/schedule", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_auto_payment_invoice_schedule(ghl):
    body = {"altId": ghl.location_id, "altType": "location", "id": "id", "autoPayment": {"enable": True}}
    answer = ghl.client().post("/invoices/schedule/scheduleId/auto-payment", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_cancel_invoice_schedule(ghl):
    answer = ghl.client().post("/invoices/schedule/scheduleId/cancel",
                               json={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_text2pay_invoice(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "currency": "currency",
        "items": [],
        "contactDetails": {"id": "id", "name": "name", "phoneNo": "phoneNo", "email": "email"},
        "issueDate": "issueDate",
        "sentTo": {"email": []},
        "liveMode": True,
        "action": "draft",
        "userId": ghl.user_id,
    }
    answer = ghl.client().post("/invoices/text2pay", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_generate_invoice_number(ghl):
    answer = ghl.client().get("/invoices/generate-invoice-number",
                              params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_invoice_settings(ghl):
    answer = ghl.client().get("/invoices/settings", params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_get_invoice(ghl):
    answer = ghl.client().get("/invoices/invoiceId", params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_invoice(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "currency": "currency",
        "invoiceItems": [],
        "issueDate": "issueDate",
        "dueDate": "dueDate",
    }
    answer = ghl.client().put("/invoices/invoiceId", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_invoice(ghl):
    answer = ghl.client().delete("/invoices/invoiceId", params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_invoice_late_fees_configuration(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "lateFeesConfiguration": {
            "enable": True,
            "value": 1,
            "type": "fixed",
            "frequency": {"intervalCount": 1, "interval": "minute"},
        },
    }
    answer = ghl.client().patch("/invoices/invoiceId/late-fees-configuration", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_void_invoice(ghl):
    answer = ghl.client().post("/invoices/invoiceId/void", json={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_send_invoice(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "userId": ghl.user_id,
        "action": "sms_and_email",
        "liveMode": True,
    }
    answer = ghl.client().post("/invoices/invoiceId/send", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_record_invoice(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "mode": "cash",
        "card": {"brand": "brand", "last4": "last4"},
        "cheque": {"number": "number"},
        "notes": "notes",
    }
    answer = ghl.client().post("/invoices/invoiceId/record-payment", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_invoice_last_visited_at(ghl):
    answer = ghl.client().patch("/invoices/stats/last-visited-at", json={"invoiceId": "invoiceId"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_new_estimate(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "businessDetails": {},
        "currency": "currency",
        "items": [],
        "discount": {"type": "percentage"},
        "contactDetails": {"id": "id", "name": "name", "phoneNo": "phoneNo", "email": "email"},
        "frequencySettings": {"enabled": True, "schedule": {}},
    }
    answer = ghl.client().post("/invoices/estimate", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_update_estimate(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "businessDetails": {},
        "currency": "currency",
        "items": [],
        "discount": {"type": "percentage"},
        "contactDetails": {"id": "id", "name": "name", "phoneNo": "phoneNo", "email": "email"},
        "frequencySettings": {"enabled": True, "schedule": {}},
    }
    answer = ghl.client().put("/invoices/estimate/estimateId", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_estimate(ghl):
    answer = ghl.client().request("DELETE", "/invoices/estimate/estimateId",
                                  json={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_generate_estimate_number(ghl):
    answer = ghl.client().get("/invoices/estimate/number/generate",
                              params={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_send_estimate(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "action": "sms_and_email",
        "liveMode": True,
        "userId": ghl.user_id,
    }
    answer = ghl.client().post("/invoices/estimate/estimateId/send", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_create_invoice_from_estimate(ghl):
    body = {"altId": ghl.location_id, "altType": "location", "markAsInvoiced": True}
    answer = ghl.client().post("/invoices/estimate/estimateId/invoice", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_estimates(ghl):
    query = {"altId": ghl.location_id, "altType": "location", "limit": "limit", "offset": "offset"}
    answer = ghl.client().get("/invoices/estimate/list", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_update_estimate_last_visited_at(ghl):
    answer = ghl.client().patch("/invoices/estimate/stats/last-visited-at", json={"estimateId": "estimateId"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_estimate_templates(ghl):
    query = {"altId": ghl.location_id, "altType": "location", "limit": "limit", "offset": "offset"}
    answer = ghl.client().get("/invoices/estimate/template", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_estimate_template(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "businessDetails": {},
        "currency": "currency",
        "items": [],
        "discount": {"type": "percentage"},
    }
    answer = ghl.client().post("/invoices/estimate/template", json=body)
    assert answer.status_code == 201, answer.text


@UNWRITTEN
def test_update_estimate_template(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "businessDetails": {},
        "currency": "currency",
        "items": [],
        "discount": {"type": "percentage"},
    }
    answer = ghl.client().put("/invoices/estimate/template/templateId", json=body)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_delete_estimate_template(ghl):
    answer = ghl.client().request("DELETE", "/invoices/estimate/template/templateId",
                                  json={"altId": ghl.location_id, "altType": "location"})
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_preview_estimate_template(ghl):
    query = {"altId": ghl.location_id, "altType": "location", "templateId": "templateId"}
    answer = ghl.client().get("/invoices/estimate/template/preview", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_list_invoices(ghl):
    query = {"altId": ghl.location_id, "altType": "location", "limit": "limit", "offset": "offset"}
    answer = ghl.client().get("/invoices/", params=query)
    assert answer.status_code == 200, answer.text


@UNWRITTEN
def test_create_invoice(ghl):
    body = {
        "altId": ghl.location_id,
        "altType": "location",
        "name": "name",
        "businessDetails": {},
        "currency": "currency",
        "items": [],
        "discount": {"type": "percentage"},
        "contactDetails": {"id": "id", "name": "name", "phoneNo": "phoneNo", "email": "email"},
        "issueDate": "issueDate",
        "sentTo": {"email": []},
        "liveMode": True,
    }
    answer = ghl.client().post("/invoices/", json=body)
    assert answer.status_code == 200, answer.text
