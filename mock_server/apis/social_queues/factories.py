"""The ``ghl`` factories of the Category Queue area: a category's queue, and items of it."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id

QUEUES = "/social-media-posting/category/queues"
WEEKDAY_MORNINGS = [{"dayOfWeek": day, "time": "09:00"} for day in range(1, 6)]


class SocialQueueFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def social_queue(self, category: Ref | None = None, *, active: bool = False, **fields: Any) -> dict[str, Any]:
        """A queue of ``category`` (a new category if none), posting weekdays at 09:00 unless ``timeSlots`` says
        otherwise; in draft, or ``active``. It holds the category's published posts."""
        category_id = ref_id(category) if category is not None else self.social_category(name="Evergreen")["_id"]
        body = {"locationId": self.location_id, "categoryId": category_id, "timeSlots": WEEKDAY_MORNINGS,
                "userId": self.user_id, **fields}
        queue = self.api("POST", QUEUES, body, what="ghl.social_queue()")["results"]["queue"]
        if active:
            queue = self.api("PUT", f"{QUEUES}/{queue['_id']}", {"locationId": self.location_id, "status": "active"},
                             what="ghl.social_queue()")["results"]["queue"]
        return queue

    def social_queue_item(self, queue: Ref, *, accounts: list[Ref] | None = None, **fields: Any) -> dict[str, Any]:
        """A post composed for ``queue`` (to ``accounts``: a new Facebook page if none), added straight to its
        live items (``directToQueue``)."""
        account_ids = [ref_id(a) for a in accounts] if accounts else [self.social_account()["id"]]
        with self.fake.draw("social_queue_item") as (faker, _):
            payload = {"accountIds": account_ids, "summary": faker.sentence(), "type": "post"}
        body = {"locationId": self.location_id, "modifiedPostPayload": payload, "directToQueue": True, **fields}
        answer = self.api("POST", f"{QUEUES}/{ref_id(queue)}/create/item", body, what="ghl.social_queue_item()")
        return answer["results"]["queueItem"]
