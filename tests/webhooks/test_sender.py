"""The sender process (signing and POSTing background deliveries) takes only CPU time nothing else wants."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from tests.webhooks.receivers import Recorder


def sender_pids() -> list[int]:
    """This process's children that are webhook senders."""
    children = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        children += (task / "children").read_text().split()
    return [int(pid) for pid in children
            if b"mock_server.webhooks.sender" in Path(f"/proc/{pid}/cmdline").read_bytes()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the idle scheduling class is Linux's")
def test_the_sender_runs_in_the_idle_scheduling_class_and_still_delivers(ghl):
    ghl.webhook_delivery("background")
    with Recorder() as receiver:
        ghl.install_app(webhook_url=receiver.url + "/ok", events=["UserCreate"])
        user = ghl.user()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not receiver.bodies():
            time.sleep(0.01)
        assert [body["id"] for body in receiver.bodies()] == [user["id"]]
    senders = sender_pids()
    assert senders, "no sender process was started"
    # A core running only idle-class work counts as free when the kernel places a waking process, so the API's
    # clients are not pushed onto the API's core by a busy sender (as they were with nice 10).
    assert {os.sched_getscheduler(pid) for pid in senders} == {os.SCHED_IDLE}
