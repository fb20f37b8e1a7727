"""An agency's SaaS plans: what a SaaS sub-account subscribes to (products, limits, monthly/yearly prices).

GHL's API only reads plans; agencies make them in the SaaS Configurator. So they are seeded through the control
plane (``POST /_mock/companies/{companyId}/saas/plans``) and live in the agency's tenant. A plan may name one of
the agency's snapshots (the Snapshots area's table) and its provider sub-account (SaaS V2).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.apis.formats import iso_z
from mock_server.apis.products.money import Currency
from mock_server.apis.saas.tables import PLANS
from mock_server.apis.snapshots.service import SNAPSHOTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known.
PRICE_NOT_IN_PLAN = "The price {price} is not a price of the SaaS plan {plan}"
NO_ACTIVE_PRICE = "The SaaS plan {plan} has no active price"
PROVIDER_NOT_FOUND = "Provider location not found"
# DECISION: a plan seeded without a symbol shows "$" for USD and its currency code otherwise.
_SYMBOLS = {"USD": "$"}


class PriceSeed(BodyModel):
    billingInterval: Literal["month", "year"] = "month"
    amount: float = Field(ge=0)
    currency: Currency = "USD"
    symbol: str | None = None
    active: bool = True


class PlanSeed(BodyModel):
    title: str = Field(min_length=1)
    description: str = ""
    saasProducts: list[str] = []
    addOns: list[str] = []
    planLevel: Annotated[int, Field(ge=0, le=4)] = 0  # the file's "level of the plan (0-4)"
    trialPeriod: Annotated[int, Field(ge=0)] = 0  # days
    setupFee: float | None = Field(default=None, ge=0)
    userLimit: int | None = Field(default=None, ge=0)
    contactLimit: int | None = Field(default=None, ge=0)
    prices: list[PriceSeed] = Field(min_length=1)
    categoryId: str | None = None
    snapshotId: str | None = None
    providerLocationId: str | None = None
    isSaaSV2: bool = True


def seed_plan(tenant: Tenant, body: PlanSeed) -> dict[str, Any]:
    """A SaaS plan of ``tenant``'s agency, with an id for the plan, its Stripe-side product and each price."""
    agency = tenant.agency
    if body.snapshotId is not None:
        agency.require(SNAPSHOTS, body.snapshotId)
    if body.providerLocationId is not None and body.providerLocationId not in agency.location_ids():
        raise BadRequest(PROVIDER_NOT_FOUND)
    now = iso_z(agency.now())
    plan_id = agency.new_id()
    prices = [{"id": agency.new_id(), **price.model_dump(),
               "symbol": price.symbol or _SYMBOLS.get(price.currency, price.currency)} for price in body.prices]
    record = {**body.model_dump(), "id": plan_id, "planId": plan_id, "companyId": agency.company_id,
              "productId": agency.new_id(), "prices": prices, "createdAt": now, "updatedAt": now}
    return _shown(agency.store.put(PLANS, record), ())


def agency_plans(tenant: Tenant) -> list[dict[str, Any]]:
    """The agency's plans, oldest first, as the agency-plans listing shows them (no agency id, no setup fee)."""
    # A stable sort of the scan (insertion order): plans made in the same millisecond stay in the order made.
    plans = sorted(tenant.agency.store.scan(PLANS), key=lambda plan: plan["createdAt"])
    return [_shown(plan, ("companyId", "setupFee")) for plan in plans]


def get_plan(tenant: Tenant, plan_id: str) -> dict[str, Any]:
    """One plan of the agency, or 404 (the table's not-found error)."""
    return _shown(tenant.agency.require(PLANS, plan_id), ())


def plan_and_price(tenant: Tenant, plan_id: str, price_id: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The plan and the price a location subscribes to. DECISION: without a ``priceId`` the plan's first active
    price is taken; a price of another plan is refused (400)."""
    plan = tenant.agency.require(PLANS, plan_id)
    if price_id is None:
        price = next((p for p in plan["prices"] if p["active"]), None)
        if price is None:
            raise BadRequest(NO_ACTIVE_PRICE.format(plan=plan_id))
        return plan, price
    price = next((p for p in plan["prices"] if p["id"] == price_id), None)
    if price is None:
        raise BadRequest(PRICE_NOT_IN_PLAN.format(price=price_id, plan=plan_id))
    return plan, price


def _shown(plan: dict[str, Any], hidden: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in plan.items() if k != "id" and k not in hidden and v is not None}
