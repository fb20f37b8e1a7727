"""``ghl_server``: one real uvicorn per session on a free port, each test still on its own tenant."""

from __future__ import annotations

import pytest

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing import LiveServer, ServerStartError


def test_the_live_server_serves_every_tests_own_tenant_on_one_port(pytester):
    pytester.makepyfile("""
        import subprocess, sys
        import httpx

        PORTS = set()

        def _check(ghl, ghl_server):
            assert ghl_server.port not in (None, 0)
            PORTS.add(ghl_server.port)
            assert ghl.url_for("/users/x") == f"http://127.0.0.1:{ghl_server.port}/users/x"
            response = httpx.get(ghl.url_for(f"/locations/{ghl.location_id}"), headers=ghl.headers(), trust_env=False)
            assert response.json()["location"]["id"] == ghl.location_id

        def test_one(ghl, ghl_server):
            _check(ghl, ghl_server)

        def test_two(ghl, ghl_server):
            _check(ghl, ghl_server)
            assert len(PORTS) == 1

        def test_from_another_process(ghl, ghl_server):
            code = ("import sys, urllib.request; r = urllib.request.Request(sys.argv[1], headers="
                    "{'Authorization': 'Bearer ' + sys.argv[2], 'Version': '2021-07-28'}); "
                    "print(urllib.request.urlopen(r).status)")
            out = subprocess.run([sys.executable, "-c", code, ghl.url_for(f"/users/{ghl.user_id}"), ghl.token()],
                                 capture_output=True, text=True, timeout=30)
            assert out.stdout.strip() == "200", out.stderr

        def test_without_the_server_urls_are_ghls_own(ghl):
            assert ghl.url_for("contacts/") == "https://services.leadconnectorhq.com/contacts/"
    """)
    pytester.runpytest().assert_outcomes(passed=4)


def test_start_gives_up_after_the_timeout_with_a_clear_error():
    app = build_app(Settings(bootstrap=False))
    server = LiveServer(app)
    with pytest.raises(ServerStartError, match=r"not ready after 0(\.0)?s"):
        server.start(timeout=0)
    app.world.close()


def test_start_and_stop_leave_no_thread_behind():
    import threading

    import httpx

    app = build_app(Settings(bootstrap=False))
    with LiveServer(app) as server:
        assert httpx.get(server.url_for("/_mock/health"), trust_env=False).status_code == 200
        name = f"ghl-mock:{server.port}"
    assert name not in {t.name for t in threading.enumerate()}
    app.world.close()
