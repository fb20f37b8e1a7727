"""Google Ads operations (ad-manager.json's Google part; its v3 twin ad-publishing-v3.json adds ``isDraft``
and camel-case geo fields, both accepted): the connection, conversions, segments, audiences, assets,
campaigns and their reporting. Answers: ``views.py``."""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_google import (
    accounts,
    assets,
    audiences,
    campaigns,
    catalog,
    conversions,
    models,
    reporting,
    segments,
    views,
)
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("ad-manager.json", tag="Google Ads")


def _ok(call: Call, data: Any) -> dict:
    return views.answer(data, v3=call.v3)


@api.get("/ad-publishing/google/reporting", "google-get-reporting", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetReportingQuery, tag="Google Reporting")
def google_get_reporting(call: Call) -> dict:
    q = call.query
    return _ok(call, reporting.report(call.tenant, q.fields, q.groupBy, q.startDate, q.endDate))


@api.get("/ad-publishing/google/reporting/list", "google-get-reporting-list", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleGetReportingListQuery, tag="Google Reporting")
def google_get_reporting_list(call: Call) -> dict:
    q = call.query
    return _ok(call, reporting.report_list(call.tenant, q.listType, q.startDate, q.endDate, q.campaignId))


@api.get("/ad-publishing/google/reporting/campaign/{campaignId}", "google-get-campaign-reporting",
         scopes="adPublishing.readonly", tokens=LOCATION, query=models.GoogleGetCampaignReportingQuery, tag="Google Reporting")
def google_get_campaign_reporting(call: Call) -> dict:
    q = call.query
    return _ok(call, reporting.campaign_report(call.tenant, call.path["campaignId"], q.startDate, q.endDate))


@api.get("/ad-publishing/google/conversions", "google-get-conversions", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetConversionsQuery)
def google_get_conversions(call: Call) -> dict:
    q = call.query
    return _ok(call, conversions.listing(call.tenant, conversion_type=q.conversionType, category=q.category,
                                          start=q.startDate, end=q.endDate))


@api.put("/ad-publishing/google/conversions", "google-upsert-conversion", scopes="adPublishing.write", tokens=LOCATION,
         body=models.UpsertConversionBody)
def google_upsert_conversion(call: Call) -> dict:
    return _ok(call, conversions.upsert(call.tenant, call.body))


@api.get("/ad-publishing/google/conversions/{conversionId}", "google-get-conversion-by-id",
         scopes="adPublishing.readonly", tokens=LOCATION, query=models.LocationQuery)
def google_get_conversion_by_id(call: Call) -> dict:
    return _ok(call, conversions.get(call.tenant, call.path["conversionId"]))


@api.delete("/ad-publishing/google/conversions/{conversionId}", "google-delete-conversion", scopes="adPublishing.write",
            tokens=LOCATION, query=models.LocationQuery)
def google_delete_conversion(call: Call) -> dict:
    return _ok(call, conversions.delete(call.tenant, call.path["conversionId"]))


@api.get("/ad-publishing/google/integration", "google-get-integration", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.LocationQuery, tag="Google Integration")
def google_get_integration(call: Call) -> dict:
    return _ok(call, accounts.integration(call.tenant))


@api.post("/ad-publishing/google/integration", "google-create-integration", scopes="adPublishing.write",
          tokens=LOCATION, body=models.CreateGoogleIntegrationBody, status=201, tag="Google Integration")
def google_create_integration(call: Call) -> dict:
    return _ok(call, accounts.integrate(call.tenant, call.body.adAccountId, call.body.mccId))


@api.get("/ad-publishing/google/me", "google-get-current-user", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.LocationQuery, tag="Google Integration")
def google_get_current_user(call: Call) -> dict:
    return _ok(call, accounts.current_user(call.tenant))


@api.get("/ad-publishing/google/ad-accounts", "google-get-ad-accounts", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetAdAccountsQuery, tag="Google Integration")
def google_get_ad_accounts(call: Call) -> dict:
    q = call.query
    return _ok(call, accounts.ad_accounts(call.tenant, q.type))


@api.get("/ad-publishing/google/ad-accounts/{adAccountId}", "google-get-ad-account-details",
         scopes="adPublishing.readonly", tokens=LOCATION, query=models.LocationQuery, tag="Google Integration")
def google_get_ad_account_details(call: Call) -> dict:
    return _ok(call, accounts.ad_account(call.tenant, call.path["adAccountId"]))


@api.delete("/ad-publishing/google/ad-accounts/{adAccountId}", "google-delete-ad-account", scopes="adPublishing.write",
            tokens=LOCATION, body=models.LocationIdBody, tag="Google Integration")
def google_delete_ad_account(call: Call) -> dict:
    return _ok(call, accounts.remove_ad_account(call.tenant, call.path["adAccountId"]))


@api.post("/ad-publishing/google/ads/{adId}/publish", "google-publish-ad", scopes="adPublishing.write", tokens=LOCATION,
          status=201)
def google_publish_ad(call: Call) -> dict:
    return _ok(call, campaigns.publish(call.tenant, call.path["adId"]))


@api.get("/ad-publishing/google/targeting/search", "google-search-targeting", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleSearchTargetingQuery)
def google_search_targeting(call: Call) -> dict:
    q = call.query
    return _ok(call, catalog.search(q.type, q.query))


@api.post("/ad-publishing/google/keyword-ideas", "google-get-keyword-ideas", scopes="adPublishing.readonly",
          tokens=LOCATION, query=models.LocationQuery, body=models.KeywordSuggestionBody, status=201)
def google_get_keyword_ideas(call: Call) -> dict:
    b = call.body
    return _ok(call, catalog.keyword_ideas(b.url, b.keywords, b.languageCode, b.locations))


@api.get("/ad-publishing/google/assets", "google-get-assets", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetAssetsQuery)
def google_get_assets(call: Call) -> dict:
    q = call.query
    return _ok(call, assets.listing(call.tenant, q.type, q.id))


@api.post("/ad-publishing/google/assets", "google-upsert-assets", scopes="adPublishing.write", tokens=LOCATION,
          body=models.UpsertAssetsBody, status=201)
def google_upsert_assets(call: Call) -> dict:
    return _ok(call, assets.upsert(call.tenant, call.body))


@api.get("/ad-publishing/google/entity", "google-get-entity", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetEntityQuery)
def google_get_entity(call: Call) -> dict:
    q = call.query
    rows = campaigns.entities(call.tenant, q.type, q.entityType, campaign_id=q.campaignId, ad_group_id=q.adGroupId,
                              search=q.searchId, account_id=q.selectedAdAccountId)
    return _ok(call, reporting.with_metrics(call.tenant, rows, q.entityType, q.startDate, q.endDate))


@api.get("/ad-publishing/google/target-interests", "google-get-target-interests", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleGetTargetInterestsQuery)
def google_get_target_interests(call: Call) -> dict:
    q = call.query
    return _ok(call, catalog.interests(q.type, q.advertisingChannelType))


@api.get("/ad-publishing/google/segments", "google-get-segments", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetSegmentsQuery)
def google_get_segments(call: Call) -> dict:
    q = call.query
    return _ok(call, segments.listing(call.tenant, q.type))


@api.put("/ad-publishing/google/segments", "google-upsert-segment", scopes="adPublishing.write", tokens=LOCATION,
         query=models.GoogleUpsertSegmentQuery, body=models.UpsertSegmentBody)
def google_upsert_segment(call: Call) -> dict:
    q = call.query
    return _ok(call, segments.upsert(call.tenant, q.type, call.body))


@api.delete("/ad-publishing/google/segments/{segmentId}", "google-delete-segment", scopes="adPublishing.write",
            tokens=LOCATION, query=models.GoogleDeleteSegmentQuery)
def google_delete_segment(call: Call) -> dict:
    q = call.query
    return _ok(call, segments.delete(call.tenant, call.path["segmentId"], q.type))


@api.get("/ad-publishing/google/segments/{segmentId}", "google-get-segment-by-id", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleDeleteSegmentQuery)
def google_get_segment_by_id(call: Call) -> dict:
    q = call.query
    return _ok(call, segments.get(call.tenant, call.path["segmentId"], q.type))


@api.post("/ad-publishing/google/segments/offline-user-list-job", "google-create-offline-user-list-job",
          scopes="adPublishing.write", tokens=LOCATION, body=models.CreateOfflineUserListJobBody, status=201)
def google_create_offline_user_list_job(call: Call) -> dict:
    return _ok(call, segments.upload_contacts(call.tenant, call.body))


@api.put("/ad-publishing/google/audiences", "google-upsert-audience", scopes="adPublishing.write", tokens=LOCATION,
         body=models.UpsertAudienceBody)
def google_upsert_audience(call: Call) -> dict:
    return _ok(call, audiences.upsert(call.tenant, call.body))


@api.get("/ad-publishing/google/audiences", "google-get-audiences", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.LocationQuery)
def google_get_audiences(call: Call) -> dict:
    return _ok(call, audiences.listing(call.tenant))


@api.get("/ad-publishing/google/audiences/{audienceId}", "google-get-audience-by-id", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.LocationQuery)
def google_get_audience_by_id(call: Call) -> dict:
    return _ok(call, audiences.get(call.tenant, call.path["audienceId"]))


@api.put("/ad-publishing/google/ads", "google-upsert-campaign", scopes="adPublishing.write", tokens=LOCATION,
         body=models.CampaignBody)
def google_upsert_campaign(call: Call) -> dict:
    return _ok(call, campaigns.upsert(call.tenant, call.body))


@api.get("/ad-publishing/google/ads/{adId}", "google-get-campaign-by-id", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.LocationQuery)
def google_get_campaign_by_id(call: Call) -> dict:
    return _ok(call, campaigns.get(call.tenant, call.path["adId"]))


@api.get("/ad-publishing/google/conversion-goals", "google-get-conversion-goals", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.LocationQuery)
def google_get_conversion_goals(call: Call) -> dict:
    return _ok(call, conversions.goals(call.tenant))
