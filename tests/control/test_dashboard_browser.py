"""The dashboard in a real browser (headless Chromium), against a live server: the control plane's cross-site
and Host protection (``control/guard.py``) must let the dashboard's own calls through, reads and writes.

Skipped where Chromium is not installed (``apt-get install chromium``). The browser is driven over the
DevTools protocol on a pipe, so nothing beyond the standard library is needed.
"""

from __future__ import annotations

import fcntl
import http.server
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from mock_server.app import build_app
from mock_server.platform.tenants import COMPANIES
from mock_server.settings import Settings
from mock_server.store import GLOBAL
from mock_server.testing.server import LiveServer

CHROMIUM = next((path for name in ("chromium", "chromium-browser", "google-chrome") if (path := shutil.which(name))),
                None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


class Browser:
    """Chromium with ``--remote-debugging-pipe``: DevTools commands on fd 3, answers on fd 4, NUL-separated."""

    def __init__(self) -> None:
        to_chrome_read, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_write = os.pipe()

        def onto_fds_3_and_4() -> None:  # in the child: wherever the pipe ends are, move them to 3 and 4
            read_end, write_end = fcntl.fcntl(to_chrome_read, fcntl.F_DUPFD, 10), \
                fcntl.fcntl(from_chrome_write, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.profile = tempfile.mkdtemp(prefix="ghl-mock-chromium-")
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             f"--user-data-dir={self.profile}"], preexec_fn=onto_fds_3_and_4, pass_fds=(3, 4),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_read)
        os.close(from_chrome_write)
        self._buffer = b""
        self._next_id = 0
        self.session: str | None = None

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(answer["error"])
                return answer["result"]

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_chrome, 65536)
            if not chunk:
                raise RuntimeError("Chromium went away")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", url=url)["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except AssertionError:  # the page is still loading
                value = None
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"never true: {expression}")

    def close(self) -> None:
        self.process.kill()
        self.process.wait(10)
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def dashboard() -> Iterator[tuple[Browser, LiveServer]]:
    app = build_app(Settings(random_seed="dashboard-browser"))
    server = LiveServer(app).start()
    browser = Browser()
    try:
        browser.open(server.url_for("/_mock/dashboard"))
        yield browser, server
    finally:
        browser.close()
        server.stop()
        app.world.close()


def test_the_dashboard_reads_the_control_plane(dashboard):
    browser, _ = dashboard
    assert browser.wait_for("document.getElementById('health').textContent.startsWith('ok')")
    assert browser.wait_for("document.getElementById('tenants').textContent.includes('companyId')")
    assert browser.wait_for("document.getElementById('clock').textContent.includes('mock time')")


def test_the_dashboards_buttons_write_to_the_control_plane(dashboard):
    browser, server = dashboard
    browser.wait_for("firstLocation")
    browser.evaluate("document.getElementById('mint').click()")
    token = browser.wait_for("document.getElementById('minted').textContent")
    assert token.count(".") == 2  # a JWT, minted by a POST with a JSON body from the page
    assert browser.evaluate("call('/_mock/journal', {method: 'DELETE'}).then(r => 'cleared' in r)") is True
    before = len(server.app.world.store.scan(GLOBAL, COMPANIES))
    browser.evaluate("call('/_mock/tenants', {method: 'POST', body: '{}'})")
    assert len(server.app.world.store.scan(GLOBAL, COMPANIES)) == before + 1
    browser.evaluate("window.confirm = () => true; document.getElementById('reset').click()")
    deadline = time.monotonic() + 10
    while len(server.app.world.store.scan(GLOBAL, COMPANIES)) != 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(server.app.world.store.scan(GLOBAL, COMPANIES)) == 1  # back to the bootstrap tenant


def test_a_page_of_another_origin_cannot_drive_the_control_plane(dashboard):
    """What the issue feared: a page fires "simple" cross-origin writes (no preflight) at the sandbox. It is
    served from another port of the same machine: Chromium itself blocks pages of public sites from reaching
    loopback (Local Network Access), other browsers do not, and a local page is reason enough."""
    browser, server = dashboard
    target = server.url_for("/_mock/tenants")
    page = ("<form id=f method=post enctype=text/plain action='" + target + "'><input name='{\"a\":\"' value='\"}'>"
            "</form><script>fetch('" + target + "', {method: 'POST', mode: 'no-cors', body: '{}', "
            "headers: {'Content-Type': 'text/plain'}}).finally(() => { document.title = 'sent'; });</script>")

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page.encode())

        def log_message(self, *args: Any) -> None:
            pass

    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    before = len(server.app.world.store.scan(GLOBAL, COMPANIES))
    attacker = Browser()
    try:
        attacker.open(f"http://127.0.0.1:{site.server_address[1]}/")
        attacker.wait_for("document.title === 'sent'")
        attacker.evaluate("document.getElementById('f').submit()")
        time.sleep(1)
    finally:
        attacker.close()
        site.shutdown()
    assert len(server.app.world.store.scan(GLOBAL, COMPANIES)) == before
