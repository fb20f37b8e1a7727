"""The SaaS area's registrations (see ``mock_server/platform/area.py``).

Everything it keeps is the agency's (its tables live in the agency's tenant): its plans, which of its locations
are in SaaS mode on which subscription, and its rebilling of GHL's products to them. A deleted location takes its
subscription and rebilling with it.
"""

from __future__ import annotations

from mock_server.apis.saas import plans, rebilling, routes, subscriptions, tables
from mock_server.platform.area import Area, Cascade, ContractSeed, Seed, Table
from mock_server.platform.errors import NotFound
from mock_server.platform.tenants import LOCATIONS

area = Area(
    "saas",
    serves="SaaS: an agency's SaaS sub-accounts (enable V1/V2, plan subscriptions, pause, bulk enable/disable, "
           "Stripe look-ups), its SaaS plans, rebilling markups",
    apis=(routes.api, routes.v3_api),
    tables=(
        Table(tables.PLANS, scope="agency", not_found=NotFound(tables.PLAN_NOT_FOUND)),
        Table(tables.SUBSCRIPTIONS, scope="agency", indexes=("locationId", "customerId", "subscriptionId")),
        Table(tables.REBILLING, scope="agency", indexes=("locationId",)),
    ),
    seeds=(
        Seed("POST", "/companies/{companyId}/saas/plans", plans.seed_plan, body=plans.PlanSeed,
             doc='`{"title", "prices": [{"amount", "billingInterval", "currency"}], "trialPeriod", "snapshotId" ...}`: '
                 "a SaaS plan of the agency (made in GHL's SaaS Configurator)"),
        Seed("POST", "/locations/{locationId}/saas/subscription", subscriptions.seed_subscription,
             body=subscriptions.SubscriptionSeed, status=200,
             doc='`{"subscriptionStatus"}`: what Stripe reports of the SaaS location\'s subscription (the customer '
                 "paid: a setup-pending location is activated; or its status changed)"),
        Seed("GET", "/locations/{locationId}/saas/rebilling", rebilling.of_location, status=200,
             doc="the location's rebilling by product, which GHL's API sets but never reads back"),
    ),
    cascades=(
        Cascade(LOCATIONS, subscriptions.forget_locations, "deleting a location ends its SaaS subscription"),
        Cascade(LOCATIONS, rebilling.forget_locations, "deleting a location forgets its rebilling"),
    ),
    factories="mock_server.apis.saas.factories:SaasFactories",
    demo="mock_server.apis.saas.demo:load",
    contract_seeds=(
        ContractSeed("/companies/{companyId}/saas/plans",
                     {"title": "Contract plan", "prices": [{"amount": 97, "billingInterval": "month"}]},
                     # the plan read's path parameter is named by its collection ("/saas/saas-plan")
                     {"saasPlanId": "planId", "priceId": "prices.0.id", "/saas/saas-plan": "planId",
                      "/saas-api/public-api/saas-plan": "planId"}),
        ContractSeed("/locations/{locationId}/saas/subscription", {"subscriptionStatus": "active"},
                     {"customerId": "customerId", "subscriptionId": "subscriptionId"}),
    ),
    upstream_allowlist="mock_server.apis.saas.upstream",
)
