"""A queue's schedule: weekly slots in the location's zone, items in turn (cyclic), skips, errors, the cursor."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from mock_server.apis.common import iso_z
from mock_server.apis.social_queues import schedule

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2024, 3, 4, 0, tzinfo=UTC)  # a Monday


def _queue(slots, skips=(), cursor=0):
    return {"timeSlots": slots, "skipDateTime": list(skips), "cursor": cursor}


def _item(name, errors=(), variations=1):
    return {"id": name, "errors": list(errors), "variations": [{}] * variations}


def _first(queue, items, n):
    found = []
    for occurrence in schedule.occurrences(queue, items, PARIS, START):
        found.append((iso_z(occurrence.at), occurrence.item and occurrence.item["id"], occurrence.variation))
        if len(found) == n:
            return found
    return found


def test_items_take_the_slots_in_turn_and_start_over_with_their_next_variation():
    queue = _queue([{"dayOfWeek": 1, "time": "09:00"}, {"dayOfWeek": 3, "time": "18:30"}])
    assert _first(queue, [_item("a", variations=2), _item("b")], 5) == [
        ("2024-03-04T08:00:00.000Z", "a", 0), ("2024-03-06T17:30:00.000Z", "b", 0),
        ("2024-03-11T08:00:00.000Z", "a", 1), ("2024-03-13T17:30:00.000Z", "b", 0),
        ("2024-03-18T08:00:00.000Z", "a", 0)]


def test_a_skipped_slot_publishes_nothing_and_the_turn_waits():
    queue = _queue([{"dayOfWeek": 1, "time": "09:00"}], skips=["2024-03-04T08:00:00.000Z"])
    assert _first(queue, [_item("a"), _item("b")], 3) == [
        ("2024-03-04T08:00:00.000Z", None, 0), ("2024-03-11T08:00:00.000Z", "a", 0),
        ("2024-03-18T08:00:00.000Z", "b", 0)]


def test_items_with_errors_take_no_slot_and_the_cursor_shifts_the_turn():
    queue = _queue([{"dayOfWeek": 1, "time": "09:00"}], cursor=1)
    items = [_item("a"), _item("broken", errors=["NO_ACCOUNTS"]), _item("c")]
    assert [who for _, who, _ in _first(queue, items, 3)] == ["c", "a", "c"]


def test_a_queue_without_slots_or_ready_items_publishes_nothing():
    assert _first(_queue([]), [_item("a")], 1) == []
    assert _first(_queue([{"dayOfWeek": 1, "time": "09:00"}]), [_item("x", errors=["NO_ACCOUNTS"])], 1) == []
    assert schedule.next_of_each(_queue([{"dayOfWeek": 1, "time": "09:00"}]), [], PARIS, START, START) == {}
