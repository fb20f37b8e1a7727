"""SaaS operations (saas-api.json): an agency's SaaS sub-accounts, plans and rebilling.

The file declares each operation twice: under ``/saas-api/public-api`` (deprecated, answering 200) and under
``/saas`` (its POSTs answering 201). One handler serves both; ``_both`` declares the pair.

Every operation takes an agency token only. The file declares no scopes for them. DECISION: the mock asks for
GHL's SaaS scopes: those Scopes.md gives (``saas/location.write`` to enable and update a sub-account's
subscription, ``saas/location.read`` for the Stripe look-up, ``saas/company.write`` for bulk disabling) and, for
the rest, by the same pattern and the scopes saas-v3.json gives its wallet operations: reading one
location ``saas/location.read``, changing one ``saas/location.write``, the agency's plans, listings and bulk
changes ``saas/company.read`` / ``saas/company.write``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mock_server.apis.saas import models, plans, rebilling, subscriptions, wallet
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import AGENCY, Api

api = Api("saas-api.json", tag="Saas")
# The operations only the v3 file documents (saas-v3.json): their answers are checked against it.
v3_api = Api("v3/saas-v3.json", tag="Saas")
OLD, NEW = "/saas-api/public-api", "/saas"


def _both(method: str, path: str, operation_id: str, *, old_id: str | None = None, old_query: Any = None,
          old_response: Any = None, created: bool = False, **options: Any) -> Callable[[Callable], Callable]:
    """Declare the operation at ``/saas<path>`` and its deprecated twin at ``/saas-api/public-api<path>``
    (operationId ``<operation_id>-deprecated`` unless ``old_id``): the same handler, scopes and models; the
    twin answers 200 where the new path of a POST answers 201, and may take its own query model."""
    def declare(handler: Callable) -> Callable:
        response = options.pop("response", None)
        query = options.pop("query", None)
        api.operation(method, NEW + path, operation_id, tokens=AGENCY, status=201 if created else 200,
                      query=query, response=response, **options)(handler)
        api.operation(method, OLD + path, old_id or f"{operation_id}-deprecated", tokens=AGENCY, deprecated=True,
                      query=old_query or query, response=old_response or response, **options)(handler)
        return handler
    return declare


@_both("GET", "/locations", "locations", scopes="saas/location.read", query=models.StripeLocationsQuery,
       old_query=models.StripeLocationsDeprecatedQuery, response=models.LocationIdsResponse,
       summary="Find SaaS locations by Stripe customer or subscription")
def locations(call: Call) -> list:
    return subscriptions.locations_by_stripe(call.tenant, call.query.customerId, call.query.subscriptionId)


@_both("PUT", "/update-saas-subscription/{locationId}", "generate-payment-link",
       old_id="update-saas-subscription-deprecated", scopes="saas/location.write", body=models.UpdateSubscriptionBody,
       response=models.PaymentLinkResponse, summary="Bill a SaaS location through a Stripe subscription")
def update_saas_subscription(call: Call) -> str:
    b = call.body
    return subscriptions.attach_subscription(call.tenant, call.path["locationId"], b.subscriptionId, b.customerId)


@_both("POST", "/enable-saas/{locationId}", "enable-saas-location", created=True, scopes="saas/location.write",
       body=models.EnableSaasBody, response=models.EnableSaasResponse, errors=(404,),
       summary="Enable SaaS for a sub-account")
def enable_saas_location(call: Call) -> dict:
    return subscriptions.enable(call.tenant, call.path["locationId"], call.body)


@_both("POST", "/pause/{locationId}", "pause-location", created=True, scopes="saas/location.write",
       body=models.PauseLocationBody, response=models.PausedResponse, summary="Pause or resume a SaaS sub-account")
def pause_location(call: Call) -> bool:
    return subscriptions.pause(call.tenant, call.path["locationId"], call.body.paused)


@_both("POST", "/update-rebilling/{companyId}", "update-rebilling", created=True, scopes="saas/company.write",
       body=models.UpdateRebillingBody, response=models.UpdateRebillingResponse,
       summary="Set a product's rebilling for locations")
def update_rebilling(call: Call) -> dict:
    b = call.body
    return rebilling.update(call.tenant, b.product, b.locationIds, b.config)


@_both("GET", "/agency-plans/{companyId}", "get-agency-plans", scopes="saas/company.read",
       response=models.AgencyPlansResponse, summary="List the agency's SaaS plans")
def get_agency_plans(call: Call) -> list:
    return plans.agency_plans(call.tenant)


@_both("GET", "/get-saas-subscription/{locationId}", "get-location-subscription", scopes="saas/location.read",
       query=models.CompanyQuery, response=models.LocationSubscriptionResponse,
       summary="Get a location's SaaS subscription")
def get_location_subscription(call: Call) -> dict:
    return subscriptions.subscription(call.tenant, call.path["locationId"])


@_both("POST", "/bulk-enable-saas/{companyId}", "bulk-enable-saas", created=True, scopes="saas/company.write",
       body=models.BulkEnableSaasRequestBody, response=models.BulkEnableSaasResponse, errors=(404,),
       summary="Enable SaaS for locations on a plan")
def bulk_enable_saas(call: Call) -> dict:
    b = call.body
    return subscriptions.bulk_enable(call.tenant, b.locationIds, b.isSaaSV2, b.actionPayload)


@_both("GET", "/saas-locations/{companyId}", "get-saas-locations", scopes="saas/company.read",
       query=models.SaasLocationsQuery, old_query=models.SaasLocationsDeprecatedQuery,
       response=models.SaasLocationsResponse, summary="List the agency's SaaS locations")
def get_saas_locations(call: Call) -> dict:
    return subscriptions.saas_locations(call.tenant, call.query.page)


@_both("GET", "/saas-plan/{planId}", "get-saas-plan", scopes="saas/company.read", query=models.CompanyQuery,
       response=models.SaasPlanResponse, errors=(404,), summary="Get a SaaS plan")
def get_saas_plan(call: Call) -> dict:
    return plans.get_plan(call.tenant, call.path["planId"])


# Declared last: the contract kit walks the operations in this order, and disabling ends the SaaS mode the
# operations above act on.
@_both("POST", "/bulk-disable-saas/{companyId}", "bulk-disable-saas", created=True, scopes="saas/company.write",
       body=models.BulkDisableSaasBody, response=models.BulkDisableSaasResponse,
       summary="Disable SaaS for locations")
def bulk_disable_saas(call: Call) -> dict:
    return subscriptions.bulk_disable(call.tenant, call.body.locationIds)


@v3_api.post("/saas/allow-attach-rebilling/{locationId}", "allow-attach-rebilling", scopes="saas/company.read",
             tokens=AGENCY, body=models.AllowAttachRebillingBody, response=models.AllowAttachRebillingResponse,
             errors=(404,))
def allow_attach_rebilling(call: Call) -> dict:
    body = call.body
    return subscriptions.allow_attach_rebilling(call.tenant, call.path["locationId"],
                                                sent_fields(body).get("attachedRebillingConfig"))


@v3_api.get("/saas-api/public-api/companies/{companyId}/locations/{locationId}/wallet-balance",
            "getLocationWalletBalance", scopes="saas/company.read", tokens=AGENCY,
            response=models.LocationWalletBalanceResponse, errors=(404,))
def get_location_wallet_balance(call: Call) -> dict:
    return wallet.balance(call.tenant)


@v3_api.post("/saas-api/public-api/companies/{companyId}/locations/{locationId}/wallet-balance/complimentary-credits",
             "updateLocationWalletBalance", scopes="saas/company.write", tokens=AGENCY,
             body=models.ComplimentaryCreditBody, response=models.LocationWalletBalanceResponse, errors=(404,))
def update_location_wallet_balance(call: Call) -> dict:
    return wallet.add_complimentary_credits(call.tenant, call.body.complimentaryCreditsAmount)
