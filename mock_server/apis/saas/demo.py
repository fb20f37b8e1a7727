"""The SaaS area's part of the demo (``Area.demo``): a SaaS plan with a trial, the main location subscribed to it,
the second one enabled but awaiting its payment, and a markup on rebilled phone usage."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    plan = demo.call("POST", f"/_mock/companies/{demo.company_id}/saas/plans", json={
        "title": "Growth", "description": "CRM, reviews and web chat", "trialPeriod": 14, "planLevel": 2,
        "saasProducts": ["2-way-text-messaging", "reputation-management", "web-chat"], "userLimit": 5,
        "prices": [{"amount": 297, "billingInterval": "month"}, {"amount": 2970, "billingInterval": "year"}]})
    demo.call("POST", f"/saas/enable-saas/{demo.main}", token=demo.agency_token, json={
        "companyId": demo.company_id, "isSaaSV2": False, "stripeAccountId": "acct_demo", "name": "Demo Owner",
        "email": "owner@demo.example.com", "saasPlanId": plan["planId"]})
    demo.call("POST", f"/saas/enable-saas/{demo.second}", token=demo.agency_token, json={
        "companyId": demo.company_id, "isSaaSV2": False, "stripeAccountId": "acct_demo",
        "stripeCustomerId": "cus_demo_second"})
    demo.call("POST", f"/saas/update-rebilling/{demo.company_id}", token=demo.agency_token, json={
        "product": "Phone", "locationIds": [demo.main, demo.second], "config": {"enabled": True, "markup": 20}})
    demo.summary["saasPlanId"] = plan["planId"]
