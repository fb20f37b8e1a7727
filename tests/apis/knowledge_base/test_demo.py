"""The Knowledge Base part of the demo sandbox, as the API shows it."""

from __future__ import annotations

import httpx
from mock_server.fixtures.demo import DemoPlan, load_demo

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

SMALL = DemoPlan(contacts=3, second_location_contacts=1, businesses=1, calendars=1, booked_share=0.05,
                 opportunities=1, blog_posts=1, conversations=1)


def demo_client(seed: str) -> tuple[httpx.Client, dict]:
    """The demo loaded small, and a client of its main location."""
    app = build_app(Settings(random_seed=seed))
    summary = load_demo(app.world, plan=SMALL)
    token = app.world.tokens.mint(user_type="Location", company_id=summary["companyId"],
                                  location_id=summary["mainLocationId"], scopes=None, kind="pit", expires_in=None,
                                  client_id=None, user_id=None, with_refresh=False)["access_token"]
    return httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL,
                        headers={"Authorization": f"Bearer {token}", "Version": "2021-07-28"}), summary


def test_the_demo_has_a_knowledge_base_with_faqs_and_trained_pages():
    api, summary = demo_client("kb-demo")
    main = {"locationId": summary["mainLocationId"]}
    bases = api.get("/knowledge-bases/", params=main).json()["data"]["knowledgeBases"]
    assert summary["knowledgeBases"] == len(bases) == 1
    base = api.get(f"/knowledge-bases/{bases[0]['id']}").json()["data"]
    assert (base["name"], base["kbMetadata"]["faqs"], base["kbMetadata"]["urls"]) == ("Help centre", 2, 2)
    pages = api.get("/knowledge-bases/crawler", params={**main, "knowledgeBaseId": base["id"]}).json()["urls"]
    assert [page["title"] for page in pages] == ["Shipping", "Returns"]
    assert "ship free" in api.get(pages[0]["content"]).text
