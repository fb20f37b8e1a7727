"""The Users area's part of the demo (``Area.demo``): users of the main location and of the second one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader


def load(demo: DemoLoader) -> None:
    """``demo.made["users"]``: the main location's new users (calendars and opportunities are hosted by them)."""
    demo.made["users"] = [_user(demo, demo.main)["id"] for _ in range(demo.plan.users)]
    for _ in range(demo.plan.second_location_users):
        _user(demo, demo.second)
    demo.summary["users"] = demo.plan.users + demo.plan.second_location_users


def _user(demo: DemoLoader, location_id: str) -> dict[str, Any]:
    return demo.call("POST", "/users/", token=demo.agency_token, json=demo.fake.user(demo.company_id, [location_id]))
