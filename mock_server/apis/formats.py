"""GHL's timestamp format and skip/limit paging, shared by the areas.

Apart from ``common.py`` (the pydantic field types) because the domain code that writes the sandbox's own tenant
at start-up uses them, and a server answers ``/_mock/health`` before it imports pydantic.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def iso_z(moment: datetime) -> str:
    """GHL's timestamp format: ``2024-06-06T18:54:57.221Z``."""
    # Formatted by hand: strftime does not zero-pad years before 1000, and these strings must keep
    # one width (stored timestamps compare as strings).
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}:"
            f"{moment.second:02d}.{moment.microsecond // 1000:03d}Z")


def page(items: list[Any], skip: int | str | None, limit: int | str | None, default_limit: int) -> list[Any]:
    start = int(skip or 0)
    size = int(limit) if limit not in (None, "") else default_limit
    return items[start:start + size]
