"""The demo sandbox's invoices (one in every status) and estimate, as the API shows them."""

from __future__ import annotations


def test_the_demo_has_an_invoice_in_every_status_and_a_sent_estimate(small_demo):
    api, alt = small_demo.api, {"altId": small_demo.main, "altType": "location"}
    listed = api.get("/invoices/", params={**alt, "limit": "50", "offset": "0"}).json()
    by_status = {i["status"]: i for i in listed["invoices"]}
    assert sorted(by_status) == ["draft", "paid", "partially_paid", "sent", "void"]
    assert listed["total"] == small_demo.summary["invoices"] == 5
    partial = api.get(f"/invoices/{by_status['partially_paid']['_id']}", params=alt).json()
    assert (partial["total"], partial["amountPaid"], partial["amountDue"]) == (630, 200, 430)
    paid = api.get(f"/invoices/{by_status['paid']['_id']}", params=alt).json()
    assert (paid["amountPaid"], paid["amountDue"]) == (438, 0)
    estimates = api.get("/invoices/estimate/list", params={**alt, "limit": "10", "offset": "0"}).json()
    assert [(e["estimateStatus"], e["total"]) for e in estimates["estimates"]] == [("sent", 400)]
