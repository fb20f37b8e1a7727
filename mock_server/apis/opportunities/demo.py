"""The Opportunities area's part of the demo (``Area.demo``): a sales pipeline with deals in every stage."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """A sales pipeline (seeded: GHL's API cannot create one), a lost reason, and deals in every stage."""
    pipeline = demo.seed(demo.main, "pipelines", demo.fake.pipeline())
    reason = demo.seed(demo.main, "lost-reasons", {"name": "Chose a competitor"})
    stages = [stage["id"] for stage in pipeline["stages"]]
    statuses = ("open", "open", "open", "won", "lost")
    users = demo.made.get("users", [])
    for n, contact_id in enumerate(demo.fake.sample(demo.made["contacts"], demo.plan.opportunities, "opportunities")):
        body = demo.fake.opportunity(demo.main, pipeline["id"], contact_id,
                                     pipelineStageId=stages[n % len(stages)], status=statuses[n % len(statuses)])
        if users:
            body["assignedTo"] = users[n % len(users)]
        made = demo.call("POST", "/opportunities/", token=demo.main_token, json=body)["opportunity"]
        if made["status"] == "lost":
            demo.call("PUT", f"/opportunities/{made['id']}/status", token=demo.main_token,
                      json={"status": "lost", "lostReasonId": reason["id"]})
    demo.summary.update(pipelines=1, opportunities=demo.plan.opportunities)
