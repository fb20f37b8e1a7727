"""The ``ghl`` factories of the SaaS area: an agency SaaS plan, a location put in SaaS mode."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class SaasFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def saas_plan(self, title: str | None = None, *, amount: float = 97, trial_days: int = 0,
                  **fields: Any) -> dict[str, Any]:
        """A SaaS plan of this agency (``POST /_mock/companies/{companyId}/saas/plans``) with a monthly price of
        ``amount`` USD and a yearly one of ten months; ``fields`` override the plan's (``snapshotId`` ...)."""
        if title is None:
            with self.fake.draw("saas plan") as (faker, n):
                title = f"{faker.word().title()} plan {n}"
        body = {"title": title, "description": f"{title}, billed monthly or yearly", "trialPeriod": trial_days,
                "saasProducts": ["2-way-text-messaging", "web-chat"],
                "prices": [{"amount": amount, "billingInterval": "month"},
                           {"amount": amount * 10, "billingInterval": "year"}], **fields}
        return self.api("POST", f"/_mock/companies/{self.company_id}/saas/plans", body, what="ghl.saas_plan()")

    def saas_location(self, plan: dict[str, Any] | None = None, *, location_id: str | None = None) -> dict[str, Any]:
        """Put this location (or ``location_id``) in SaaS V1 mode on ``plan`` (a new plan if none), through
        ``POST /saas/enable-saas/{locationId}`` with an agency token; returns its subscription as GHL reads it."""
        plan = plan if plan is not None else self.saas_plan()
        location_id = location_id or self.location_id
        with self.fake.draw("saas customer") as (faker, _):
            body = {"companyId": self.company_id, "isSaaSV2": False, "stripeAccountId": "acct_mock",
                    "name": faker.name(), "email": faker.email(), "saasPlanId": plan["planId"]}
        self.api("POST", f"/saas/enable-saas/{location_id}", body, agency=True, what="ghl.saas_location()")
        return self.api("GET", f"/saas/get-saas-subscription/{location_id}", params={"companyId": self.company_id},
                        agency=True, what="ghl.saas_location()")
