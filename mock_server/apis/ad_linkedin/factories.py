"""The ``ghl`` factories of the LinkedIn Ads area: a LinkedIn connection, its integration, lead forms and
campaign groups."""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_linkedin.demo import BASE, campaign_group, lead_form
from mock_server.testing.factories import Factories, RecordRefused


class LinkedInAdFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def linkedin_connection(self, **body: Any) -> dict[str, Any]:
        """Connect LinkedIn at this location as GHL's OAuth does (``POST /_mock/locations/{id}/ad-publishing/
        linkedin/connection``, body as given: ``member``, ``adAccounts``); answers the draft integration with its
        ``adAccounts``."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/ad-publishing/linkedin/connection", body,
                        what="ghl.linkedin_connection()")

    def linkedin_integration(self, ad_account_id: str | None = None) -> dict[str, Any]:
        """This location's LinkedIn integration with an ad account (``ad_account_id``, else the connection's
        first), connecting LinkedIn first if it is not; answers the integration."""
        try:
            existing = self.api("GET", f"{BASE}/integration", params={"locationId": self.location_id})
        except RecordRefused:
            existing = None
        if existing and not existing["isDraft"] and ad_account_id in (None, existing["adAccountId"]):
            return existing
        accounts = self.api("GET", f"{BASE}/ad-accounts", params={"locationId": self.location_id})["elements"] \
            if existing else self.linkedin_connection()["adAccounts"]
        account = next(a for a in accounts if ad_account_id in (None, a["id"]))
        return self.api("POST", f"{BASE}/integration", {
            "locationId": self.location_id, "adAccountId": account["id"], "adAccountName": account["name"],
            "currencyCode": account["currency"], "organizationId": account["organizationId"]},
            what="ghl.linkedin_integration()")

    def linkedin_lead_form(self, **overrides: Any) -> dict[str, Any]:
        """A lead gen form on the integration's ad account (the integration made if there is none)."""
        account_id = self.linkedin_integration()["adAccountId"]
        with self.fake.draw("linkedin_lead_form") as (faker, n):
            body = lead_form(account_id, f"{faker.catch_phrase()} ({n})")
        return self.api("POST", f"{BASE}/{account_id}/form", body | overrides,
                        params={"locationId": self.location_id}, what="ghl.linkedin_lead_form()")

    def linkedin_campaign_group(self, *, publish: bool = False, objective: str = "WEBSITE_VISIT",
                                **overrides: Any) -> dict[str, Any]:
        """A campaign group with one campaign and one ad, ready to publish (a lead form made for a
        ``LEAD_GENERATION`` one), published if ``publish``; answers the group."""
        self.linkedin_integration()
        form_id = self.linkedin_lead_form()["id"] if objective == "LEAD_GENERATION" else None
        with self.fake.draw("linkedin_campaign_group") as (faker, n):
            body = campaign_group(self.location_id, f"{faker.bs().capitalize()} ({n})", objective, form_id=form_id)
        group = self.api("PUT", f"{BASE}/ads", body | overrides, what="ghl.linkedin_campaign_group()")
        if publish:
            group = self.api("POST", f"{BASE}/ads/{group['id']}/publish", {"locationId": self.location_id},
                             what="ghl.linkedin_campaign_group(publish=True)")
        return group
