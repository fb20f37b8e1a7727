"""The Affiliate Manager area's part of the demo (``Area.demo``): a referral campaign of the main location, two
affiliates, the sales they referred and a payout (seeded: GHL's API only reads an affiliate program)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

AFFILIATES = (("Maya", "Lopez", "maya.lopez@partners.example.com", (120, 80, 200)),
              ("Tom", "Becker", "tom.becker@partners.example.com", (60,)))


def load(demo: DemoLoader) -> None:
    base = "affiliate-manager"
    campaign = demo.seed(demo.main, f"{base}/campaigns", {"name": "Partner referrals", "commission": 25})
    commissions = 0
    for first, last, email, sales in AFFILIATES:
        affiliate = demo.seed(demo.main, f"{base}/affiliates", {"firstName": first, "lastName": last,
                                                                "email": email, "campaignIds": [campaign["id"]]})
        for n, amount in enumerate(sales):
            demo.seed(demo.main, f"{base}/commissions", {
                "affiliateId": affiliate["_id"], "campaignId": campaign["id"], "amount": amount,
                "status": "approved", "productName": "Growth plan",
                "customer": {"firstName": "Customer", "lastName": f"{n + 1} of {first}",
                             "email": f"referred{n + 1}.{first.lower()}@example.com"}})
            commissions += 1
    # the first affiliate's commissions are paid out; the second's are still owed
    first_affiliate = demo.call("GET", f"/affiliate-manager/{demo.main}/affiliates", token=demo.main_token,
                                params={"query": AFFILIATES[0][2]})["affiliates"][0]
    demo.seed(demo.main, f"{base}/payouts", {"affiliateId": first_affiliate["_id"], "campaignId": campaign["id"],
                                             "paid": True})
    demo.summary.update(affiliates=len(AFFILIATES), affiliateCommissions=commissions, affiliatePayouts=1)
