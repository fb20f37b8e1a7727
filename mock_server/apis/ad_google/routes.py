"""Google Ads operations (ad-manager.json)."""

from __future__ import annotations

from mock_server.apis.ad_google import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("ad-manager.json", tag="Google Ads")


@api.get("/ad-publishing/google/reporting", "google-get-reporting", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetReportingQuery)
@unwritten
def google_get_reporting(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/reporting/list", "google-get-reporting-list", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleGetReportingListQuery)
@unwritten
def google_get_reporting_list(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/reporting/campaign/{campaignId}", "google-get-campaign-reporting",
         scopes="adPublishing.readonly", tokens=LOCATION, query=models.GoogleGetCampaignReportingQuery)
@unwritten
def google_get_campaign_reporting(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/conversions", "google-get-conversions", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetConversionsQuery)
@unwritten
def google_get_conversions(call: Call) -> dict:
    ...


@api.put("/ad-publishing/google/conversions", "google-upsert-conversion", scopes="adPublishing.write", tokens=LOCATION,
         body=models.UpsertConversionBody)
@unwritten
def google_upsert_conversion(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/conversions/{conversionId}", "google-get-conversion-by-id",
         scopes="adPublishing.readonly", tokens=LOCATION, query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_conversion_by_id(call: Call) -> dict:
    ...


@api.delete("/ad-publishing/google/conversions/{conversionId}", "google-delete-conversion", scopes="adPublishing.write",
            tokens=LOCATION, query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_delete_conversion(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/integration", "google-get-integration", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_integration(call: Call) -> dict:
    ...


@api.post("/ad-publishing/google/integration", "google-create-integration", scopes="adPublishing.write",
          tokens=LOCATION, body=models.CreateGoogleIntegrationBody, status=201)
@unwritten
def google_create_integration(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/me", "google-get-current-user", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_current_user(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/ad-accounts", "google-get-ad-accounts", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetAdAccountsQuery)
@unwritten
def google_get_ad_accounts(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/ad-accounts/{adAccountId}", "google-get-ad-account-details",
         scopes="adPublishing.readonly", tokens=LOCATION, query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_ad_account_details(call: Call) -> dict:
    ...


@api.delete("/ad-publishing/google/ad-accounts/{adAccountId}", "google-delete-ad-account", scopes="adPublishing.write",
            tokens=LOCATION, body=models.LocationIdBody)
@unwritten
def google_delete_ad_account(call: Call) -> dict:
    ...


@api.post("/ad-publishing/google/ads/{adId}/publish", "google-publish-ad", scopes="adPublishing.write", tokens=LOCATION,
          status=201)
@unwritten
def google_publish_ad(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/targeting/search", "google-search-targeting", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleSearchTargetingQuery)
@unwritten
def google_search_targeting(call: Call) -> dict:
    ...


@api.post("/ad-publishing/google/keyword-ideas", "google-get-keyword-ideas", scopes="adPublishing.readonly",
          tokens=LOCATION, query=models.GoogleGetConversionByIdQuery, body=models.KeywordSuggestionBody, status=201)
@unwritten
def google_get_keyword_ideas(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/assets", "google-get-assets", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetAssetsQuery)
@unwritten
def google_get_assets(call: Call) -> dict:
    ...


@api.post("/ad-publishing/google/assets", "google-upsert-assets", scopes="adPublishing.write", tokens=LOCATION,
          body=models.UpsertAssetsBody, status=201)
@unwritten
def google_upsert_assets(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/entity", "google-get-entity", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetEntityQuery)
@unwritten
def google_get_entity(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/target-interests", "google-get-target-interests", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleGetTargetInterestsQuery)
@unwritten
def google_get_target_interests(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/segments", "google-get-segments", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetSegmentsQuery)
@unwritten
def google_get_segments(call: Call) -> dict:
    ...


@api.put("/ad-publishing/google/segments", "google-upsert-segment", scopes="adPublishing.write", tokens=LOCATION,
         query=models.GoogleUpsertSegmentQuery, body=models.UpsertSegmentBody)
@unwritten
def google_upsert_segment(call: Call) -> dict:
    ...


@api.delete("/ad-publishing/google/segments/{segmentId}", "google-delete-segment", scopes="adPublishing.write",
            tokens=LOCATION, query=models.GoogleDeleteSegmentQuery)
@unwritten
def google_delete_segment(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/segments/{segmentId}", "google-get-segment-by-id", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleDeleteSegmentQuery)
@unwritten
def google_get_segment_by_id(call: Call) -> dict:
    ...


@api.post("/ad-publishing/google/segments/offline-user-list-job", "google-create-offline-user-list-job",
          scopes="adPublishing.write", tokens=LOCATION, body=models.CreateOfflineUserListJobBody, status=201)
@unwritten
def google_create_offline_user_list_job(call: Call) -> dict:
    ...


@api.put("/ad-publishing/google/audiences", "google-upsert-audience", scopes="adPublishing.write", tokens=LOCATION,
         body=models.UpsertAudienceBody)
@unwritten
def google_upsert_audience(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/audiences", "google-get-audiences", scopes="adPublishing.readonly", tokens=LOCATION,
         query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_audiences(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/audiences/{audienceId}", "google-get-audience-by-id", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_audience_by_id(call: Call) -> dict:
    ...


@api.put("/ad-publishing/google/ads", "google-upsert-campaign", scopes="adPublishing.write", tokens=LOCATION,
         body=models.CampaignBody)
@unwritten
def google_upsert_campaign(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/ads/{adId}", "google-get-campaign-by-id", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_campaign_by_id(call: Call) -> dict:
    ...


@api.get("/ad-publishing/google/conversion-goals", "google-get-conversion-goals", scopes="adPublishing.readonly",
         tokens=LOCATION, query=models.GoogleGetConversionByIdQuery)
@unwritten
def google_get_conversion_goals(call: Call) -> dict:
    ...
