"""The demo sandbox's invoices (one in every status) and estimate, as the API shows them."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=6, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=2, blog_posts=1, conversations=1)


def test_the_demo_has_an_invoice_in_every_status_and_a_sent_estimate():
    app = build_app(Settings(random_seed="invoices-demo"))
    try:
        summary = load_demo(app.world, plan=SMALL)
        main = summary["mainLocationId"]
        token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"], location_id=main,
                                      scopes=None, kind="pit", expires_in=None, client_id=None, user_id=None,
                                      with_refresh=False)["access_token"]
        api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                           headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
        alt = {"altId": main, "altType": "location"}
        listed = api.get("/invoices/", params={**alt, "limit": "50", "offset": "0"}).json()
        by_status = {i["status"]: i for i in listed["invoices"]}
        assert sorted(by_status) == ["draft", "paid", "partially_paid", "sent", "void"]
        assert listed["total"] == summary["invoices"] == 5
        partial = api.get(f"/invoices/{by_status['partially_paid']['_id']}", params=alt).json()
        assert (partial["total"], partial["amountPaid"], partial["amountDue"]) == (630, 200, 430)
        paid = api.get(f"/invoices/{by_status['paid']['_id']}", params=alt).json()
        assert (paid["amountPaid"], paid["amountDue"]) == (438, 0)
        estimates = api.get("/invoices/estimate/list", params={**alt, "limit": "10", "offset": "0"}).json()
        assert [(e["estimateStatus"], e["total"]) for e in estimates["estimates"]] == [("sent", 400)]
    finally:
        app.world.close()
