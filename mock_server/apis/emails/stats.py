"""``GET .../campaigns/stats/{source}/{sourceId}``: the delivery counters of an e-mail campaign, a workflow
campaign (or one of its steps: ``subSourceId``) or a bulk action, with their rates (``sending.stats``).

DECISION: ``sourceId`` is the id the campaign is read by (``GET .../campaigns/<kind>/{id}``); ``subSourceId``
with another source than ``workflow-campaigns`` is a 400.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.emails import bulk_actions, campaigns, sending, workflow_campaigns
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

SUB_SOURCE_ONLY_FOR_WORKFLOWS = "subSourceId is only valid when source is workflow-campaigns"


def campaign_stats(tenant: Tenant, source: str, source_id: str, sub_source_id: str | None) -> dict[str, Any]:
    if sub_source_id and source != "workflow-campaigns":
        raise BadRequest(SUB_SOURCE_ONLY_FOR_WORKFLOWS)
    if source == "email-campaigns":
        numbers = campaigns.counters(tenant, campaigns.get(tenant, source_id))
    elif source == "workflow-campaigns":
        numbers = workflow_campaigns.counters(workflow_campaigns.get(tenant, source_id), sub_source_id)
    else:
        numbers = bulk_actions.counters(tenant, bulk_actions.get(tenant, source_id))
    out = {"locationId": tenant.location_id, "source": source, "sourceId": source_id,
           "stats": sending.stats(numbers)}
    if sub_source_id:
        out["subSourceId"] = sub_source_id
    return out
