"""The background worker on a server's loop (``serve``) paces its rounds as ``pacing.py`` says, and weighs each round
with what the sender spent on its attempts. ``test_pacing.py`` tests the policy; this, that the worker obeys it."""

from __future__ import annotations

import asyncio
import threading
import time

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing import GhlTenant
from mock_server.webhooks import dispatcher as dispatcher_module
from tests.webhooks.receivers import Recorder

HELD_SECONDS = 0.3


class AlwaysBusy:
    """Pacing for an API that is always saturated: every round is followed by a pause of ``HELD_SECONDS``."""

    def __init__(self) -> None:
        self.elsewhere: list[float] = []

    def took(self, seconds: float, elsewhere: float = 0.0) -> None:
        self.elsewhere.append(elsewhere)

    def wait(self) -> float:
        return HELD_SECONDS


def test_a_busy_api_holds_the_next_round_back_and_the_senders_cpu_is_weighed(monkeypatch):
    pacings: list[AlwaysBusy] = []
    monkeypatch.setattr(dispatcher_module, "Pacing", lambda: pacings.append(AlwaysBusy()) or pacings[-1])
    app = build_app(Settings())
    tenant = GhlTenant(app, seed="paced worker")
    hooks = app.world.webhooks
    loop = asyncio.new_event_loop()
    server_loop = threading.Thread(target=loop.run_forever, daemon=True)
    server_loop.start()

    async def start_as_serve_does() -> None:
        hooks.dispatcher.start_on_loop()

    try:
        asyncio.run_coroutine_threadsafe(start_as_serve_does(), loop).result(10)
        assert hooks.dispatcher._worker.ready.wait(30)
        tenant.webhook_delivery("background")
        tenant.webhook_settings(concurrency=1)  # one attempt in flight: each one waits for the round after the last
        with Recorder() as receiver:
            tenant.install_app(webhook_url=receiver.url + "/ok", events=["UserCreate"], deliver=False)
            users = [tenant.user() for _ in range(3)]
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and len(arrived := [
                    (at, body) for at, body in receiver.received if body.get("type") == "UserCreate"]) < 3:
                time.sleep(0.01)
        assert [body["id"] for _, body in arrived] == [user["id"] for user in users]
        gaps = [later[0] - earlier[0] for earlier, later in zip(arrived, arrived[1:])]
        assert min(gaps) >= HELD_SECONDS * 0.8  # unpaced, the next attempt leaves within milliseconds
        assert len(pacings) == 1 and max(pacings[0].elsewhere) > 0  # the sender's reported CPU reached the pacing
    finally:
        asyncio.run_coroutine_threadsafe(hooks.dispatcher.stop_on_loop(), loop).result(20)
        loop.call_soon_threadsafe(loop.stop)
        server_loop.join(5)
        tenant.close()
        app.world.close()
