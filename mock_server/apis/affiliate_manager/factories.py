"""The ``ghl`` factories of the Affiliate Manager area: a campaign, its affiliates, their commissions and payouts
(seeded through the control plane: GHL's API only reads an affiliate program)."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class AffiliateFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def _affiliate_seed(self, what: str, body: dict[str, Any], factory: str) -> dict[str, Any]:
        return self.api("POST", f"/_mock/locations/{self.location_id}/affiliate-manager/{what}", body, what=factory)

    def affiliate_campaign(self, **overrides: Any) -> dict[str, Any]:
        """An affiliate campaign paying 20% of each referred sale; overrides: ``name``, ``commission``,
        ``commissionType`` ("percentage" | "fixed"), ``liveMode``."""
        with self.fake.draw("affiliate_campaign") as (faker, n):
            body = {"name": f"{faker.word().title()} referrals {n}", "commission": 20}
        return self._affiliate_seed("campaigns", body | overrides, "ghl.affiliate_campaign()")

    def affiliate(self, campaign: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """An active affiliate of ``campaign`` (a new campaign if none), as GHL's get-affiliate answers it;
        overrides: ``firstName``, ``lastName``, ``email``, ``active``, ``campaignIds`` ..."""
        campaign_id = ref_id(campaign) if campaign is not None else self.affiliate_campaign()["id"]
        with self.fake.draw("affiliate") as (faker, n):
            first, last = faker.first_name(), faker.last_name()
            body = {"firstName": first, "lastName": last, "email": self.fake.email(first, last, n),
                    "campaignIds": [campaign_id]}
        return self._affiliate_seed("affiliates", body | overrides, "ghl.affiliate()")

    def affiliate_commission(self, affiliate: dict[str, Any] | None = None, *, amount: float = 100,
                             status: str = "approved", **overrides: Any) -> dict[str, Any]:
        """A sale of ``amount`` referred by ``affiliate`` (a new one if none) in its first campaign, earning the
        campaign's commission; overrides: ``campaignId``, ``customer``, ``productName`` ..."""
        affiliate = affiliate if affiliate is not None else self.affiliate()
        with self.fake.draw("affiliate_commission") as (faker, n):
            customer = {"firstName": faker.first_name(), "lastName": faker.last_name(),
                        "email": f"customer{n}@example.com", "type": "customer"}
        body = {"affiliateId": affiliate["_id"], "campaignId": affiliate["campaignIds"][0], "amount": amount,
                "status": status, "customer": customer}
        return self._affiliate_seed("commissions", body | overrides, "ghl.affiliate_commission()")

    def affiliate_payout(self, affiliate: dict[str, Any], *, paid: bool = True, **overrides: Any) -> dict[str, Any]:
        """A payout settling ``affiliate``'s approved, unpaid commissions of its first campaign (``campaignId``
        overrides it); paid now unless ``paid=False``."""
        body = {"affiliateId": affiliate["_id"], "campaignId": affiliate["campaignIds"][0], "paid": paid}
        return self._affiliate_seed("payouts", body | overrides, "ghl.affiliate_payout()")
