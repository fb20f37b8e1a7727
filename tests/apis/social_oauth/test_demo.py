"""The Social OAuth part of the demo sandbox (demo.py), as the API shows it."""

from __future__ import annotations


def test_the_demo_has_an_oauthd_facebook_account_with_one_of_its_pages_attached(small_demo):
    api, main = small_demo.api, small_demo.main
    accounts = api.get(f"/social-media-posting/{main}/accounts").json()["results"]["accounts"]
    page = next(a for a in accounts if a["name"] == "Whitfield Dental")
    assert (page["platform"], page["type"], page["originId"]) == ("facebook", "page", "104857600000001")
    pages = api.get(f"/social-media-posting/oauth/{main}/facebook/accounts/{page['oauthId']}").json()
    assert [(p["name"], p["isConnected"]) for p in pages["results"]["pages"]] == [
        ("Whitfield Dental", True), ("Whitfield Dental Careers", False)]
    assert small_demo.summary["socialOAuthAccounts"] == 2
