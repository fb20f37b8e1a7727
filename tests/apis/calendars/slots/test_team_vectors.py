"""design/free-slots.md §6 vector 18: team calendars (round robin, collective, user filters, schedules)."""

from __future__ import annotations

import pytest

from .helpers import mon, run, team_calendar, team_events, weekday_hours


@pytest.mark.parametrize(
    "kind, user_ids, expected",
    [
        pytest.param("round_robin", None, mon("09:00", "10:00", "10:30"), id="v18-round-robin-union"),
        pytest.param("round_robin", ("U1",), mon("10:00", "10:30"), id="v18-userId-U1"),
        pytest.param("round_robin", ("U2",), mon("09:00", "10:30"), id="v18-userIds-U2"),
        pytest.param("collective", None, mon("10:30"), id="v18-collective-intersection"),
        pytest.param("round_robin", ("UX",), None, id="v18-unknown-user-empty"),
    ],
)
def test_v18_team(kind: str, user_ids: tuple[str, ...] | None, expected: list[str] | None) -> None:
    result = run(team_calendar(kind), appointments=team_events(), user_ids=user_ids)
    assert result == ({"2026-03-02": expected} if expected else {})


def test_v18b_user_schedule_in_another_zone() -> None:
    schedule = {
        "id": "S1",
        "userId": "U1",
        "calendarIds": ["C"],
        "timezone": "America/Los_Angeles",
        "deleted": False,
        "rules": [{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "10:00"}]}],
    }
    calendar = team_calendar(openHours=weekday_hours("09:00", "10:00"))
    assert run(calendar, schedules=[schedule]) == {"2026-03-02": mon("09:00", "09:30", "12:00", "12:30")}
