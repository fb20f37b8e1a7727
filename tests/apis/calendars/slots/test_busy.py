from __future__ import annotations

from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.apis.calendars.slots.busy import Event, EventBook, HostBusy, blocks

from .helpers import appt, block

NY = ZoneInfo("America/New_York")
WIDE = (0, 10**11)

interval = st.tuples(st.integers(0, 200), st.integers(0, 60)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=500, deadline=None)
@given(
    soft=st.lists(interval, max_size=12),
    hard=st.lists(interval, max_size=12),
    probe=st.tuples(st.integers(-20, 220), st.integers(1, 80)).map(lambda p: (p[0], p[0] + p[1])),
    pre=st.integers(0, 15),
    post=st.integers(0, 15),
    capacity=st.integers(1, 3),
)
def test_bisect_answers_match_brute_force(soft, hard, probe, pre, post, capacity) -> None:
    busy = HostBusy.build([Event("C", frozenset(), s, e) for s, e in soft], hard, pre=pre, post=post)
    a, b = probe

    def overlaps(start: int, end: int) -> bool:  # §3: [a1,b1) and [a2,b2) overlap iff a1 < b2 and a2 < b1
        return start < b and a < end

    assert busy.hard_conflict(a, b) == any(overlaps(s, e) for s, e in hard)
    assert busy.soft_overlaps(a, b) == sum(overlaps(s - pre, e + post) for s, e in soft)
    expected = not any(overlaps(s, e) for s, e in hard) and sum(overlaps(s - pre, e + post) for s, e in soft) < capacity
    assert busy.allows(a, b, capacity) == expected


def test_touching_intervals_do_not_overlap() -> None:
    busy = HostBusy.build([Event("C", frozenset(), 100, 200)], [(300, 400)], pre=0, post=0)
    assert busy.allows(200, 300, 1) and busy.allows(0, 100, 1) and busy.allows(400, 500, 1)
    assert not busy.allows(199, 201, 1) and not busy.allows(299, 301, 1)


def test_blocking_statuses() -> None:
    assert blocks({"appointmentStatus": "confirmed"}) and blocks({"appointmentStatus": "new"})
    assert blocks({"appointmentStatus": "showed"}) and blocks({"appointmentStatus": "completed"})
    assert blocks({})  # no status blocks
    for status in ("cancelled", "invalid", "noshow", "made-up"):
        assert not blocks({"appointmentStatus": status})
    assert not blocks({"appointmentStatus": "confirmed", "deleted": True})


def spans(busy: HostBusy) -> tuple[list[tuple[int, int]], list[int]]:
    return list(zip(busy.hard_starts, busy.hard_ends)), busy.soft_starts


def test_host_busy_split() -> None:
    t = "2026-03-02T{}:00-05:00".format
    appointments = [
        appt(t("09:00"), t("09:30"), assigned="U1"),  # soft for U1
        appt(t("10:00"), t("10:30"), users=["U1", "U2"]),  # soft for both
        appt(t("11:00"), t("11:30"), assigned="U1", calendar_id="C2"),  # hard for U1
        appt(t("12:00"), t("12:30")),  # nobody's: soft only for the calendar itself
        appt(t("13:00"), t("13:30"), assigned="U1", status="cancelled"),
        appt(t("14:00"), t("14:30"), assigned="U1", deleted=True),
    ]
    blocked = [block(t("15:00"), t("15:30")), block(t("16:00"), t("16:30"), calendar_id=None, assigned="U2"),
               block(t("17:00"), t("17:30"), calendar_id="C2")]
    book = EventBook.build("C", appointments, blocked, location_tz=NY, window=WIDE)
    hour = lambda h: 1772460000 + (h - 9) * 3600  # 2026-03-02 09:00 EST
    u1_hard, u1_soft = spans(book.busy_for("U1", pre=0, post=0))
    assert (u1_hard, u1_soft) == ([(hour(11), hour(11) + 1800), (hour(15), hour(15) + 1800)], [hour(9), hour(10)])
    u2_hard, u2_soft = spans(book.busy_for("U2", pre=0, post=0))
    assert (u2_hard, u2_soft) == ([(hour(15), hour(15) + 1800), (hour(16), hour(16) + 1800)], [hour(10)])
    cal_hard, cal_soft = spans(book.busy_for(None, pre=0, post=0))
    assert (cal_hard, cal_soft) == ([(hour(15), hour(15) + 1800)], [hour(9), hour(10), hour(12)])


def test_event_book_drops_unreadable_inverted_excluded_and_far_events() -> None:
    appointments = [
        appt("not a time", "2026-03-02T10:00:00-05:00"),
        appt("2026-03-02T10:00:00-05:00", "2026-03-02T09:00:00-05:00"),
        appt("2026-03-02T10:00:00-05:00", "2026-03-02T10:30:00-05:00", id="moving"),
        appt("2030-01-01T10:00:00Z", "2030-01-01T10:30:00Z"),
        appt("2026-03-02T11:00:00", "2026-03-02T11:30:00"),  # no offset: the location's zone
    ]
    book = EventBook.build("C", appointments, [], location_tz=NY, window=(1772400000, 1772500000), exclude_id="moving")
    assert [(e.start, e.end) for e in book.appointments] == [(1772467200, 1772469000)]


def test_merged_hard_intervals_are_sorted() -> None:
    busy = HostBusy.build([], [(50, 60), (10, 20), (15, 30), (30, 40)], pre=0, post=0)
    assert (busy.hard_starts, busy.hard_ends) == ([10, 50], [40, 60])
