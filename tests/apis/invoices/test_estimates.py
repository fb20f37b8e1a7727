"""Estimates over HTTP: drafted, sent, converted to an invoice once, with the same money rules as invoices."""

from __future__ import annotations


def alt(ghl):
    return {"altId": ghl.location_id, "altType": "location"}


def estimate_body(ghl, contact, **overrides):
    return {**alt(ghl), "name": "Kitchen remodel", "businessDetails": {"name": "Builders"}, "currency": "USD",
            "items": [{"name": "Cabinets", "currency": "USD", "amount": 1200, "qty": 2,
                       "taxes": [{"_id": "tax", "name": "Sales", "rate": 8.25}]},
                      {"name": "Labour", "currency": "USD", "amount": 45.5, "qty": 10}],
            "discount": {"type": "fixed", "value": 100},
            "contactDetails": {"id": contact["id"], "name": "Ada", "phoneNo": contact["phone"],
                               "email": contact["email"]},
            "frequencySettings": {"enabled": False, "schedule": {}}, **overrides}


def test_an_estimate_sent_and_converted_to_an_invoice(ghl):
    contact = ghl.contact()
    client = ghl.client()
    made = client.post("/invoices/estimate", json=estimate_body(ghl, contact))
    assert made.status_code == 201, made.text
    estimate = made.json()
    # 2400 + 455 = 2855; 100 off spread 2400:455 -> 84.06 / 15.94; tax 8.25 % of 2315.94 = 191.065 -> 191.07
    assert (estimate["total"], estimate["totalSummary"]) == (2946.07, {"subTotal": 2855, "discount": 100,
                                                                       "tax": 191.07})
    assert (estimate["estimateStatus"], estimate["estimateNumber"]) == ("draft", 1)
    sent = client.post(f"/invoices/estimate/{estimate['_id']}/send", json={
        **alt(ghl), "action": "email", "liveMode": False, "userId": ghl.user_id})
    assert (sent.status_code, sent.json()["estimateStatus"]) == (201, "sent")

    converted = client.post(f"/invoices/estimate/{estimate['_id']}/invoice", json={**alt(ghl), "markAsInvoiced": True})
    assert converted.status_code == 200, converted.text
    invoice = converted.json()["invoice"]
    assert (invoice["status"], invoice["total"], invoice["amountDue"]) == ("draft", 2946.07, 2946.07)
    assert [i["name"] for i in invoice["invoiceItems"]] == ["Cabinets", "Labour"]
    assert converted.json()["estimate"]["estimateStatus"] == "invoiced"
    got = client.get(f"/invoices/{invoice['_id']}", params=alt(ghl)).json()
    assert got["estimateId"] == estimate["_id"]

    again = client.post(f"/invoices/estimate/{estimate['_id']}/invoice", json={**alt(ghl), "markAsInvoiced": True})
    assert (again.status_code, again.json()["message"]) == (400, "Estimate in invoiced status cannot be converted "
                                                                 "to an invoice")
    listed = client.get("/invoices/", params={**alt(ghl), "limit": "10", "offset": "0"}).json()
    assert listed["total"] == 1  # the refused conversion made no second invoice


def test_update_list_number_and_delete(ghl):
    contact = ghl.contact()
    client = ghl.client()
    estimate = client.post("/invoices/estimate", json=estimate_body(ghl, contact)).json()
    assert client.get("/invoices/estimate/number/generate", params=alt(ghl)).json()["estimateNumber"] == 2
    updated = client.put(f"/invoices/estimate/{estimate['_id']}", json=estimate_body(
        ghl, contact, name="Smaller remodel", estimateStatus="accepted",
        items=[{"name": "Paint", "currency": "USD", "amount": 300, "qty": 1}]))
    assert (updated.json()["name"], updated.json()["total"], updated.json()["estimateStatus"]) == (
        "Smaller remodel", 200, "accepted")
    listed = client.get("/invoices/estimate/list", params={**alt(ghl), "limit": "10", "offset": "0",
                                                            "status": "accepted"}).json()
    assert [e["_id"] for e in listed["estimates"]] == [estimate["_id"]]
    ghl.advance(hours=2)
    seen = client.patch("/invoices/estimate/stats/last-visited-at", json={"estimateId": estimate["_id"]})
    assert seen.status_code == 200
    deleted = client.request("DELETE", f"/invoices/estimate/{estimate['_id']}", json=alt(ghl))
    assert deleted.json()["deleted"] is True
    gone = client.put(f"/invoices/estimate/{estimate['_id']}", json=estimate_body(ghl, contact))
    assert (gone.status_code, gone.json()["message"]) == (400, "Estimate not found")


def test_templates_of_invoices_and_estimates(ghl):
    client = ghl.client()
    body = {**alt(ghl), "name": "Standard", "businessDetails": {}, "currency": "EUR",
            "items": [{"name": "Hour", "currency": "EUR", "amount": 80, "qty": 1.5}],
            "discount": {"type": "percentage", "value": 0}}
    template = client.post("/invoices/template", json=body).json()
    assert (template["total"], template["items"][0]["qty"]) == (120, 1.5)
    client.patch(f"/invoices/template/{template['_id']}/late-fees-configuration", json={
        **alt(ghl), "lateFeesConfiguration": {"enable": True, "value": 2, "type": "percentage",
                                              "frequency": {"intervalCount": 1, "interval": "month"}}})
    got = client.get(f"/invoices/template/{template['_id']}", params=alt(ghl)).json()
    late = got["lateFeesConfiguration"]
    assert (late["value"], late["frequency"]["intervalCount"]) == (2, 1)
    assert type(late["value"]) is type(late["frequency"]["intervalCount"]) is int  # as sent, not 2.0
    listed = client.get("/invoices/template", params={**alt(ghl), "limit": "10", "offset": "0"}).json()
    assert [t["_id"] for t in listed["data"]] == [template["_id"]]
    assert client.delete(f"/invoices/template/{template['_id']}", params=alt(ghl)).json()["success"] is True

    estimate_template = client.post("/invoices/estimate/template", json=body)
    assert estimate_template.status_code == 201
    preview = client.get("/invoices/estimate/template/preview",
                         params={**alt(ghl), "templateId": estimate_template.json()["_id"]})
    assert preview.json()["name"] == "Standard"
    listed = client.get("/invoices/estimate/template", params={**alt(ghl), "limit": "10", "offset": "0"}).json()
    assert listed["totalCount"] == 1


def test_text2pay_sends_and_settings_read(ghl):
    contact = ghl.contact()
    body = {**alt(ghl), "name": "Quick pay", "currency": "USD", "liveMode": False, "action": "send",
            "userId": ghl.user_id, "issueDate": "2026-01-10", "sentTo": {"email": [], "phoneNo": [contact["phone"]]},
            "items": [{"name": "Fix", "currency": "USD", "amount": 75, "qty": 1}],
            "contactDetails": {"id": contact["id"], "name": "Ada", "phoneNo": contact["phone"],
                               "email": contact["email"]}}
    paid_by_text = ghl.client().post("/invoices/text2pay", json=body)
    assert paid_by_text.status_code == 200, paid_by_text.text
    answer = paid_by_text.json()
    assert (answer["invoice"]["status"], answer["invoice"]["total"]) == ("sent", 75)
    assert answer["invoiceUrl"].endswith(answer["invoice"]["_id"])
    settings = ghl.client().get("/invoices/settings", params=alt(ghl)).json()
    assert settings["altId"] == ghl.location_id
