"""Facebook integration operations of the Ad Manager API (ad-manager.json; v3 twin ad-publishing-v3.json).

DECISION: creating an integration, a lead form and a conversation form answers 201, as both official files say;
GHL's docs (2026-08) show the integration's create moved to 200, which the mock will follow when the files do.
"""

from __future__ import annotations

from mock_server.apis.ad_facebook import accounts, conversation_forms, facebook, integration, lead_forms, models, pixels
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("ad-manager.json", tag="Facebook Integration")
READ, WRITE = "adPublishing.readonly", "adPublishing.write"
ADS = "Facebook Ads"  # the pixels' tag in the official file
SUCCESS = {"success": True}


# -- the integration ----------------------------------------------------------------------------------------
@api.post("/ad-publishing/facebook/integration", "fb-create-integration", scopes=WRITE, tokens=LOCATION,
          body=models.CreateIntegrationBody, response=models.StoredIntegrationOut, status=201)
def fb_create_integration(call: Call) -> dict:
    body = call.body
    return integration.stored_view(integration.create(call.tenant, body.pageId, body.adAccountId))


@api.get("/ad-publishing/facebook/integration", "fb-get-integration", scopes=READ, tokens=LOCATION,
         query=models.LocationQuery, response=models.IntegrationOut)
def fb_get_integration(call: Call) -> dict:
    return integration.read_view(integration.get(call.tenant))


@api.delete("/ad-publishing/facebook/integration", "fb-delete-integration", scopes=WRITE, tokens=LOCATION,
            body=models.LocationIdBody, response=models.SuccessOut)
def fb_delete_integration(call: Call) -> dict:
    integration.delete(call.tenant)
    return SUCCESS


@api.put("/ad-publishing/facebook/page/default", "fb-set-default-page", scopes=WRITE, tokens=LOCATION,
         query=models.LocationQuery, body=models.FbSetDefaultPageBody, response=models.SuccessOut)
def fb_set_default_page(call: Call) -> dict:
    integration.set_default_page(call.tenant, call.body.pageId)
    return SUCCESS


@api.delete("/ad-publishing/facebook/page", "fb-delete-page", scopes=WRITE, tokens=LOCATION,
            query=models.FbDeletePageQuery, response=models.SuccessOut)
def fb_delete_page(call: Call) -> dict:
    integration.remove_page(call.tenant, call.query.pageId)
    return SUCCESS


# -- what the connected Facebook user holds -----------------------------------------------------------------
@api.get("/ad-publishing/facebook/me", "fb-get-current-user", scopes=READ, tokens=LOCATION,
         query=models.LocationQuery, response=models.FacebookUserOut)
def fb_get_current_user(call: Call) -> dict:
    return facebook.user_view(facebook.require_user(call.tenant))


@api.get("/ad-publishing/facebook/pages", "fb-get-pages", scopes=READ, tokens=LOCATION,
         query=models.FbGetPagesQuery, response=list[models.PageOut])
def fb_get_pages(call: Call) -> list:
    return integration.pages(call.tenant, fetch_existing=call.query.fetchExisting == "true")


@api.get("/ad-publishing/facebook/page/{pageId}/instagram", "fb-get-instagram-accounts", scopes=READ,
         tokens=LOCATION, query=models.FbGetInstagramAccountsQuery, response=list[models.InstagramAccountOut])
def fb_get_instagram_accounts(call: Call) -> list:
    return facebook.instagram_accounts(call.tenant, call.path["pageId"])


@api.get("/ad-publishing/facebook/ad-accounts", "fb-get-ad-accounts", scopes=READ, tokens=LOCATION,
         query=models.FbGetAdAccountsQuery, response=list[models.AdAccountListItemOut])
def fb_get_ad_accounts(call: Call) -> list:
    q = call.query
    return accounts.list_ad_accounts(call.tenant, limit=q.limit, after=q.next, fetch_all=q.fetchAll == "true")


@api.get("/ad-publishing/facebook/ad-accounts/{adAccountId}", "fb-get-ad-account", scopes=READ, tokens=LOCATION,
         query=models.LocationQuery, response=models.AdAccountOut)
def fb_get_ad_account(call: Call) -> dict:
    return accounts.get_ad_account(call.tenant, call.path["adAccountId"])


@api.delete("/ad-publishing/facebook/ad-accounts/{adAccountId}", "fb-delete-ad-account", scopes=WRITE,
            tokens=LOCATION, body=models.LocationIdBody, response=models.SuccessOut)
def fb_delete_ad_account(call: Call) -> dict:
    accounts.disconnect_ad_account(call.tenant, call.path["adAccountId"])
    return SUCCESS


# -- lead forms and conversation forms ----------------------------------------------------------------------
@api.get("/ad-publishing/facebook/page/{pageId}/forms", "fb-get-page-lead-forms", scopes=READ, tokens=LOCATION,
         query=models.LocationQuery, response=list[models.LeadFormOut])
def fb_get_page_lead_forms(call: Call) -> list:
    return lead_forms.list_forms(call.tenant, call.path["pageId"])


@api.post("/ad-publishing/facebook/page/{pageId}/forms", "fb-create-page-lead-form", scopes=WRITE, tokens=LOCATION,
          body=models.CreateLeadFormBody, response=models.LeadFormOut, status=201)
def fb_create_page_lead_form(call: Call) -> dict:
    fields = sent_fields(call.body)
    fields.pop("locationId")
    return lead_forms.create_form(call.tenant, call.path["pageId"], fields)


@api.get("/ad-publishing/facebook/lead-form/{leadFormId}", "fb-get-lead-form", scopes=READ, tokens=LOCATION,
         query=models.LocationQuery, response=models.LeadFormOut)
def fb_get_lead_form(call: Call) -> dict:
    return lead_forms.get_form(call.tenant, call.path["leadFormId"], draft=bool(call.query.isDraft))


@api.get("/ad-publishing/facebook/conversation-forms", "fb-get-conversation-forms", scopes=READ, tokens=LOCATION,
         query=models.LocationQuery, response=list[models.ConversationFormOut])
def fb_get_conversation_forms(call: Call) -> list:
    return conversation_forms.list_forms(call.tenant)


@api.post("/ad-publishing/facebook/conversation-forms", "fb-create-conversation-form", scopes=WRITE,
          tokens=LOCATION, body=models.CreateConversationFormBody, response=models.StoredConversationFormOut,
          status=201)
def fb_create_conversation_form(call: Call) -> dict:
    body = sent_fields(call.body)
    return conversation_forms.create_form(call.tenant, name=body["name"], text=body["text"],
                                          questions=body["questions"])


# -- conversion pixels ("Facebook Ads" in the official file) ------------------------------------------------
@api.get("/ad-publishing/facebook/pixels", "fb-get-pixels", scopes=READ, tokens=LOCATION, tag=ADS,
         query=models.FbGetPixelsQuery, response=models.PixelsOut | list[models.InstagramDatasetOut])
def fb_get_pixels(call: Call) -> dict | list:
    q = call.query
    return pixels.list_pixels(call.tenant, channel=q.channel or "FACEBOOK", page_id=q.pageId, ig_user_id=q.igUserId)


@api.put("/ad-publishing/facebook/pixels", "fb-upsert-pixel", scopes=WRITE, tokens=LOCATION, tag=ADS,
         body=models.UpsertConversionPixelBody, response=models.UpsertPixelOut)
def fb_upsert_pixel(call: Call) -> dict:
    return pixels.upsert_pixel(call.tenant, sent_fields(call.body))
