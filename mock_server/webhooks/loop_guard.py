"""The loop guard: a header counts how deep in a chain of deliveries a request is.

Every delivery carries ``X-GHL-Mock-Webhook-Depth: n`` (1 for an event caused by a plain API call).
A receiver that calls the mock back while handling a delivery forwards the header it got (in-process
receivers need not: the depth follows the call by context); events caused by such a call are one
level deeper, and beyond ``MAX_DEPTH`` they are recorded but not delivered (status ``skipped``), so a
receiver that reacts to its own events cannot start an endless chain (the habit of Mockoon's callbacks).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar

DEPTH_HEADER = "x-ghl-mock-webhook-depth"
MAX_DEPTH = 5  # DECISION: five hops of webhook -> API call -> webhook is more than any honest flow needs

_depth: ContextVar[int] = ContextVar("ghl_mock_webhook_depth", default=0)


def current_depth() -> int:
    """How many deliveries led to the request being served (0: a plain API call)."""
    return _depth.get()


@contextlib.contextmanager
def depth(value: int) -> Iterator[None]:
    token = _depth.set(value)
    try:
        yield
    finally:
        _depth.reset(token)


def depth_of(headers: Mapping[str, str]) -> int:
    """The depth a request declares (or inherits in-process), 0 when it says nothing sensible."""
    raw = headers.get(DEPTH_HEADER)
    if raw is None:
        return _depth.get()
    try:
        return max(0, min(int(raw), 1000))
    except ValueError:
        return 0
