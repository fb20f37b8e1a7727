"""Facebook campaigns, ad sets, ads, custom audiences, targeting and reporting (ad-manager.json).

One declaration serves both Versions; where v3/ad-publishing-v3.json differs, it is taken too: the ad upsert's
``/ads`` path (v2 ``/ads-v2``), the progress of a publish (v3 only), the models' v3 spellings (models.py).
"""

from __future__ import annotations

from mock_server.apis.ad_facebook_campaigns import audiences, entities, hierarchy, models, reporting, targeting
from mock_server.apis.ad_facebook_campaigns.tables import ADS, ADSETS, CAMPAIGNS
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("ad-manager.json", tag="Facebook Ads")
v3_api = Api("v3/ad-publishing-v3.json", tag="Facebook Ads")

WRITE, READ = "adPublishing.write", "adPublishing.readonly"
BASE = "/ad-publishing/facebook"
DONE = {"success": True}


# -- campaigns -------------------------------------------------------------------------------------------
@api.put(f"{BASE}/campaigns", "fb-upsert-campaign", scopes=WRITE, tokens=LOCATION, body=models.UpsertCampaignBody)
def fb_upsert_campaign(call: Call) -> dict:
    """Create a draft campaign (no ``id``) or change one; answers it without its ad sets."""
    return hierarchy.upserted(hierarchy.upsert_campaign(call.tenant, sent_fields(call.body)))


@api.get(f"{BASE}/campaign/{{campaignId}}", "fb-get-campaign", scopes=READ, tokens=LOCATION,
         query=models.CampaignQuery)
def fb_get_campaign(call: Call) -> dict:
    """The campaign with its ad sets and their ads."""
    return hierarchy.get_campaign_tree(call.tenant, call.path["campaignId"], call.query.fields)


@api.post(f"{BASE}/campaigns/{{campaignId}}/publish", "fb-publish-campaign", scopes=WRITE, tokens=LOCATION,
          body=models.LocationIdBody, status=201)
def fb_publish_campaign(call: Call) -> dict:
    """Publish the campaign and its ad sets and ads to Meta."""
    # DECISION: GHL's answer to a publish is not documented; the acknowledgement its pause and resume give.
    hierarchy.publish_campaign(call.tenant, call.path["campaignId"])
    return DONE


@v3_api.get(f"{BASE}/campaigns/{{campaignId}}/publishing-progress", "fb-get-campaign-publishing-progress",
            scopes=READ, tokens=LOCATION, query=models.PublishingProgressQuery, errors=(404,))
def fb_get_campaign_publishing_progress(call: Call) -> dict:
    """v3: how far the campaign's publish has got (the mock publishes at once: done, or not begun)."""
    return hierarchy.publishing_progress(call.tenant, call.path["campaignId"])


def _pause(table: str, param: str):
    def handler(call: Call) -> dict:
        hierarchy.pause(call.tenant, table, call.path[param])
        return DONE
    return handler


def _resume(table: str, param: str):
    def handler(call: Call) -> dict:
        hierarchy.resume(call.tenant, table, call.path[param])
        return DONE
    return handler


def _delete(table: str, param: str):
    def handler(call: Call) -> dict:
        hierarchy.delete(call.tenant, table, call.path[param])
        return DONE
    return handler


def _duplicate(table: str, param: str):
    def handler(call: Call) -> dict:
        return hierarchy.duplicate(call.tenant, table, call.path[param])
    return handler


# Pause, resume, duplicate and delete, the same for the three levels of the tree.
for _table, _plural, _param, _kind in ((CAMPAIGNS, "campaigns", "campaignId", "campaign"),
                                       (ADSETS, "adsets", "adsetId", "adset"), (ADS, "ads", "adId", "ad")):
    _path = f"{BASE}/{_plural}/{{{_param}}}"
    api.post(f"{_path}/pause", f"fb-pause-{_kind}", scopes=WRITE, tokens=LOCATION, body=models.LocationIdBody,
             status=201, summary=f"Pause a published {_kind}")(_pause(_table, _param))
    api.post(f"{_path}/resume", f"fb-resume-{_kind}", scopes=WRITE, tokens=LOCATION, body=models.LocationIdBody,
             status=201, summary=f"Resume a paused {_kind}")(_resume(_table, _param))
    # The files declare no body for duplicating an ad set or an ad (GHL's docs show the campaign's locationId).
    api.post(f"{_path}/duplicate", f"fb-duplicate-{_kind}", scopes=WRITE, tokens=LOCATION,
             body=models.LocationIdBody if _table == CAMPAIGNS else models.OptionalLocationIdBody, status=201,
             summary=f"Copy a {_kind} and what it holds as a new draft")(_duplicate(_table, _param))
    api.delete(_path, f"fb-delete-{_kind}", scopes=WRITE, tokens=LOCATION, body=models.LocationIdBody,
               summary=f"Delete a {_kind} and what it holds")(_delete(_table, _param))


# -- ad sets and ads -------------------------------------------------------------------------------------
@api.put(f"{BASE}/adsets", "fb-upsert-adset", scopes=WRITE, tokens=LOCATION, body=models.UpsertAdsetBody)
def fb_upsert_adset(call: Call) -> dict:
    """Create a draft ad set in a campaign (no ``id``) or change one."""
    return hierarchy.upserted(hierarchy.upsert_adset(call.tenant, sent_fields(call.body)))


@api.put(f"{BASE}/ads-v2", "fb-upsert-ad", scopes=WRITE, tokens=LOCATION, body=models.UpsertAdBody,
         aliases=(f"{BASE}/ads",))
def fb_upsert_ad(call: Call) -> dict:
    """Create a draft ad in an ad set (no ``id``) or change one (v3 spells the path ``/ads``)."""
    return hierarchy.upserted(hierarchy.upsert_ad(call.tenant, sent_fields(call.body)))


@api.get(f"{BASE}/entity", "fb-get-entity", scopes=READ, tokens=LOCATION, query=models.EntityQuery)
def fb_get_entity(call: Call) -> dict:
    """The published campaigns, one campaign's ad sets, or ads, as Meta lists them."""
    q = call.query
    return entities.list_entities(call.tenant, entity_type=q.entityType, source=q.type, campaign_id=q.campaignId,
                                  adset_id=q.adSetId, ad_account=q.selectedAdAccountId, cursor=q.next,
                                  fetch_all=q.fetchAll == "true")


@api.get(f"{BASE}/targeting/search", "fb-search-targeting", scopes=READ, tokens=LOCATION,
         query=models.TargetingQuery, notes=("scope from ad-publishing-v3.json: ad-manager.json declares bearer "
                                             "with no scope",))
def fb_search_targeting(call: Call) -> list:
    """Places, interests or languages whose name contains the query."""
    return targeting.search(call.query.type, call.query.query)


# -- custom audiences ------------------------------------------------------------------------------------
@api.get(f"{BASE}/custom-audience", "fb-get-custom-audiences", scopes=READ, tokens=LOCATION,
         query=models.CustomAudiencesQuery)
def fb_get_custom_audiences(call: Call) -> list:
    """The ad account's lookalike, custom or all audiences."""
    q = call.query
    return audiences.list_audiences(call.tenant, kind=q.type, source=q.source, ad_account=q.adAccountId)


@api.get(f"{BASE}/custom-audience/{{audienceId}}", "fb-get-custom-audience-by-id", scopes=READ, tokens=LOCATION,
         query=models.CustomAudienceQuery)
def fb_get_custom_audience_by_id(call: Call) -> dict:
    return audiences.get_audience(call.tenant, call.path["audienceId"])


@api.put(f"{BASE}/custom-audience/{{audienceId}}", "fb-update-custom-audience", scopes=WRITE, tokens=LOCATION,
         body=models.UpdateAudienceBody)
def fb_update_custom_audience(call: Call) -> dict:
    """Rename the audience (and change its description)."""
    return audiences.rename(call.tenant, call.path["audienceId"], call.body.name, call.body.description)


@api.put(f"{BASE}/custom-audience/{{audienceId}}/member", "fb-add-custom-audience-member", scopes=WRITE,
         tokens=LOCATION, body=models.AudienceMemberBody)
def fb_add_custom_audience_member(call: Call) -> dict:
    """Add one of the location's contacts to the audience."""
    return audiences.add_member(call.tenant, call.path["audienceId"], call.body.contactId)


@api.delete(f"{BASE}/custom-audience/{{audienceId}}/member", "fb-remove-custom-audience-member", scopes=WRITE,
            tokens=LOCATION, body=models.AudienceMemberBody)
def fb_remove_custom_audience_member(call: Call) -> dict:
    return audiences.remove_member(call.tenant, call.path["audienceId"], call.body.contactId)


@api.put(f"{BASE}/custom-audience/{{audienceId}}/member/batch", "fb-batch-update-audience-members", scopes=WRITE,
         tokens=LOCATION, body=models.AudienceBatchBody)
def fb_batch_update_audience_members(call: Call) -> dict:
    """Queue adding, removing or replacing members from a CSV or smart lists."""
    return audiences.batch(call.tenant, call.path["audienceId"], sent_fields(call.body))


# Declared after the member operations: the contract walk performs writes in declaration order.
@api.delete(f"{BASE}/custom-audience/{{audienceId}}", "fb-delete-custom-audience", scopes=WRITE, tokens=LOCATION,
            query=models.CustomAudienceQuery)
def fb_delete_custom_audience(call: Call) -> dict:
    return audiences.delete(call.tenant, call.path["audienceId"])


# -- reporting -------------------------------------------------------------------------------------------
@api.get(f"{BASE}/reporting", "fb-get-reporting", scopes=READ, tokens=LOCATION, query=models.ReportingQuery,
         tag="Facebook Reporting")
def fb_get_reporting(call: Call) -> dict:
    """The location's figures per period, and their totals."""
    q = call.query
    return reporting.account_report(call.tenant, start=q.startDate, end=q.endDate, group_by=q.groupBy,
                                    fields=q.fields)


@api.get(f"{BASE}/reporting/list", "fb-get-reporting-list", scopes=READ, tokens=LOCATION,
         query=models.ReportingListQuery, tag="Facebook Reporting", errors=(409,))
def fb_get_reporting_list(call: Call) -> list:
    """Campaigns, or one campaign's ad sets or ads, each with its figures."""
    q = call.query
    return reporting.report_list(call.tenant, list_type=q.listType, start=q.startDate, end=q.endDate,
                                 campaign_id=q.campaignId)


@api.get(f"{BASE}/reporting/campaign/{{campaignId}}", "fb-get-campaign-reporting", scopes=READ, tokens=LOCATION,
         query=models.CampaignReportingQuery, tag="Facebook Reporting")
def fb_get_campaign_reporting(call: Call) -> dict:
    """One published campaign's figures."""
    q = call.query
    return reporting.campaign_report(call.tenant, call.path["campaignId"], q.startDate, q.endDate)
