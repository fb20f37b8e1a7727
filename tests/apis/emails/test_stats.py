"""Campaign stats (emails-v3.json): an e-mail campaign's from its send, a workflow campaign's summed over its
steps or one step's (``subSourceId``), a bulk action's as seeded; rates from the counters."""

from __future__ import annotations

import pytest

COUNTS = {"sent": 200, "delivered": 200, "accepted": 200, "opened": 50, "clicked": 10, "permanentFail": 4}


def _stats(ghl, source, source_id, status=200, **params):
    answer = ghl.client().get(f"/emails/locations/{ghl.location_id}/campaigns/stats/{source}/{source_id}",
                              params=params)
    assert answer.status_code == status, answer.text
    return answer.json()


def test_a_bulk_actions_counters_and_rates(ghl):
    seeded = ghl.email_bulk_action(stats=COUNTS)
    answer = _stats(ghl, "bulk-actions", seeded["id"])
    assert (answer["locationId"], answer["source"], answer["sourceId"]) == (ghl.location_id, "bulk-actions",
                                                                            seeded["id"])
    stats = answer["stats"]
    assert (stats["opened"], stats["openRate"], stats["clickRate"], stats["bounceRate"], stats["replied"]) == (
        50, 25, 5, 2, 0)


def test_a_workflow_campaign_sums_its_steps_or_reads_one(ghl):
    campaign = ghl.email_workflow_campaign(steps=[{"stats": COUNTS}, {"stats": {"sent": 100, "delivered": 100}}])
    assert _stats(ghl, "workflow-campaigns", campaign["id"])["stats"]["sent"] == 300
    step = campaign["subSources"][1]["id"]
    one = _stats(ghl, "workflow-campaigns", campaign["id"], subSourceId=step)
    assert (one["subSourceId"], one["stats"]["sent"], one["stats"]["openRate"]) == (step, 100, 0)


def test_a_draft_campaign_has_sent_nothing(ghl):
    draft = ghl.email_campaign()
    assert _stats(ghl, "email-campaigns", draft["id"])["stats"]["sent"] == 0


@pytest.mark.ghl_allow_violations
def test_refusals(ghl):
    draft = ghl.email_campaign()
    campaign = ghl.email_workflow_campaign()
    assert _stats(ghl, "email-campaigns", "noSuchCampaign000000", status=404)["message"] == "Campaign not found"
    assert _stats(ghl, "bulk-actions", draft["id"], status=404)["message"] == "Campaign not found"
    assert _stats(ghl, "email-campaigns", draft["id"], status=400, subSourceId="x")["message"] == (
        "subSourceId is only valid when source is workflow-campaigns")
    assert _stats(ghl, "workflow-campaigns", campaign["id"], status=404, subSourceId="nope")["message"] == (
        "Workflow step nope not found")
    assert _stats(ghl, "sms-campaigns", draft["id"], status=422)
