"""The Category Queue area's part of the demo (``Area.demo``): an active queue of the demo's first category."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

SLOTS = [{"dayOfWeek": day, "time": time} for day in (1, 3, 5) for time in ("09:00", "17:30")]


def load(demo: DemoLoader) -> None:
    """A queue of the social planner's first category (with its published posts), posting Monday, Wednesday and
    Friday at 09:00 and 17:30, activated."""
    categories = demo.call("GET", f"/social-media-posting/{demo.main}/categories", token=demo.main_token)
    found = categories["results"]["categories"]
    if not found:
        return
    user = (demo.made.get("users") or ["demo"])[0]
    queue = demo.call("POST", "/social-media-posting/category/queues", token=demo.main_token,
                      json={"locationId": demo.main, "categoryId": found[0]["_id"], "timeSlots": SLOTS,
                            "userId": user})["results"]["queue"]
    demo.call("PUT", f"/social-media-posting/category/queues/{queue['_id']}", token=demo.main_token,
              json={"locationId": demo.main, "status": "active"})
    demo.summary.update(socialQueues=1)
