"""LinkedIn Ads operations (ad-manager.json's ``li-`` operations; ad-publishing-v3.json adds ``isDraft``)."""

from __future__ import annotations

from mock_server.apis.ad_linkedin import campaign_groups, integration, lead_forms, models, reporting, targeting
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("ad-manager.json", tag="LinkedIn Ads")
READ, WRITE = "adPublishing.readonly", "adPublishing.write"


@api.get("/ad-publishing/linkedin/integration", "li-get-integration", scopes=READ, tokens=LOCATION,
         query=models.LiGetIntegrationQuery, response=models.IntegrationResponse)
def li_get_integration(call: Call) -> dict:
    return integration.get_integration(call.tenant, call.query.isDraft)


@api.post("/ad-publishing/linkedin/integration", "li-create-integration", scopes=WRITE, tokens=LOCATION,
          body=models.CreateLinkedinIntegrationBody, response=models.IntegrationResponse, status=201)
def li_create_integration(call: Call) -> dict:
    return integration.create_integration(call.tenant, call.body)


@api.get("/ad-publishing/linkedin/ad-accounts", "li-get-ad-accounts", scopes=READ, tokens=LOCATION,
         query=models.LiGetIntegrationQuery, response=models.AdAccountsResponse)
def li_get_ad_accounts(call: Call) -> dict:
    return integration.ad_accounts(call.tenant, call.query.isDraft)


@api.get("/ad-publishing/linkedin/ad-account", "li-get-ad-account-details", scopes=READ, tokens=LOCATION,
         query=models.LiGetAdAccountDetailsQuery, response=models.AdAccountResponse)
def li_get_ad_account_details(call: Call) -> dict:
    return integration.ad_account(call.tenant, call.query.adAccountId)


@api.delete("/ad-publishing/linkedin/ad-account", "li-delete-ad-account", scopes=WRITE, tokens=LOCATION,
            query=models.LiGetAdAccountDetailsQuery, response=models.RemoveAdAccountResponse)
def li_delete_ad_account(call: Call) -> dict:
    return integration.remove_ad_account(call.tenant, call.query.adAccountId)


@api.get("/ad-publishing/linkedin/me", "li-get-current-user", scopes=READ, tokens=LOCATION,
         query=models.LiGetIntegrationQuery, response=models.CurrentUserResponse)
def li_get_current_user(call: Call) -> dict:
    return integration.current_user(call.tenant, call.query.isDraft)


@api.get("/ad-publishing/linkedin/ads/{adId}", "li-get-campaign-group", scopes=READ, tokens=LOCATION,
         query=models.LiGetCampaignGroupQuery, response=models.CampaignGroupResponse)
def li_get_campaign_group(call: Call) -> dict:
    return campaign_groups.view(call.tenant, campaign_groups.get_group(call.tenant, call.path["adId"]))


@api.post("/ad-publishing/linkedin/ads/{adId}/publish", "li-publish-campaign-group", scopes=WRITE, tokens=LOCATION,
          body=models.LocationIdBody, response=models.CampaignGroupResponse, status=201)
def li_publish_campaign_group(call: Call) -> dict:
    return campaign_groups.publish(call.tenant, call.path["adId"])


@api.put("/ad-publishing/linkedin/ads", "li-upsert-campaign-group", scopes=WRITE, tokens=LOCATION,
         body=models.AdCampaignGroupDataBody, response=models.CampaignGroupResponse)
def li_upsert_campaign_group(call: Call) -> dict:
    return campaign_groups.upsert(call.tenant, sent_fields(call.body))


@api.get("/ad-publishing/linkedin/targeting/search", "li-search-targeting", scopes=READ, tokens=LOCATION,
         query=models.LiSearchTargetingQuery, response=models.TargetingResponse)
def li_search_targeting(call: Call) -> dict:
    return targeting.search(call.tenant, call.query.facet, call.query.query)


@api.get("/ad-publishing/linkedin/{accountId}/forms", "li-get-lead-forms", scopes=READ, tokens=LOCATION,
         query=models.LiGetIntegrationQuery, response=models.LeadFormsResponse)
def li_get_lead_forms(call: Call) -> dict:
    return lead_forms.list_forms(call.tenant, call.path["accountId"], call.query.isDraft)


@api.post("/ad-publishing/linkedin/{accountId}/form", "li-create-lead-form", scopes=WRITE, tokens=LOCATION,
          query=models.LiGetIntegrationQuery, body=models.LinkedInCreateLeadFormBody,
          response=models.LeadFormResponse, status=201)
def li_create_lead_form(call: Call) -> dict:
    return lead_forms.create_form(call.tenant, call.path["accountId"], sent_fields(call.body), call.query.isDraft)


@api.operation("PATCH", "/ad-publishing/linkedin/{adId}/status", "li-update-ad-status", scopes=WRITE,
               tokens=LOCATION, query=models.LiGetIntegrationQuery, body=models.LinkedInUpdateAdStatusBody,
               response=models.CampaignGroupResponse)
def li_update_ad_status(call: Call) -> dict:
    return campaign_groups.update_status(call.tenant, call.path["adId"], call.body.operationType, call.body.type)


@api.get("/ad-publishing/linkedin/reporting", "li-get-ad-analytics", scopes=READ, tokens=LOCATION,
         query=models.LiGetAdAnalyticsQuery, response=models.AnalyticsResponse)
def li_get_ad_analytics(call: Call) -> dict:
    return reporting.analytics(call.tenant, call.query)


@api.get("/ad-publishing/linkedin/reporting/list", "li-get-reporting-list", scopes=READ, tokens=LOCATION,
         query=models.LiGetReportingListQuery, response=models.ReportingListResponse)
def li_get_reporting_list(call: Call) -> dict:
    return reporting.reporting_list(call.tenant, call.query)


@api.get("/ad-publishing/linkedin/reporting/campaign-group/{campaignGroupId}", "li-get-campaign-group-reporting",
         scopes=READ, tokens=LOCATION, query=models.LiGetCampaignGroupReportingQuery,
         response=models.CampaignGroupReportResponse)
def li_get_campaign_group_reporting(call: Call) -> dict:
    return reporting.group_report(call.tenant, call.path["campaignGroupId"], call.query)
