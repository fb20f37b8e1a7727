"""The mock's calls to a custom provider's ``queryUrl`` (``verify``, ``refund`` ...), as GHL makes them:
an HTTP POST of a JSON body whose only credential is the mode's ``apiKey`` (payment-provider facts, §2).

Over the network by default; a test can serve a URL's origin with an in-process ASGI or WSGI app
(``route_in_process``, what ``ghl.payment_provider(app)`` does), so no server or socket is needed.
A call runs on a worker thread (an in-process app gets an event loop of its own) and is bounded by
``TIMEOUT``; while it runs the request that caused it holds the store, so the provider must answer from its
own state rather than call the mock back (GHL's provider examples do so too).
"""

from __future__ import annotations

import concurrent.futures
import inspect
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx  # imported where used: a start serves its first request without it

# DECISION: GHL's queryUrl timeout is not documented; 10 seconds, no retry.
TIMEOUT = 10.0
USER_AGENT = "ghl-mock (custom payment provider calls)"

# Per mock (World): origin ("https://provider.test") -> an in-process app serving it.
_IN_PROCESS: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Reply:
    """What the provider answered: its status and JSON body, or why there was no usable answer."""

    status: int | None
    body: Any
    error: str | None = None

    @property
    def json_object(self) -> dict[str, Any]:
        return self.body if isinstance(self.body, dict) else {}

    def record(self, request: dict[str, Any]) -> dict[str, Any]:
        """The exchange as the transaction keeps it (the apiKey left out)."""
        return {"request": {k: v for k, v in request.items() if k != "apiKey"}, "status": self.status,
                "reply": self.body, **({"error": self.error} if self.error else {})}


def route_in_process(world: Any, origin: str, app: Any) -> None:
    """Serve ``origin``'s queryUrl calls of this mock with ``app`` (ASGI or WSGI), in-process."""
    _IN_PROCESS.setdefault(world, {})[origin.rstrip("/")] = app


def post(world: Any, url: str, body: dict[str, Any]) -> Reply:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(_post, _transport_for(world, url), url, body).result(timeout=TIMEOUT)
    except concurrent.futures.TimeoutError:
        return Reply(None, None, f"no answer within {TIMEOUT:g} s")
    finally:
        pool.shutdown(wait=False)


def _transport_for(world: Any, url: str) -> httpx.BaseTransport | None:
    import httpx

    for origin, app in _IN_PROCESS.get(world, {}).items():
        if url == origin or url.startswith(origin + "/"):
            if inspect.iscoroutinefunction(getattr(app, "__call__", app)) or inspect.iscoroutinefunction(app):
                from mock_server.testing.transport import InProcessTransport  # tests only: never when serving

                return InProcessTransport(app)
            return httpx.WSGITransport(app=app)
    return None


def _post(transport: httpx.BaseTransport | None, url: str, body: dict[str, Any]) -> Reply:
    import httpx

    try:
        with httpx.Client(transport=transport, timeout=TIMEOUT) as client:
            response = client.post(url, json=body, headers={"user-agent": USER_AGENT})
    except Exception as exc:  # the provider's own failure (a refused connection, its in-process app's bug)
        return Reply(None, None, f"{type(exc).__name__}: {exc}")
    try:
        answer = response.json()
    except ValueError:
        return Reply(response.status_code, response.text[:2000], "the answer is not JSON")
    if not response.is_success:
        return Reply(response.status_code, answer, f"HTTP {response.status_code}")
    return Reply(response.status_code, answer)
