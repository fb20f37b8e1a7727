"""The Social OAuth part of the demo sandbox (demo.py), as the API shows it."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=10, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=2, blog_posts=1, conversations=1)


def test_the_demo_has_an_oauthd_facebook_account_with_one_of_its_pages_attached():
    app = build_app(Settings(random_seed="social-oauth-demo"))
    try:
        summary = load_demo(app.world, plan=SMALL)
        token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"],
                                      location_id=summary["mainLocationId"], scopes=None, kind="pit",
                                      expires_in=None, client_id=None, user_id=None,
                                      with_refresh=False)["access_token"]
        api = httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                           headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"})
        main = summary["mainLocationId"]
        accounts = api.get(f"/social-media-posting/{main}/accounts").json()["results"]["accounts"]
        page = next(a for a in accounts if a["name"] == "Whitfield Dental")
        assert (page["platform"], page["type"], page["originId"]) == ("facebook", "page", "104857600000001")
        pages = api.get(f"/social-media-posting/oauth/{main}/facebook/accounts/{page['oauthId']}").json()
        assert [(p["name"], p["isConnected"]) for p in pages["results"]["pages"]] == [
            ("Whitfield Dental", True), ("Whitfield Dental Careers", False)]
        assert summary["socialOAuthAccounts"] == 2
    finally:
        app.world.close()
