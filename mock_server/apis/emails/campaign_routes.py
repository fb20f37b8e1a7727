"""emails-v3.json's campaign operations: thin handlers over ``campaigns`` (v2's schedules, v3 shape),
``workflow_campaigns``, ``bulk_actions`` and ``stats``."""

from __future__ import annotations

from mock_server.apis.emails import bulk_actions, campaigns, stats, workflow_campaigns
from mock_server.apis.emails import models_v3 as m
from mock_server.apis.emails.v3_api import api
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION

READ, WRITE = "emails/campaigns.readonly", "emails/campaigns.write"
CAMPAIGNS = "/emails/locations/{locationId}/campaigns"


@api.get(CAMPAIGNS + "/stats/{source}/{sourceId}", "get-campaign-stats", scopes="emails/stats.readonly",
         tokens=LOCATION, query=m.StatsQuery, response=m.StatsResponse, errors=(404,),
         path_enums={"source": ("email-campaigns", "workflow-campaigns", "bulk-actions")},
         summary="Delivery counters of an e-mail campaign, workflow campaign (step) or bulk action")
def get_campaign_stats(call: Call) -> dict:
    return stats.campaign_stats(call.tenant, call.path["source"], call.path["sourceId"], call.query.subSourceId)


# -- e-mail campaigns -------------------------------------------------------------------------------------
@api.get(CAMPAIGNS + "/emails", "list-email-campaigns", scopes=READ, tokens=LOCATION, query=m.ListCampaignsQuery,
         response=m.ListCampaignsResponse, errors=(404,), summary="List a location's e-mail campaigns")
def list_email_campaigns(call: Call) -> dict:
    q = call.query
    return campaigns.list_campaigns(call.tenant, status=q.status, search=q.search, limit=int(q.limit),
                                    offset=int(q.offset))


@api.post(CAMPAIGNS + "/emails", "create-email-campaign", scopes=WRITE, tokens=LOCATION, body=m.CreateCampaignBody,
          response=m.CampaignResponse, status=201, errors=(404,), summary="Draft an e-mail campaign")
def create_email_campaign(call: Call) -> dict:
    """A draft with ``editorContent``, or the content of the template ``templateId``."""
    return campaigns.view(call.tenant, campaigns.create(call.tenant, sent_fields(call.body)))


@api.get(CAMPAIGNS + "/emails/{campaignId}", "get-email-campaign", scopes=READ, tokens=LOCATION,
         response=m.CampaignDetailResponse, errors=(404,), summary="Get an e-mail campaign")
def get_email_campaign(call: Call) -> dict:
    return campaigns.detail_view(call.tenant, campaigns.get(call.tenant, call.path["campaignId"]))


@api.operation("PATCH", CAMPAIGNS + "/emails/{campaignId}", "update-email-campaign", scopes=WRITE, tokens=LOCATION,
               body=m.UpdateCampaignBody, response=m.CampaignResponse, errors=(404,),
               summary="Edit a draft (or paused, cancelled) e-mail campaign")
def update_email_campaign(call: Call) -> dict:
    record = campaigns.update(call.tenant, call.path["campaignId"], sent_fields(call.body))
    return campaigns.view(call.tenant, record)


@api.delete(CAMPAIGNS + "/emails/{campaignId}", "delete-campaign", scopes=WRITE, tokens=LOCATION,
            response=m.DeletedResponse, errors=(404,), summary="Delete an e-mail campaign (its send is cancelled)")
def delete_campaign(call: Call) -> dict:
    campaigns.delete(call.tenant, call.path["campaignId"])
    return {"deleted": True}


@api.post(CAMPAIGNS + "/emails/{campaignId}/schedule", "schedule-campaign", scopes=WRITE, tokens=LOCATION,
          body=m.ScheduleCampaignBody, response=m.ScheduledResponse, status=201, errors=(404, 409),
          summary="Schedule or send an e-mail campaign")
def schedule_campaign(call: Call) -> dict:
    """Sent now, at ``sendAt``, in batches, or on its RSS feed; the campaign's send is a bulk action
    (``sourceId``). A campaign already scheduled or sent gets GHL's 409."""
    return campaigns.schedule(call.tenant, call.path["campaignId"], sent_fields(call.body))


# -- workflow campaigns and bulk actions (read only) ---------------------------------------------------------
@api.get(CAMPAIGNS + "/workflows", "list-workflow-campaigns", scopes=READ, tokens=LOCATION,
         query=m.ListWorkflowCampaignsQuery, response=m.ListWorkflowCampaignsResponse, errors=(404,),
         summary="List a location's workflow e-mail campaigns")
def list_workflow_campaigns(call: Call) -> dict:
    q = call.query
    return workflow_campaigns.list_campaigns(call.tenant, search=q.search, status=q.status, limit=int(q.limit),
                                             offset=int(q.offset))


@api.get(CAMPAIGNS + "/workflows/{campaignId}", "get-workflow-campaign", scopes=READ, tokens=LOCATION,
         response=m.WorkflowCampaignResponse, errors=(404,), summary="Get a workflow e-mail campaign and its steps")
def get_workflow_campaign(call: Call) -> dict:
    record = workflow_campaigns.get(call.tenant, call.path["campaignId"])
    return workflow_campaigns.detail_view(call.tenant, record)


@api.get(CAMPAIGNS + "/bulk-actions", "list-bulk-action-campaigns", scopes=READ, tokens=LOCATION,
         query=m.ListBulkActionsQuery, response=m.ListBulkActionsResponse, errors=(404,),
         summary="List a location's bulk-action e-mail sends")
def list_bulk_action_campaigns(call: Call) -> dict:
    q = call.query
    return bulk_actions.list_actions(call.tenant, search=q.search, date_from=q.dateFrom, date_to=q.dateTo,
                                     state=q.status, limit=int(q.limit), offset=int(q.offset))


@api.get(CAMPAIGNS + "/bulk-actions/{campaignId}", "get-bulk-action-campaign", scopes=READ, tokens=LOCATION,
         response=m.BulkActionResponse, errors=(404,), summary="Get a bulk-action e-mail send")
def get_bulk_action_campaign(call: Call) -> dict:
    return bulk_actions.detail_view(call.tenant, bulk_actions.get(call.tenant, call.path["campaignId"]))
