"""Half-open ``[start, end)`` intervals of epoch seconds (§3: touching intervals do not overlap)."""

from __future__ import annotations

from collections.abc import Iterable


def merge(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint intervals covering the same instants; overlapping and touching ones join.

    Joining touching intervals changes no overlap answer for a non-empty probe ``[a, b)``, and it
    makes both the starts and the ends ascending (what ``bisect`` needs).
    """
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
