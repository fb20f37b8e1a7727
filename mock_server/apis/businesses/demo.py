"""The Businesses area's part of the demo (``Area.demo``): businesses, each with a few of the contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    plan = demo.plan
    linked = demo.fake.sample(demo.made["contacts"], plan.businesses * plan.contacts_per_business, "linked")
    for n in range(plan.businesses):
        business = demo.call("POST", "/businesses/", token=demo.main_token, json=demo.fake.business(demo.main))
        members = linked[n * plan.contacts_per_business:(n + 1) * plan.contacts_per_business]
        if members:
            demo.call("POST", "/contacts/bulk/business", token=demo.main_token, json={
                "locationId": demo.main, "ids": members, "businessId": business["buiseness"]["id"]})
    demo.summary["businesses"] = plan.businesses
