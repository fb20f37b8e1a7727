"""The ``ghl`` factories of the Social OAuth area: a platform's OAuth flow, completed, and an attached account."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class SocialOAuthFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def social_oauth(self, platform: str = "facebook", **consent: Any) -> dict[str, Any]:
        """A completed OAuth flow of ``platform`` at this location: its start (by the fixture's user), then the
        platform's consent (``POST /_mock/locations/{id}/social-media-posting/oauth/{platform}/consent``).
        ``consent``: ``originId``, ``name``, and the lists the account can attach (``pages``, ``accounts``,
        ``profile`` or ``locations``, as the platform has them; one is made up for each left out). Answers the
        message GHL posts to the window: ``accountId`` (the OAuth account), ``platform``, ``reconnectAccounts``."""
        started = self.api("GET", f"/social-media-posting/oauth/{platform}/start",
                           params={"locationId": self.location_id, "userId": self.user_id},
                           what="ghl.social_oauth()")["results"]
        return self.api("POST", f"/_mock/locations/{self.location_id}/social-media-posting/oauth/{platform}/consent",
                        {"state": started["state"], **consent}, what="ghl.social_oauth()")

    def social_attachable(self, platform: str, account: dict[str, Any] | str) -> dict[str, list[dict[str, Any]]]:
        """What the OAuth account (``ghl.social_oauth()``'s answer, or its ``accountId``) can attach: the
        results of the platform's list operation."""
        account_id = account if isinstance(account, str) else account["accountId"]
        word = "locations" if platform == "google" else "accounts"
        return self.api("GET", f"/social-media-posting/oauth/{self.location_id}/{platform}/{word}/{account_id}",
                        what="ghl.social_attachable()")["results"]

    def attached_social_account(self, platform: str = "facebook", **consent: Any) -> dict[str, Any]:
        """A connected account made as GHL's UI does: the OAuth flow of ``platform`` (``consent`` as
        ``ghl.social_oauth()``), then attaching the first page or profile it can attach. Answers the attach's
        ``results`` (``_id``, ``oAuthId``, ``originId``, ``oldId``: the id get-account lists it by)."""
        oauth = self.social_oauth(platform, **consent)
        item = next(i for items in self.social_attachable(platform, oauth).values() for i in items)
        word = "locations" if platform == "google" else "accounts"
        if platform == "google":
            body = {"location": item["location"], "account": item["account"]}
        else:
            body = {"originId": item["id"], "name": item["name"]} | (
                {"pageId": item["pageId"]} if platform == "instagram" else {})
        return self.api("POST", f"/social-media-posting/oauth/{self.location_id}/{platform}/{word}/"
                                f"{oauth['accountId']}", body, what="ghl.attached_social_account()")["results"]
