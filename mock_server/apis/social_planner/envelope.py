"""The envelope every Social Planner answer comes in: ``{"success", "statusCode", "message", "results"}``."""

from __future__ import annotations

from typing import Any


def ok(message: str, results: Any, status: int = 200) -> dict[str, Any]:
    """A successful answer: GHL repeats the HTTP status in the body and says what it did in ``message``."""
    return {"success": True, "statusCode": status, "message": message, "results": results}
