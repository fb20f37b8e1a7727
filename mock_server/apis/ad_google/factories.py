"""The ``ghl`` factories of the Google Ads area."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories

_BASE = "/ad-publishing/google"


class GoogleAdsFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def google_ads_connection(self, *, integrated: bool = True, **overrides: Any) -> dict[str, Any]:
        """This location connected to a Google user reaching a manager account and a client account under it
        (``POST /_mock/locations/{id}/google-ads/connection``); ``integrated``: the client account is the one
        the location works in. Answers the user, the accounts and the integration."""
        with self.fake.draw("google_ads_connection") as (faker, n):
            client, manager = f"{1_000_000_000 + n * 7919:010d}", f"{9_000_000_000 + n * 7919:010d}"
            body = {"email": faker.email(), "name": faker.name(),
                    "adAccounts": [{"id": client, "name": f"{faker.company()} Ads", "managerId": manager},
                                   {"id": manager, "name": f"{faker.company()} Manager", "manager": True}],
                    **({"integratedAccountId": client} if integrated else {})}
        return self.api("POST", f"/_mock/locations/{self.location_id}/google-ads/connection", body | overrides,
                        what="ghl.google_ads_connection()")

    def google_campaign(self, *, publish: bool = False, **overrides: Any) -> dict[str, Any]:
        """A search campaign of this location with one ad group and one responsive search ad (``PUT /ads``),
        published to the integrated account with ``publish`` (connect one first: ``ghl.google_ads_connection()``)."""
        with self.fake.draw("google_campaign") as (faker, n):
            word = faker.word()
            body = {"locationId": self.location_id, "name": f"{faker.company()} search {n}",
                    "advertisingChannelType": "SEARCH", "budget": {"budgetType": "DAILY", "amount": 25},
                    "networkSettings": {"targetSearchNetwork": True, "targetContentNetwork": False},
                    "adGroups": [{"name": f"{word} group", "keywords": {
                        "positives": [{"keyword": word, "matchType": "PHRASE"}]}, "adContent": [{
                            "name": f"{word} ad", "headlines": [f"Best {word}", f"{word} today", f"Cheap {word}"],
                            "descriptions": [f"All about {word}.", "Call us now."],
                            "finalUrl": faker.url()}]}]}
        campaign = self.api("PUT", f"{_BASE}/ads", body | overrides, what="ghl.google_campaign()")["data"]
        if publish:
            campaign = self.api("POST", f"{_BASE}/ads/{campaign['id']}/publish",
                                what="ghl.google_campaign(publish=True)")["data"]
        return campaign

    def google_segment(self, segment_type: str = "CUSTOMER_MATCH", **overrides: Any) -> dict[str, Any]:
        """A segment of this location's integrated account (``PUT /segments?type=``): a customer-match list by
        default, a keyword custom segment for ``CUSTOM_SEGMENTS``."""
        with self.fake.draw("google_segment") as (faker, n):
            body: dict[str, Any] = {"name": f"{faker.word()} segment {n}"}
            if segment_type == "CUSTOM_SEGMENTS":
                body["members"] = [{"memberType": "KEYWORD", "keyword": faker.word()}]
        return self.api("PUT", f"{_BASE}/segments", body | overrides,
                        params={"locationId": self.location_id, "type": segment_type},
                        what="ghl.google_segment()")["data"]
