"""Enrolling contacts in the location's workflows and campaigns."""

from __future__ import annotations


def enrollments(api, ghl, contact_id):
    answer = api.get(f"/_mock/locations/{ghl.location_id}/contacts/{contact_id}/enrollments")
    assert answer.status_code == 200
    return answer.json()


def test_workflow_enrollment(ghl, api, new_contact, seed):
    contact = new_contact()
    workflow = seed("workflows", name="Welcome")
    path = f"/contacts/{contact['id']}/workflow/{workflow['id']}"
    added = api.post(path, json={"eventStartTime": "2024-06-23T03:30:00+01:00"})
    assert (added.status_code, added.json()["succeded"]) == (200, True)
    assert enrollments(api, ghl, contact["id"])["workflows"] == [
        {"id": workflow["id"], "dateAdded": enrollments(api, ghl, contact["id"])["workflows"][0]["dateAdded"],
         "eventStartTime": "2024-06-23T02:30:00.000Z"}]
    api.post(path, json={})  # enrolling again keeps one enrollment
    assert len(enrollments(api, ghl, contact["id"])["workflows"]) == 1
    removed = api.request("DELETE", path, json={})
    assert removed.status_code == 200 and enrollments(api, ghl, contact["id"])["workflows"] == []


def test_unknown_workflows_and_campaigns_are_refused(ghl, api, new_contact):
    contact = new_contact()
    workflow = api.post(f"/contacts/{contact['id']}/workflow/3f0b7a52-0000-4000-8000-000000000000", json={})
    assert (workflow.status_code, workflow.json()["message"]) == (400, "Workflow not found")
    campaign = api.post(f"/contacts/{contact['id']}/campaigns/NoSuchCampaign000000", json={})
    assert (campaign.status_code, campaign.json()["message"]) == (400, "Campaign not found")
    assert enrollments(api, ghl, contact["id"]) == {"workflows": [], "campaigns": []}


def test_campaign_enrollment_removal_and_remove_all(ghl, api, new_contact, seed):
    contact = new_contact()
    nurture, promo, other = (seed("campaigns", name=n) for n in ("Nurture", "Promo", "Other"))
    for campaign in (nurture, promo, other):
        added = api.post(f"/contacts/{contact['id']}/campaigns/{campaign['id']}", json={})
        assert (added.status_code, added.json()) == (201, {"succeded": True, "traceId": added.json()["traceId"]})
    assert api.delete(f"/contacts/{contact['id']}/campaigns/{other['id']}").status_code == 200
    assert [c["id"] for c in enrollments(api, ghl, contact["id"])["campaigns"]] == [nurture["id"], promo["id"]]
    assert api.delete(f"/contacts/{contact['id']}/campaigns/removeAll").json()["succeded"] is True
    assert enrollments(api, ghl, contact["id"])["campaigns"] == []
    # the v3 spelling the Python SDK uses is the same operation
    api.post(f"/contacts/{contact['id']}/campaigns/{promo['id']}", json={})
    assert api.delete(f"/contacts/{contact['id']}/campaigns/remove-all").status_code == 200
    assert enrollments(api, ghl, contact["id"])["campaigns"] == []


def test_workflows_and_campaigns_are_listed(ghl, api, seed):
    welcome = seed("workflows", name="Welcome", status="draft")
    nurture = seed("campaigns", name="Nurture")
    draft = seed("campaigns", name="Later", status="draft")
    listed = api.get("/workflows/", params={"locationId": ghl.location_id}).json()["workflows"]
    assert listed == [welcome] and welcome["status"] == "draft" and welcome["version"] == 1
    assert len(welcome["id"]) == 36  # workflow ids are UUIDs
    campaigns = api.get("/campaigns/", params={"locationId": ghl.location_id}).json()["campaigns"]
    assert campaigns == [nurture, draft]
    assert api.get("/campaigns/", params={"locationId": ghl.location_id, "status": "draft"}).json()["campaigns"] \
        == [draft]
