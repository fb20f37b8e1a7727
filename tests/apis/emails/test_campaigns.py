"""E-mail campaigns through emails-v3.json: drafted (from a template or content), edited, scheduled and sent on
the mock clock (its bulk action and stats following), deleted; the same records as v2's schedules."""

from __future__ import annotations

import pytest

BASE = "/emails/locations/{}/campaigns"
META = {"subject": "Spring news", "fromName": "Acme", "fromEmail": "news@acme.test"}


def _path(ghl, suffix=""):
    return BASE.format(ghl.location_id) + suffix


def _draft(ghl, **body):
    answer = ghl.client().post(_path(ghl, "/emails"), json={
        "name": "Spring", "editorType": "html", "timeZone": "UTC", "userId": ghl.user_id, **body})
    assert answer.status_code == 201, answer.text
    return answer.json()


def _schedule(ghl, campaign_id, status=201, **body):
    answer = ghl.client().post(_path(ghl, f"/emails/{campaign_id}/schedule"), json={
        "scheduleType": "immediate", "timeZone": "UTC", "userId": ghl.user_id, "emailMeta": META,
        "recipients": {"type": "contact", "contactIds": [ghl.contact()["id"]]}, **body})
    assert answer.status_code == status, answer.text
    return answer.json()


def _get(ghl, campaign_id):
    answer = ghl.client().get(_path(ghl, f"/emails/{campaign_id}"))
    assert answer.status_code == 200, answer.text
    return answer.json()


def _stats(ghl, source, source_id, **params):
    answer = ghl.client().get(_path(ghl, f"/stats/{source}/{source_id}"), params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()["stats"]


def test_a_draft_from_a_template_is_listed_and_read_with_its_content(ghl):
    template = ghl.email_template("Newsletter", html="<p>From the template</p>")
    draft = _draft(ghl, templateId=template["id"])
    assert (draft["status"], draft["source"], draft["deleted"]) == ("draft", "email-campaign", False)
    listed = ghl.client().get(_path(ghl, "/emails")).json()
    assert ([c["id"] for c in listed["campaigns"]], listed["total"]) == ([draft["id"]], 1)
    read = _get(ghl, draft["id"])
    assert ghl.client().get(read["editorContentUrl"]).text == "<p>From the template</p>"
    v2 = ghl.client().get("/emails/schedule", params={"locationId": ghl.location_id, "status": "draft",
                                                      "emailStatus": "all"}).json()
    assert [(s["id"], s["templateId"]) for s in v2["schedules"]] == [(draft["id"], template["id"])]


def test_editing_a_draft(ghl):
    draft = _draft(ghl, editorContent="<p>one</p>")
    answer = ghl.client().patch(_path(ghl, f"/emails/{draft['id']}"),
                                json={"name": "Renamed", "editorContent": "two", "editorType": "text"})
    assert answer.status_code == 200, answer.text
    read = _get(ghl, draft["id"])
    assert (read["name"], read["editorType"], read["isPlainText"]) == ("Renamed", "text", True)
    assert ghl.client().get(read["editorContentUrl"]).text == "two"


def test_an_immediate_send_is_sent_with_its_bulk_action_and_stats(ghl):
    draft = _draft(ghl)
    answer = _schedule(ghl, draft["id"], emailMeta={**META, "replyToAddress": "reply@acme.test"})
    assert answer["campaignId"] == draft["id"] and answer["sourceId"]
    read = _get(ghl, draft["id"])
    assert (read["status"], read["sourceId"], read["subject"], read["replyToAddress"]) == (
        "sent", answer["sourceId"], "Spring news", "reply@acme.test")
    bulk = ghl.client().get(_path(ghl, f"/bulk-actions/{answer['sourceId']}")).json()
    assert (bulk["status"], bulk["scheduleType"], bulk["sourceId"], bulk["fromEmail"]) == (
        "complete", "NOW", draft["id"], "news@acme.test")
    stats = _stats(ghl, "email-campaigns", draft["id"])
    assert (stats["sent"], stats["delivered"], stats["opened"], stats["openRate"]) == (1, 1, 0, 0)
    assert _stats(ghl, "bulk-actions", answer["sourceId"])["sent"] == 1
    v2 = ghl.client().get("/emails/schedule", params={"locationId": ghl.location_id, "status": "complete"}).json()
    assert [s["id"] for s in v2["schedules"]] == [draft["id"]]


def test_a_scheduled_send_waits_for_its_time(ghl):
    ghl.freeze("2026-04-01T08:00:00Z")
    draft = _draft(ghl)
    _schedule(ghl, draft["id"], scheduleType="scheduled", timeZone="America/New_York",
              scheduleConfig={"sendAt": "2026-04-01 09:00 AM"})  # 13:00 UTC
    assert _get(ghl, draft["id"])["status"] == "scheduled"
    assert _stats(ghl, "email-campaigns", draft["id"])["sent"] == 0
    ghl.advance(hours=5)
    assert _get(ghl, draft["id"])["status"] == "sent"


def test_a_batch_send_goes_out_in_batches(ghl):
    ghl.freeze("2026-04-01T08:00:00Z")
    tag = ghl.tag("spring")
    for n in range(5):
        ghl.contact(email=f"c{n}@example.com", tags=["spring"])
    ghl.contact(email="other@example.com")
    draft = _draft(ghl)
    answer = _schedule(ghl, draft["id"], scheduleType="batch", recipients={"type": "tag", "tagIds": [tag["id"]]},
                       scheduleConfig={"batch": {"batchSize": 2, "interval": 1, "intervalUnit": "hours"}})
    assert (_get(ghl, draft["id"])["status"], _stats(ghl, "email-campaigns", draft["id"])["sent"]) == ("processing", 2)
    bulk = ghl.client().get(_path(ghl, f"/bulk-actions/{answer['sourceId']}")).json()
    assert (bulk["status"], bulk["scheduleType"]) == ("processing", "DRIP")
    ghl.advance(hours=2)
    assert (_get(ghl, draft["id"])["status"], _stats(ghl, "email-campaigns", draft["id"])["sent"]) == ("sent", 5)
    bulk = ghl.client().get(_path(ghl, f"/bulk-actions/{answer['sourceId']}")).json()
    assert (bulk["status"], bulk["completedAt"]) == ("complete", "2026-04-01T10:00:00.000Z")


@pytest.mark.ghl_allow_violations
def test_scheduling_refusals(ghl):
    ghl.freeze("2026-04-01T08:00:00Z")
    draft = _draft(ghl)
    cases = [({"scheduleType": "scheduled"}, 400, "scheduleConfig.sendAt is required for a scheduled campaign"),
             ({"scheduleType": "scheduled", "scheduleConfig": {"sendAt": "2026-03-01 09:00 AM"}}, 400,
              "scheduleConfig.sendAt must be in the future"),
             ({"scheduleType": "scheduled", "scheduleConfig": {"sendAt": "soon"}}, 400, None),
             ({"scheduleType": "batch"}, 400, "scheduleConfig.batch is required for a batch campaign"),
             ({"scheduleType": "rss"}, 400, "rssConfig is required for an rss campaign"),
             ({"recipients": {"type": "tag"}}, 400, "recipients.tagIds should not be empty"),
             ({"recipients": {"type": "contact", "contactIds": ["noSuchContact0000000"]}}, 400, None),
             ({"timeZone": "Mars/Olympus"}, 422, None)]
    for body, status, message in cases:
        answer = _schedule(ghl, draft["id"], status=status, **body)
        if message:
            assert answer["message"] == message
    assert _get(ghl, draft["id"])["status"] == "draft"
    _schedule(ghl, draft["id"])
    again = _schedule(ghl, draft["id"], status=409)
    assert again["message"] == "Campaign is already scheduled or being processed"
    edit = ghl.client().patch(_path(ghl, f"/emails/{draft['id']}"), json={"name": "Too late"})
    assert (edit.status_code, _get(ghl, draft["id"])["name"]) == (400, "Spring")


def test_an_rss_campaign_stays_scheduled_and_has_no_bulk_action(ghl):
    draft = _draft(ghl)
    answer = _schedule(ghl, draft["id"], scheduleType="rss", rssConfig={
        "name": "Digest", "rssFeedURL": "https://example.com/rss", "repeatAfter": "every_week",
        "repeatAfterTime": "09:00 AM"})
    assert answer["sourceId"] is None
    ghl.advance(days=30)
    campaign = _get(ghl, draft["id"])
    assert (campaign["status"], campaign["campaignCategory"]) == ("scheduled", "rss")


def test_an_ab_test_names_its_winner_once_sent(ghl):
    draft = _draft(ghl)
    _schedule(ghl, draft["id"], abTestConfig={"testType": "subjectLine", "testDuration": 3600, "variationCount": 2,
                                              "testSize": 20, "winningCriteria": "openRate",
                                              "variations": [{"subject": "A"}, {"subject": "B"}]})
    variations = _get(ghl, draft["id"])["variations"]
    assert [v["isWinner"] for v in variations] == [True, False]


def test_status_filter_search_and_paging(ghl):
    ghl.freeze("2026-04-01T08:00:00Z")
    first = _draft(ghl, name="First news")
    ghl.advance(minutes=1)
    second = _draft(ghl, name="Second")
    _schedule(ghl, second["id"])
    ghl.advance(minutes=1)
    seeded = ghl.email_schedule("Paused one", status="pause")  # a v2 schedule is a campaign too

    def ids(**params):
        return [c["id"] for c in ghl.client().get(_path(ghl, "/emails"), params=params).json()["campaigns"]]

    assert ids() == [seeded["id"], second["id"], first["id"]]
    assert ids(status="sent") == [second["id"]] and ids(status="paused") == [seeded["id"]]
    assert ids(status="draft") == [first["id"]] and ids(search="NEWS") == [first["id"]]
    assert ids(limit=1, offset=1) == [second["id"]]


def test_delete_cancels_its_pending_send(ghl):
    ghl.freeze("2026-04-01T08:00:00Z")
    draft = _draft(ghl)
    answer = _schedule(ghl, draft["id"], scheduleType="scheduled", scheduleConfig={"sendAt": "2026-04-02 09:00 AM"})
    deleted = ghl.client().delete(_path(ghl, f"/emails/{draft['id']}"))
    assert (deleted.status_code, deleted.json()["deleted"]) == (200, True)
    gone = ghl.client().get(_path(ghl, f"/emails/{draft['id']}"))
    assert (gone.status_code, gone.json()["message"]) == (404, "Campaign not found")
    bulk = ghl.client().get(_path(ghl, f"/bulk-actions/{answer['sourceId']}")).json()
    assert bulk["status"] == "cancelled"
    assert ghl.client().get(_path(ghl, "/emails")).json()["total"] == 0


@pytest.mark.ghl_allow_violations
def test_another_location_and_scopes(ghl):
    draft = _draft(ghl)
    other = ghl.location()
    assert ghl.client().get(BASE.format(other["id"]) + f"/emails/{draft['id']}").status_code == 403
    foreign = ghl.client(token=ghl.token(location_id=other["id"]))
    assert foreign.get(BASE.format(other["id"]) + "/emails").json()["total"] == 0
    reader = ghl.client(scopes=["emails/campaigns.readonly"])
    assert reader.get(_path(ghl, f"/emails/{draft['id']}")).status_code == 200
    assert reader.delete(_path(ghl, f"/emails/{draft['id']}")).status_code == 401
    no_stats = ghl.client(scopes=["emails/campaigns.readonly"])
    assert no_stats.get(_path(ghl, f"/stats/email-campaigns/{draft['id']}")).status_code == 401
    assert _get(ghl, draft["id"])["status"] == "draft"


@pytest.mark.ghl_allow_violations
def test_create_refusals(ghl):
    client = ghl.client()
    body = {"name": "x", "editorType": "html", "timeZone": "UTC", "userId": ghl.user_id}
    assert client.post(_path(ghl, "/emails"), json={**body, "userId": "noSuchUser0000000000"}).status_code == 400
    missing = client.post(_path(ghl, "/emails"), json={**body, "templateId": "noSuchTemplate000000"})
    assert (missing.status_code, missing.json()["message"]) == (404, "Template not found")
    plain = ghl.email_schedule("Not a folder")
    assert client.post(_path(ghl, "/emails"), json={**body, "parentFolderId": plain["id"]}).status_code == 400
    assert client.post(_path(ghl, "/emails"), json={**body, "timeZone": "Nowhere"}).status_code == 422
    assert client.get(_path(ghl, "/emails")).json()["total"] == 1
