"""How to: test code that moves deals through a GHL pipeline.

GHL's API cannot create pipelines, so a test seeds one (``ghl.pipeline(stages=[...])``, through the
control plane) and then lets the code under test work on opportunities the way it does in production:
here, a webhook handler from a payment system that marks a contact's deal won, creating it first if the
contact has none. The tests check the outcomes a sales team sees: the deal sits in the right stage with
the right status and value, a second payment creates no second deal, and GHL's own refusal (one deal per
contact and pipeline) reaches the code as the 400 it would get live.
"""

from __future__ import annotations

import httpx
import pytest


def on_payment(client: httpx.Client, location_id: str, pipeline: dict, contact_id: str, amount: float) -> dict:
    """The code under test: the contact's deal in ``pipeline`` moves to its last stage, won, worth ``amount``."""
    won_stage = pipeline["stages"][-1]["id"]
    found = client.get("/opportunities/search", params={
        "location_id": location_id, "pipeline_id": pipeline["id"], "contact_id": contact_id}).json()
    if found["opportunities"]:
        deal_id = found["opportunities"][0]["id"]
        answer = client.put(f"/opportunities/{deal_id}", json={
            "pipelineStageId": won_stage, "status": "won", "monetaryValue": amount})
    else:
        answer = client.post("/opportunities/", json={
            "locationId": location_id, "pipelineId": pipeline["id"], "pipelineStageId": won_stage,
            "contactId": contact_id, "name": "Paid order", "status": "won", "monetaryValue": amount})
    answer.raise_for_status()
    return answer.json()["opportunity"]


@pytest.fixture
def sales(ghl):
    """A seeded pipeline and a customer, as the code under test finds them in a real location."""
    return ghl.pipeline(name="Sales", stages=["Lead", "Proposal", "Closed"]), ghl.contact(firstName="Ada")


def test_an_open_deal_is_moved_to_the_last_stage_and_won(ghl, ghl_client, sales):
    pipeline, customer = sales
    open_deal = ghl.opportunity(pipeline=pipeline, contact=customer, name="Website", monetaryValue=100)
    deal = on_payment(ghl_client, ghl.location_id, pipeline, customer["id"], 450)
    assert deal["id"] == open_deal["id"]
    assert (deal["pipelineStageId"], deal["status"], deal["monetaryValue"]) == (
        pipeline["stages"][-1]["id"], "won", 450)


def test_a_customer_without_a_deal_gets_one_and_a_second_payment_adds_none(ghl, ghl_client, sales):
    pipeline, customer = sales
    first = on_payment(ghl_client, ghl.location_id, pipeline, customer["id"], 99)
    second = on_payment(ghl_client, ghl.location_id, pipeline, customer["id"], 120)
    assert first["id"] == second["id"] and second["monetaryValue"] == 120
    listed = ghl_client.get("/opportunities/search", params={"location_id": ghl.location_id}).json()
    assert listed["meta"]["total"] == 1


def test_the_status_change_is_stamped_with_the_mock_clock(ghl, ghl_client, sales):
    """Freeze time to assert on GHL's timestamps exactly."""
    pipeline, customer = sales
    ghl.freeze("2025-06-30T17:00:00Z")
    deal = on_payment(ghl_client, ghl.location_id, pipeline, customer["id"], 10)
    assert deal["lastStatusChangeAt"] == "2025-06-30T17:00:00.000Z"


def test_ghl_refuses_a_second_deal_for_the_contact_in_one_pipeline(ghl, ghl_client, sales):
    """Code that always creates (no search first) meets GHL's duplicate rule, as it would live."""
    pipeline, customer = sales
    ghl.opportunity(pipeline=pipeline, contact=customer)
    answer = ghl_client.post("/opportunities/", json={
        "locationId": ghl.location_id, "pipelineId": pipeline["id"], "contactId": customer["id"],
        "name": "Again", "status": "open"})
    assert answer.status_code == 400
    assert answer.json()["message"] == "Can not create duplicate opportunity for the contact."
