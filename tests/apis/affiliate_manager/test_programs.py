"""The control plane's affiliate program (mock_server/apis/affiliate_manager/programs.py): the rules GHL's UI keeps
when campaigns, affiliates, commissions and payouts are made."""

from __future__ import annotations


def _seed(ghl, what: str, body: dict):
    return ghl.client().post(f"/_mock/locations/{ghl.location_id}/affiliate-manager/{what}", json=body)


def test_a_commission_is_earned_at_the_campaigns_rate(ghl):
    percent = ghl.affiliate_campaign(commission=10)
    fixed = ghl.affiliate_campaign(commission=15, commissionType="fixed")
    affiliate = ghl.affiliate(percent, campaignIds=[percent["id"], fixed["id"]])
    share = ghl.affiliate_commission(affiliate, amount=250)
    flat = ghl.affiliate_commission(affiliate, amount=250, campaignId=fixed["id"], qty=2)
    assert (share["commissionAmount"], share["commissionType"], share["campaign"]["name"]) == \
        (25, "percentage", percent["name"])
    assert (flat["commissionAmount"], flat["commissionType"]) == (30, "fixed")


def test_an_email_names_one_affiliate_per_location(ghl):
    ghl.affiliate(email="same@example.com")
    again = _seed(ghl, "affiliates", {"firstName": "Other", "email": "SAME@example.com"})
    assert (again.status_code, again.json()["message"]) == (400, "An affiliate with this email already exists")


def test_a_commission_needs_an_affiliate_of_the_campaign(ghl):
    affiliate, elsewhere = ghl.affiliate(), ghl.affiliate_campaign()
    refused = _seed(ghl, "commissions", {"affiliateId": affiliate["_id"], "campaignId": elsewhere["id"], "amount": 5})
    assert (refused.status_code, refused.json()["message"]) == (400, "The affiliate is not part of this campaign")
    unknown = _seed(ghl, "commissions", {"affiliateId": "nope", "campaignId": elsewhere["id"], "amount": 5})
    assert (unknown.status_code, unknown.json()["message"]) == (400, "Affiliate not found")
    listed = ghl.client().get(f"/affiliate-manager/{ghl.location_id}/commissions").json()
    assert listed["commissions"] == []


def test_a_pending_payout_is_owed_until_paid(ghl):
    affiliate = ghl.affiliate()
    ghl.affiliate_commission(affiliate, amount=100)
    payout = ghl.affiliate_payout(affiliate, paid=False)
    assert (payout["status"], "paidAt" in payout) == ("pending", False)
    read = ghl.client().get(f"/affiliate-manager/{ghl.location_id}/affiliates/{affiliate['_id']}").json()
    assert (read["paid"], read["owned"]) == (0, 20)
