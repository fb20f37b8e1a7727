"""The ``ghl`` factories of the Facebook campaigns area."""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_facebook_campaigns.demo import AD, ADSET
from mock_server.testing.factories import Factories, RecordRefused, Ref, ref_id

BASE = "/ad-publishing/facebook"


class FacebookCampaignFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def facebook_campaign(self, **overrides: Any) -> dict[str, Any]:
        """A draft Facebook lead campaign of this location (PUT /ad-publishing/facebook/campaigns), in the ad
        account of its Facebook integration (``facebook_integration()`` first when the location has none)."""
        self._facebook_integration()
        with self.fake.draw("facebook_campaign") as (faker, _):
            body = {"locationId": self.location_id, "name": f"{faker.catch_phrase()} campaign",
                    "objective": "OUTCOME_LEADS", "specialAdCategories": ["NONE"]}
        return self.api("PUT", f"{BASE}/campaigns", body | overrides, what="ghl.facebook_campaign()")

    def facebook_adset(self, campaign: Ref | None = None, **overrides: Any) -> dict[str, Any]:
        """A draft ad set of ``campaign`` (a new draft campaign if none), ready to publish: page, budget, audience."""
        campaign_id = ref_id(campaign) if campaign is not None else self.facebook_campaign()["id"]
        page = {"pageId": self._facebook_integration()["fbDefaultPageId"]}
        body = {"locationId": self.location_id, "campaignId": campaign_id, **ADSET, **page}
        return self.api("PUT", f"{BASE}/adsets", body | overrides, what="ghl.facebook_adset()")

    def facebook_ad(self, adset: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
        """A draft ad of ``adset`` (as answered: it names its campaign; a new ad set of a new campaign if none)."""
        adset = adset if adset is not None else self.facebook_adset()
        body = {"locationId": self.location_id, "campaignId": adset["campaignId"], "adsetId": adset["id"], **AD}
        return self.api("PUT", f"{BASE}/ads", body | overrides, what="ghl.facebook_ad()")

    def facebook_published_campaign(self, **overrides: Any) -> dict[str, Any]:
        """A campaign with one ad set holding one ad, published to Meta; answered as GET campaign reads it."""
        campaign = self.facebook_campaign(**overrides)
        self.facebook_ad(self.facebook_adset(campaign))
        self.api("POST", f"{BASE}/campaigns/{campaign['id']}/publish", {"locationId": self.location_id},
                 what="ghl.facebook_published_campaign()")
        return self.api("GET", f"{BASE}/campaign/{campaign['id']}", params={"locationId": self.location_id})

    def _facebook_integration(self) -> dict[str, Any]:
        """The location's connected Facebook integration, connected now if it is not."""
        try:
            read = self.api("GET", f"{BASE}/integration", params={"locationId": self.location_id})
        except RecordRefused:
            read = {}
        return read if read.get("status") == "connected" and read.get("fbAdAccountId") else self.facebook_integration()

    def facebook_custom_audience(self, **fields: Any) -> dict[str, Any]:
        """A custom audience of this location's Facebook ad account (``POST /_mock/locations/{id}/facebook/
        custom-audiences``: GHL's API cannot create one), in its integration's ad account unless ``adAccountId``
        names another of the location's."""
        self._facebook_integration()
        with self.fake.draw("facebook_custom_audience") as (faker, _):
            body = {"name": f"{faker.word().title()} customers", **fields}
        return self.api("POST", f"/_mock/locations/{self.location_id}/facebook/custom-audiences", body,
                        what="ghl.facebook_custom_audience()")
