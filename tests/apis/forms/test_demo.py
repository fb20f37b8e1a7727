"""The Forms, Surveys and E-mails parts of the demo sandbox, as the API shows them."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=10, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=2, blog_posts=1, conversations=1)


def test_the_demo_has_forms_surveys_and_email_templates_with_their_records():
    app = build_app(Settings(random_seed="forms-demo"))
    try:
        summary = load_demo(app.world, plan=SMALL)
        token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"],
                                      location_id=summary["mainLocationId"], scopes=None, kind="pit",
                                      expires_in=None, client_id=None, user_id=None,
                                      with_refresh=False)["access_token"]
        api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                           headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
        main = {"locationId": summary["mainLocationId"]}
        assert api.get("/forms/", params=main).json()["total"] == summary["forms"] == 3
        submissions = api.get("/forms/submissions", params=main).json()
        assert submissions["meta"]["total"] == summary["formSubmissions"] == 5
        contacts = api.post("/contacts/search", json={**main, "pageLimit": 100}).json()
        assert contacts["total"] == SMALL.contacts  # the submissions were filed under the demo's own contacts
        assert {s["contactId"] for s in submissions["submissions"]} <= {c["id"] for c in contacts["contacts"]}
        assert api.get("/surveys/submissions", params=main).json()["meta"]["total"] == summary["surveySubmissions"]
        templates = api.get("/emails/builder", params=main).json()
        assert templates["total"] == summary["emailTemplates"] + 1  # and their folder
        schedules = api.get("/emails/schedule", params=main).json()
        assert schedules["total"] == [str(summary["emailSchedules"])]
    finally:
        app.world.close()
