"""The worker's pacing on the server's loop: deliveries take a small share of a saturated API's time, and none of an
idle one's."""

from __future__ import annotations

import pytest

from mock_server.webhooks.pacing import BUSY_SHARE, MAX_WAIT_SECONDS, WINDOW_SECONDS, Pacing


class FakeProcess:
    """A process whose CPU time and wall clock the test moves."""

    def __init__(self) -> None:
        self.cpu_seconds = 0.0
        self.wall_seconds = 0.0

    def run(self, seconds: float) -> None:  # busy: CPU and wall move together
        self.cpu_seconds += seconds
        self.wall_seconds += seconds

    def sleep(self, seconds: float) -> None:
        self.wall_seconds += seconds


def paced(process: FakeProcess) -> Pacing:
    return Pacing(cpu=lambda: process.cpu_seconds, wall=lambda: process.wall_seconds)


def test_an_idle_server_delivers_at_once():
    process = FakeProcess()
    pacing = paced(process)
    for _ in range(50):
        process.sleep(0.004)  # waiting for requests
        process.run(0.001)  # a request
        process.run(0.002)  # a round of the worker
        pacing.took(0.002)
        assert pacing.wait() == 0.0
    assert not pacing.busy


def test_under_a_storm_the_worker_takes_at_most_its_share_of_the_time():
    process = FakeProcess()
    pacing = paced(process)
    worker_seconds, started = 0.0, None
    for _ in range(400):
        process.run(0.0005)  # requests are always waiting: the loop serves some between any two rounds
        while (wait := pacing.wait()) > 0:
            process.run(min(wait, 0.0005))
        if started is None and pacing.busy:  # the storm is seen after its first window: measured from there
            started = process.wall_seconds
        process.run(0.001)
        pacing.took(0.001)
        worker_seconds += 0.001 if started is not None else 0.0
    assert pacing.busy
    share = worker_seconds / (process.wall_seconds - started)
    assert BUSY_SHARE * 0.8 < share <= BUSY_SHARE * 1.1


def test_what_the_sender_spends_on_the_rounds_attempts_counts_toward_the_share():
    process = FakeProcess()
    pacing = paced(process)
    process.run(2 * WINDOW_SECONDS)  # a storm of requests
    process.run(0.0001)  # a round: cheap here
    pacing.took(0.0001, elsewhere=0.0049)  # its attempts signed and sent over there
    assert pacing.wait() == pytest.approx(0.005 * (1 / BUSY_SHARE - 1))


def test_deliveries_go_at_once_again_when_the_storm_ends():
    process = FakeProcess()
    pacing = paced(process)
    process.run(2 * WINDOW_SECONDS)  # a storm of requests
    pacing.took(0.001)
    assert pacing.busy and pacing.wait() > 0
    process.sleep(2 * WINDOW_SECONDS)  # quiet
    pacing.took(0.001)
    assert not pacing.busy and pacing.wait() == 0.0


def test_a_long_round_never_holds_deliveries_back_longer_than_the_cap():
    process = FakeProcess()
    pacing = paced(process)
    process.run(2 * WINDOW_SECONDS)  # requests
    process.run(0.05)  # a round that logged a big backlog
    pacing.took(0.05)
    assert pacing.busy and pacing.wait() == pytest.approx(MAX_WAIT_SECONDS)
