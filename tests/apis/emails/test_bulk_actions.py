"""Bulk-action e-mail sends (emails-v3.json): seeded ones and those scheduling a campaign starts, listed with
the official filters, read by id, 404 when unknown or another location's."""

from __future__ import annotations

import pytest

BASE = "/emails/locations/{}/campaigns/bulk-actions"


def _ids(ghl, **params):
    answer = ghl.client().get(BASE.format(ghl.location_id), params=params)
    assert answer.status_code == 200, answer.text
    return [c["id"] for c in answer.json()["campaigns"]]


def test_a_seeded_send_is_listed_and_read(ghl):
    template = ghl.email_template("Offer", html="<p>Offer</p>")
    seeded = ghl.email_bulk_action("Black Friday", subject="Deals", fromName="Acme", fromEmail="deals@acme.test",
                                   templateId=template["id"], scheduleType="SCHEDULED")
    listed = ghl.client().get(BASE.format(ghl.location_id)).json()
    assert listed["total"] == 1
    one = listed["campaigns"][0]
    assert (one["id"], one["status"], one["scheduleType"], one["emailMetadata"]) == (
        seeded["id"], "complete", "SCHEDULED",
        {"subject": "Deals", "from": "Acme <deals@acme.test>", "name": "Acme", "templateId": template["id"]})
    read = ghl.client().get(BASE.format(ghl.location_id) + f"/{seeded['id']}").json()
    assert (read["subject"], read["fromEmail"], read["deleted"]) == ("Deals", "deals@acme.test", False)


def test_filters(ghl):
    ghl.freeze("2026-05-01T10:00:00Z")
    old = ghl.email_bulk_action("Old promo")
    ghl.advance(days=10)
    paused = ghl.email_bulk_action("Paused promo", status="paused")
    ghl.advance(days=10)
    recent = ghl.email_bulk_action("Recent news")
    assert _ids(ghl) == [recent["id"], paused["id"], old["id"]]
    assert _ids(ghl, search="PROMO") == [paused["id"], old["id"]]
    assert _ids(ghl, status="paused") == [paused["id"]]
    assert _ids(ghl, dateFrom="2026-05-05T00:00:00Z", dateTo="2026-05-15T00:00:00Z") == [paused["id"]]
    assert _ids(ghl, limit=1, offset=2) == [old["id"]]


@pytest.mark.ghl_allow_violations
def test_unknown_and_foreign_sends(ghl):
    seeded = ghl.email_bulk_action()
    missing = ghl.client().get(BASE.format(ghl.location_id) + "/noSuchSend0000000000")
    assert (missing.status_code, missing.json()["message"]) == (404, "Campaign not found")
    other = ghl.location()
    foreign = ghl.client(token=ghl.token(location_id=other["id"]))
    assert foreign.get(BASE.format(other["id"])).json()["total"] == 0
    assert ghl.client().get(BASE.format(other["id"]) + f"/{seeded['id']}").status_code == 403
    refused = ghl.client().post(f"/_mock/locations/{ghl.location_id}/email-bulk-actions",
                                json={"name": "x", "templateId": "noSuchTemplate000000"})
    assert refused.status_code == 404
    assert ghl.client().get(BASE.format(ghl.location_id), params={"status": "sending"}).status_code == 422
