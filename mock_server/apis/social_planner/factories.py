"""The ``ghl`` factories of the Social Planner area: connected accounts and categories (seeded: GHL's API
connects accounts through the platforms' OAuth and only lists categories), posts, and the audience's comments
on them (seeded: they come from the platforms)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.testing.factories import Factories, Ref, ref_id


class SocialPlannerFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def social_account(self, platform: str = "facebook", **fields: Any) -> dict[str, Any]:
        """A connected social account of this location, as get-account lists it
        (``POST /_mock/locations/{id}/social-accounts``; ``name``, ``type``, ``originId``, ``followers`` ...)."""
        with self.fake.draw("social_account") as (faker, _):
            body = {"platform": platform, "name": f"{faker.company()} {platform.title()}", **fields}
        return self.api("POST", f"/_mock/locations/{self.location_id}/social-accounts", body,
                        what="ghl.social_account()")

    def social_category(self, name: str = "Promotions", **fields: Any) -> dict[str, Any]:
        """A social post category of this location (``POST /_mock/locations/{id}/social-categories``)."""
        return self.api("POST", f"/_mock/locations/{self.location_id}/social-categories", {"name": name, **fields},
                        what="ghl.social_category()")

    def social_post(self, *, accounts: list[Ref] | None = None, schedule: datetime | None = None,
                    **overrides: Any) -> dict[str, Any]:
        """A post to ``accounts`` (a new Facebook page if none), published now, or scheduled for ``schedule``
        (published when the mock clock reaches it). Overrides are create-post fields (``status="draft"`` ...)."""
        account_ids = [ref_id(a) for a in accounts] if accounts else [self.social_account()["id"]]
        with self.fake.draw("social_post") as (faker, _):
            body = {"accountIds": account_ids, "type": "post", "userId": self.user_id, "summary": faker.sentence()}
        if schedule is not None:
            body["scheduleDate"] = iso_z(schedule)
        answer = self.api("POST", f"/social-media-posting/{self.location_id}/posts", body | overrides,
                          what="ghl.social_post()")
        return answer["results"]["post"]

    def social_comment(self, post: Ref, content: str | None = None, **fields: Any) -> dict[str, Any]:
        """Someone's comment on the published ``post`` (``parentId``: a reply to a comment; ``authorName``,
        ``likeCount``, ``publishedAt`` ...), as the platform reports it
        (``POST /_mock/locations/{id}/social-posts/{postId}/comments``)."""
        with self.fake.draw("social_comment") as (faker, _):
            body = {"content": content or faker.sentence(), "authorName": faker.name()}
        return self.api("POST", f"/_mock/locations/{self.location_id}/social-posts/{ref_id(post)}/comments",
                        body | fields, what="ghl.social_comment()")
