"""Two ``ghl-mock serve`` processes on one PostgreSQL database behave as one GHL.

A contact written through one is read through the other; identical concurrent bookings spread over both
have exactly one winner (the database settles it, there is no lock the processes share); a kill -9 of
either loses no acknowledged write; a clock frozen through one is frozen for the other.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from tests import postgres
from tests.conftest import ServerProcess

BOOKERS = 32
ROUNDS = 20
CALENDAR_VERSION = "2021-04-15"
WEEKDAYS_9_TO_12 = [{"daysOfTheWeek": [day], "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 12,
                                                        "closeMinute": 0}]} for day in range(1, 6)]


class Pair:
    def __init__(self, url: str) -> None:
        self.store_url = url
        self.servers = [self.start(), self.start()]
        tenant = httpx.get(self.servers[0].url + "/_mock/tenants").json()["tenants"][0]
        self.company_id = tenant["companyId"]
        self.location_id = tenant["locations"][0]["locationId"]
        grant = httpx.post(self.servers[0].url + "/_mock/tokens",
                           json={"locationId": self.location_id, "kind": "pit"}).json()
        self.headers = {"Authorization": f"Bearer {grant['access_token']}", "Version": "2021-07-28"}

    def start(self) -> ServerProcess:
        server = ServerProcess(["--port", "0", "--store", self.store_url])
        server.wait_healthy()
        return server

    def client(self, n: int, **headers: str) -> httpx.Client:
        return httpx.Client(base_url=self.servers[n].url, headers={**self.headers, **headers}, timeout=30)

    def stop(self) -> None:
        for server in self.servers:
            server.stop()


@pytest.fixture(scope="module")
def pair() -> Iterator[Pair]:
    url, schema = postgres.isolated_url()
    started = Pair(url)
    yield started
    started.stop()
    postgres.drop_schema(schema)


def test_a_contact_written_through_one_process_is_read_through_the_other(pair):
    with pair.client(0) as first, pair.client(1) as second:
        created = first.post("/contacts/", json={"locationId": pair.location_id, "firstName": "Ada",
                                                 "email": "ada@two.example"})
        assert created.status_code == 201, created.text
        contact_id = created.json()["contact"]["id"]
        read = second.get(f"/contacts/{contact_id}")
        assert read.status_code == 200 and read.json()["contact"]["email"] == "ada@two.example"
        # and the duplicate check sees it from the other process too
        again = second.post("/contacts/", json={"locationId": pair.location_id, "email": "ada@two.example"})
        assert again.status_code == 400, again.text


def test_a_clock_frozen_through_one_process_holds_on_the_other(pair):
    frozen = httpx.post(pair.servers[0].url + "/_mock/clock/freeze",
                        json={"companyId": pair.company_id, "at": "2031-05-06T07:08:09Z"})
    assert frozen.status_code == 200, frozen.text
    try:
        seen = httpx.get(pair.servers[1].url + "/_mock/clock", params={"companyId": pair.company_id}).json()
        assert seen["now"] == "2031-05-06T07:08:09Z" and seen["frozen"] is True
    finally:
        httpx.post(pair.servers[1].url + "/_mock/clock/reset", json={"companyId": pair.company_id})
    assert httpx.get(pair.servers[0].url + "/_mock/clock",
                     params={"companyId": pair.company_id}).json()["frozen"] is False


def _weekdays(count: int) -> list[date]:
    day, found = date.today() + timedelta(days=7), []
    while len(found) < count:
        if day.weekday() < 5:
            found.append(day)
        day += timedelta(days=1)
    return found


def test_identical_concurrent_bookings_over_both_processes_have_exactly_one_winner(pair):
    with pair.client(0, Version=CALENDAR_VERSION) as setup:
        calendar = setup.post("/calendars/", json={
            "locationId": pair.location_id, "name": "Race", "calendarType": "event", "openHours": WEEKDAYS_9_TO_12,
            "slotDuration": 30, "slotInterval": 30, "allowBookingFor": 365, "allowBookingForUnit": "days"})
        assert calendar.status_code == 200, calendar.text
        calendar_id = calendar.json()["calendar"]["id"]
        contact = setup.post("/contacts/", json={"locationId": pair.location_id, "firstName": "Race"})
        contact_id = contact.json()["contact"]["id"]
    clients = [pair.client(n % 2, Version=CALENDAR_VERSION) for n in range(BOOKERS)]
    outcomes = []
    try:
        for client in clients:  # connect first, so the bookings themselves start together
            assert client.get(f"/calendars/{calendar_id}").status_code == 200
        with ThreadPoolExecutor(BOOKERS) as pool:
            for day in _weekdays(ROUNDS):
                start = threading.Barrier(BOOKERS)
                body = {"calendarId": calendar_id, "locationId": pair.location_id, "contactId": contact_id,
                        "startTime": f"{day.isoformat()}T15:00:00Z"}  # 10:00 or 11:00 in New York

                def book(client: httpx.Client, body=body, start=start) -> tuple[int, str]:
                    start.wait()
                    response = client.post("/calendars/events/appointments", json=body)
                    return response.status_code, response.json().get("message", "")

                outcomes.append(sorted(pool.map(book, clients)))
    finally:
        for client in clients:
            client.close()
    lost = "The slot you have selected is no longer available."
    assert outcomes == [[(200, "")] + [(400, lost)] * (BOOKERS - 1)] * ROUNDS


def test_a_kill_9_of_either_process_loses_no_acknowledged_write(pair):
    for victim in (0, 1):
        acknowledged: list[str] = []
        stop = threading.Event()

        def writer(n: int, victim=victim, acknowledged=acknowledged, stop=stop) -> None:
            with pair.client(victim) as client:
                i = 0
                while not stop.is_set():
                    i += 1
                    try:
                        response = client.post("/contacts/", json={"locationId": pair.location_id,
                                                                   "email": f"k{victim}-{n}-{i}@kill.example"})
                    except (httpx.HTTPError, OSError):
                        return  # the server died under us: this write was never acknowledged
                    if response.status_code == 201:
                        acknowledged.append(response.json()["contact"]["id"])

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        while len(acknowledged) < 100 and all(t.is_alive() for t in threads):
            threading.Event().wait(0.01)
        pair.servers[victim].kill()
        stop.set()
        for thread in threads:
            thread.join()
        assert len(acknowledged) >= 100
        survivor = 1 - victim
        with pair.client(survivor) as client:
            missing = [cid for cid in acknowledged if client.get(f"/contacts/{cid}").status_code != 200]
        assert missing == []
        if victim == 0:
            pair.servers[victim] = pair.start()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def test_workers_share_the_store_behind_one_port(serve_process):
    url, schema = postgres.isolated_url()
    try:
        server = serve_process("--store", url, "--workers", "2")
        server.wait_healthy()
        assert len(_children(server.proc.pid)) == 2
        tenant = httpx.get(server.url + "/_mock/tenants").json()["tenants"][0]
        location_id = tenant["locations"][0]["locationId"]
        token = httpx.post(server.url + "/_mock/tokens", json={"locationId": location_id}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
        created = httpx.post(server.url + "/contacts/", headers=headers, json={"locationId": location_id,
                                                                               "email": "w@workers.example"})
        contact_id = created.json()["contact"]["id"]
        # fresh connections land on either worker: every one knows the token and the contact
        assert {httpx.get(f"{server.url}/contacts/{contact_id}", headers=headers).status_code
                for _ in range(20)} == {200}
        server.stop()
        assert server.proc.returncode == 0 and _children(server.proc.pid) == []
    finally:
        postgres.drop_schema(schema)
