"""Affiliate Manager (affiliate-manager.json): what GHL's API reads of an affiliate program, seeded by the
control plane (mock_server/apis/affiliate_manager/programs.py), filtered, paged and kept to its location."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

SCOPE = "affiliate-manager.readonly"


def _base(ghl) -> str:
    return f"/affiliate-manager/{ghl.location_id}"


def test_a_seeded_affiliate_is_listed_and_read_with_its_earnings(ghl):
    ghl.freeze(datetime(2024, 6, 16, tzinfo=UTC))
    campaign = ghl.affiliate_campaign(name="Summer Promo", commission=25)
    affiliate = ghl.affiliate(campaign, firstName="John", lastName="Doe", email="John.Doe@Example.com")
    ghl.affiliate_commission(affiliate, amount=100)
    ghl.affiliate_commission(affiliate, amount=300)
    ghl.affiliate_commission(affiliate, amount=50, status="declined")
    api = ghl.client()

    read = api.get(f"{_base(ghl)}/affiliates/{affiliate['_id']}")
    assert read.status_code == 200
    got = read.json()
    assert (got["_id"], got["email"], got["locationId"], got["campaignIds"], got["active"]) == \
        (affiliate["_id"], "john.doe@example.com", ghl.location_id, [campaign["id"]], True)
    # 25% of the 400 of sales not declined is owed; nothing is paid yet
    assert (got["revenue"], got["customer"], got["owned"], got["paid"], got["currency"]) == (400, 2, 100, 0, "USD")

    listed = api.get(f"{_base(ghl)}/affiliates").json()
    assert listed["meta"] == {"count": 1} and [a["_id"] for a in listed["affiliates"]] == [affiliate["_id"]]
    assert listed["affiliates"][0]["owned"] == 100


def test_a_payout_settles_the_approved_commissions_it_pays(ghl):
    affiliate = ghl.affiliate()
    first = ghl.affiliate_commission(affiliate, amount=100)
    second = ghl.affiliate_commission(affiliate, amount=200)
    pending = ghl.affiliate_commission(affiliate, amount=500, status="pending")
    payout = ghl.affiliate_payout(affiliate)
    assert (payout["amount"], payout["status"], payout["affiliateEmail"]) == (60, "paid", affiliate["email"])
    api = ghl.client()

    commissions = api.get(f"{_base(ghl)}/commissions", params={"affiliateId": affiliate["_id"]}).json()
    by_id = {c["_id"]: c for c in commissions["commissions"]}
    assert commissions["meta"]["count"] == 3
    assert [by_id[c["_id"]]["payoutId"] for c in (first, second)] == [payout["_id"]] * 2
    assert [by_id[c["_id"]]["status"] for c in (first, second, pending)] == ["paid", "paid", "pending"]
    assert "payoutId" not in by_id[pending["_id"]]

    earned = api.get(f"{_base(ghl)}/affiliates/{affiliate['_id']}").json()
    assert (earned["paid"], earned["owned"]) == (60, 0)
    payouts = api.get(f"{_base(ghl)}/payouts").json()
    assert payouts["meta"] == {"count": 1}
    listed = payouts["payouts"][0]
    assert (listed["_id"], listed["affiliate"]["_id"], listed["campaign"]) == \
        (payout["_id"], affiliate["_id"], payout["campaign"])

    # nothing left to pay: the control plane refuses a second payout
    again = ghl.client().post(f"/_mock/locations/{ghl.location_id}/affiliate-manager/payouts",
                              json={"affiliateId": affiliate["_id"], "campaignId": affiliate["campaignIds"][0]})
    assert again.status_code == 400


def test_the_listings_filter_and_page(ghl):
    ghl.freeze(datetime(2024, 1, 10, tzinfo=UTC))
    summer, winter = ghl.affiliate_campaign(name="Summer"), ghl.affiliate_campaign(name="Winter")
    old = ghl.affiliate(summer, firstName="Ada", email="ada@example.com")
    ghl.freeze(datetime(2024, 3, 10, tzinfo=UTC))
    new = ghl.affiliate(winter, firstName="Bob", email="bob@example.com", active=False)
    ghl.affiliate_commission(old, amount=10, status="pending")
    ghl.affiliate_commission(new, amount=20, customer={"email": "carol@buyer.example.com"})
    api = ghl.client()

    def ids(what, **params):
        answer = api.get(f"{_base(ghl)}/{what}", params=params)
        assert answer.status_code == 200, answer.text
        return [r["_id"] for r in answer.json()[what]]

    assert ids("affiliates") == [new["_id"], old["_id"]]  # newest first
    assert ids("affiliates", active="true") == [old["_id"]]
    assert ids("affiliates", active="false") == [new["_id"]]
    assert ids("affiliates", campaignId=winter["id"]) == [new["_id"]]
    assert ids("affiliates", query="ADA") == [old["_id"]]
    assert ids("affiliates", fromDate="2024-03-10", toDate="2024-03-10") == [new["_id"]]
    assert ids("affiliates", toDate="2024-02-01T00:00:00.000Z") == [old["_id"]]
    assert ids("affiliates", skip=1, limit=1) == [old["_id"]]
    assert len(ids("commissions")) == 2
    assert ids("commissions", status="pending") == ids("commissions", affiliateId=old["_id"])
    assert len(ids("commissions", query="carol@buyer")) == 1
    assert ids("commissions", campaignId=summer["id"]) == ids("commissions", query="ada@example.com")


@pytest.mark.ghl_allow_violations("invalid_value")
def test_bad_paging_and_dates_get_ghl_errors(ghl):
    api = ghl.client()
    over = api.get(f"{_base(ghl)}/affiliates", params={"limit": 101})
    assert over.status_code == 422
    bad_date = api.get(f"{_base(ghl)}/commissions", params={"fromDate": "last tuesday"})
    assert (bad_date.status_code, bad_date.json()["message"]) == (400, "fromDate must be a valid ISO 8601 date string")
    assert api.get(f"{_base(ghl)}/affiliates", params={"active": "yes"}).status_code == 422


def test_an_unknown_affiliate_is_a_400(ghl):
    answer = ghl.client().get(f"{_base(ghl)}/affiliates/nope")
    assert (answer.status_code, answer.json()["message"]) == (400, "Affiliate not found")


def test_another_location_sees_none_of_it(ghl):
    affiliate, second = ghl.affiliate(), ghl.location()["id"]
    theirs = ghl.client(token=ghl.token(location_id=second))
    listed = theirs.get(f"/affiliate-manager/{second}/affiliates").json()
    assert (listed["affiliates"], listed["meta"]) == ([], {"count": 0})
    assert theirs.get(f"/affiliate-manager/{second}/affiliates/{affiliate['_id']}").status_code == 403
    assert theirs.get(f"{_base(ghl)}/affiliates").status_code == 403
    assert theirs.get(f"{_base(ghl)}/commissions").status_code == 403


def test_a_token_without_the_scope_gets_ghl_401(ghl):
    ghl.affiliate()
    api = ghl.client(token=ghl.token(scopes=["contacts.readonly"]))
    for what in ("affiliates", "payouts", "commissions"):
        answer = api.get(f"{_base(ghl)}/{what}")
        assert (answer.status_code, answer.json()["message"]) == (401, "The token is not authorized for this scope.")
    assert ghl.client(token=ghl.token(scopes=[SCOPE])).get(f"{_base(ghl)}/affiliates").status_code == 200


def test_a_date_past_year_9999_is_a_400_not_a_crash(ghl):
    answer = ghl.client().get(f"{_base(ghl)}/payouts", params={"end": "9999-12-31T23:59:59-01:00"})
    assert (answer.status_code, answer.json()["message"]) == (400, "end must be a valid ISO 8601 date string")
