"""The Forms, Surveys and E-mails parts of the demo sandbox, as the API shows them."""

from __future__ import annotations


def test_the_demo_has_forms_surveys_and_email_templates_with_their_records(small_demo):
    api, summary = small_demo.api, small_demo.summary
    main = {"locationId": small_demo.main}
    assert api.get("/forms/", params=main).json()["total"] == summary["forms"] == 3
    submissions = api.get("/forms/submissions", params=main).json()
    assert submissions["meta"]["total"] == summary["formSubmissions"] == 5
    contacts = api.post("/contacts/search", json={**main, "pageLimit": 100}).json()
    assert contacts["total"] == small_demo.plan.contacts  # the submissions were filed under the demo's own contacts
    assert {s["contactId"] for s in submissions["submissions"]} <= {c["id"] for c in contacts["contacts"]}
    assert api.get("/surveys/submissions", params=main).json()["meta"]["total"] == summary["surveySubmissions"]
    templates = api.get("/emails/builder", params=main).json()
    assert templates["total"] == summary["emailTemplates"] + 1  # and their folder
    # The listing shows active schedules unless asked (the official default): the v3 campaign sent is complete.
    schedules = api.get("/emails/schedule", params=main).json()
    sent = api.get("/emails/schedule", params={**main, "status": "complete"}).json()
    assert schedules["total"] == [str(summary["emailSchedules"] - 1)] and sent["total"] == ["1"]
