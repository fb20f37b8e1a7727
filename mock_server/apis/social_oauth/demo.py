"""The Social OAuth area's part of the demo (``Area.demo``): the main location's owner has OAuth'd a Facebook
account managing two pages (one attached as a connected account) and a LinkedIn account, nothing attached yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

FACEBOOK = {"originId": "demo-facebook-user", "name": "Dana Whitfield",
            "pages": [{"id": "104857600000001", "name": "Whitfield Dental", "isOwned": True},
                      {"id": "104857600000002", "name": "Whitfield Dental Careers", "isOwned": True}]}
LINKEDIN = {"originId": "demo-linkedin-user", "name": "Dana Whitfield",
            "pages": [{"id": "80451234", "name": "Whitfield Dental Group", "urn": "urn:li:organization:80451234"}]}


def load(demo: DemoLoader) -> None:
    facebook = demo.seed(demo.main, "social-media-posting/oauth/facebook/consent", FACEBOOK)
    linkedin = demo.seed(demo.main, "social-media-posting/oauth/linkedin/consent", LINKEDIN)
    page = FACEBOOK["pages"][0]
    demo.call("POST", f"/social-media-posting/oauth/{demo.main}/facebook/accounts/{facebook['accountId']}",
              token=demo.main_token, json={"type": "page", "originId": page["id"], "name": page["name"]})
    demo.summary["socialOAuthAccounts"] = len((facebook, linkedin))
