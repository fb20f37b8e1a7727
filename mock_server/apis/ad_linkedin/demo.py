"""The LinkedIn Ads area's part of the demo (``Area.demo``): the main location connected to LinkedIn with its
first ad account, a lead form, a published lead-generation campaign group (reporting shows its figures from
today on) and a website-visit draft."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

BASE = "/ad-publishing/linkedin"
UNITED_STATES = {"name": "United States", "urn": "urn:li:geo:103644278",
                 "facetUrn": "urn:li:adTargetingFacet:locations", "selectionType": "include"}


def text(value: str) -> dict[str, Any]:
    """LinkedIn's localized string, in US English."""
    return {"localized": {"en_US": value}}


def lead_form(account_id: str, name: str) -> dict[str, Any]:
    """A lead gen form body: one e-mail question, a thank-you and a privacy policy."""
    return {"owner": {"sponsoredAccount": f"urn:li:sponsoredAccount:{account_id}"},
            "creationLocale": {"country": "US", "language": "en"}, "name": name, "state": "PUBLISHED",
            "content": {"headline": text(name),
                        "questions": [{"name": "email", "question": text("Email"), "predefinedField": "EMAIL",
                                       "questionDetails": {"textQuestionDetails": {}}}],
                        "postSubmissionInfo": {"message": text("Thanks!"), "callToAction": {
                            "callToActionLabel": "LEARN_MORE",
                            "callToActionTarget": {"landingPageUrl": "https://example.com/thanks"}}},
                        "legalInfo": {"consents": [], "privacyPolicyUrl": "https://example.com/privacy"}}}


def campaign_group(location_id: str, name: str, objective: str, *, form_id: str | None = None,
                   amount: float = 50) -> dict[str, Any]:
    """An upsert body of a group ready to publish: one campaign, one ad (to a lead form or a web page)."""
    ad = {"name": f"{name} ad", "headline": name, "introductoryText": f"{name}: see what is new.",
          "callToActionLabel": "LEARN_MORE"}
    ad |= {"destinationFormId": form_id} if form_id else {"destinationUrl": "https://example.com/offer"}
    return {"locationId": location_id, "name": name, "objectiveType": objective,
            "adBudgetOptimization": "MAXIMUM_DELIVERY", "budget": {"budgetType": "DAILY", "amount": amount},
            "adCampaigns": [{"name": f"{name} campaign", "locale": {"country": "US", "language": "en"},
                             "mediaType": "STANDARD_UPDATE", "unitCost": {"amount": 4.5},
                             "audience": {"geoLocations": [UNITED_STATES]}, "ads": [ad]}]}


def load(demo: DemoLoader) -> None:
    token, location = demo.main_token, demo.main
    connection = demo.seed(location, "ad-publishing/linkedin/connection", {})
    account = connection["adAccounts"][0]
    demo.call("POST", f"{BASE}/integration", token=token, json={
        "locationId": location, "adAccountId": account["id"], "adAccountName": account["name"],
        "currencyCode": account["currency"], "organizationId": account["organizationId"]})
    form = demo.call("POST", f"{BASE}/{account['id']}/form", token=token, params={"locationId": location},
                     json=lead_form(account["id"], "Demo request"))
    live = demo.call("PUT", f"{BASE}/ads", token=token,
                     json=campaign_group(location, "Spring leads", "LEAD_GENERATION", form_id=form["id"]))
    demo.call("POST", f"{BASE}/ads/{live['id']}/publish", token=token, json={"locationId": location})
    demo.call("PUT", f"{BASE}/ads", token=token, json=campaign_group(location, "Website visits", "WEBSITE_VISIT"))
    demo.summary["linkedinCampaignGroups"] = 2
