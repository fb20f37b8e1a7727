"""The demo sandbox's order (paid with the welcome coupon, the mugs shipped), as the API shows it."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=6, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=2, blog_posts=1, conversations=1)


def test_the_demo_has_a_paid_order_partly_shipped_with_its_coupon():
    app = build_app(Settings(random_seed="payments-demo"))
    try:
        summary = load_demo(app.world, plan=SMALL)
        main = summary["mainLocationId"]
        token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"], location_id=main,
                                      scopes=None, kind="pit", expires_in=None, client_id=None, user_id=None,
                                      with_refresh=False)["access_token"]
        api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                           headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
        alt = {"altId": main, "altType": "location"}
        orders = api.get("/payments/orders", params={"altId": main}).json()
        assert orders["totalCount"] == summary["orders"] == 1
        order = api.get(f"/payments/orders/{orders['data'][0]['_id']}", params={"altId": main}).json()
        # 2 mugs at 14.50 and a small T-shirt at 22 = 51, 10 % off with WELCOME10
        assert (order["amount"], order["paymentStatus"], order["fulfillmentStatus"]) == (
            45.9, "paid", "partially_fulfilled")
        shipped = api.get(f"/payments/orders/{order['_id']}/fulfillments", params=alt).json()["data"]
        assert [(i["name"], i["qty"]) for f in shipped for i in f["items"]] == [("Default", 2)]
        coupon = api.get("/payments/coupon", params={**alt, "id": "", "code": "WELCOME10"}).json()
        assert coupon["usageCount"] == 1
    finally:
        app.world.close()
