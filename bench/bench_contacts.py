"""Contacts at scale: load N contacts into one location, then time searches and listing pages.

    python bench/bench_contacts.py            # 100,000 contacts (the acceptance figures)
    python bench/bench_contacts.py 20000      # a quicker run

Everything goes through the mock's HTTP surface, in-process (the pytest plugin's transport): the
load through the control plane (``POST /_mock/locations/{id}/contacts``, one store transaction),
the reads through GHL's operations with a location token. Each read is repeated and its median
reported beside its budget and beside the same read on a 1,000-contact location, so the ratios show
both headroom and how the cost grows with the location.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import orjson

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant

BUDGET_LOAD_S = 30.0
BUDGETS_MS = {"email-equals search": 20.0, "listing page (search, page 1)": 30.0,
              "listing page (search, searchAfter)": 30.0, "listing page (search, page 50)": 30.0,
              "listing page (GET /contacts/)": 30.0, "tag search, first page": None,
              "listing page right after a write": None}
REPEAT = 30
SMALL = 1_000


def contacts(n: int) -> list[dict]:
    return [{"firstName": f"First{i}", "lastName": f"Last{i}", "email": f"person{i}@example.com",
             "phone": f"+1415{i:07d}", "tags": [f"tag{i % 50}"], "source": "bench"} for i in range(n)]


def load(tenant: GhlTenant, n: int) -> float:
    client = tenant.client()
    started = time.perf_counter()
    body = orjson.dumps({"contacts": contacts(n)})  # encoded up front: the client's JSON encoder is not the mock
    answer = client.post(f"/_mock/locations/{tenant.location_id}/contacts", content=body,
                         headers={"content-type": "application/json"})
    elapsed = time.perf_counter() - started
    assert answer.status_code == 201 and answer.json()["created"] == n, answer.text[:300]
    return elapsed


def median_ms(call: Callable[[], object]) -> float:
    call()  # warm: the first listing after a load builds the location's cached order
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def reads(tenant: GhlTenant, n: int) -> dict[str, Callable[[], object]]:
    client = tenant.client()
    loc = tenant.location_id

    def ok(response):
        assert response.status_code == 200, response.text[:300]
        return response.json()

    def search(body: dict):
        return lambda: ok(client.post("/contacts/search", json={"locationId": loc, **body}))

    first = ok(client.post("/contacts/search", json={"locationId": loc, "pageLimit": 100}))
    cursor = first["searchAfter"]
    target = f"person{n // 2}@example.com"
    found = ok(client.post("/contacts/search", json={"locationId": loc, "pageLimit": 10, "filters": [
        {"field": "email", "operator": "eq", "value": target}]}))
    assert found["total"] == 1 and found["contacts"][0]["email"] == target
    return {
        "email-equals search": search({"pageLimit": 10, "filters": [
            {"field": "email", "operator": "eq", "value": target}]}),
        "listing page (search, page 1)": search({"pageLimit": 100}),
        "listing page (search, searchAfter)": search({"pageLimit": 100, "searchAfter": cursor}),
        "listing page (search, page 50)": search({"pageLimit": 100, "page": min(50, max(1, n // 100))}),
        "listing page (GET /contacts/)": lambda: ok(client.get("/contacts/", params={"locationId": loc,
                                                                                    "limit": 100})),
        "tag search, first page": search({"pageLimit": 100, "filters": [
            {"field": "tags", "operator": "contains", "value": "tag7"}]}),
        # A write invalidates the location's cached order: the next listing rebuilds it.
        "listing page right after a write": lambda: (
            ok(client.put(f"/contacts/{first['contacts'][0]['id']}", json={"source": str(time.perf_counter())})),
            ok(client.post("/contacts/search", json={"locationId": loc, "pageLimit": 100}))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("contacts", nargs="?", type=int, default=100_000, help="contacts in the large location")
    n = parser.parse_args().contacts
    app = build_app(Settings(bootstrap=False))
    small, large = GhlTenant(app, seed="bench-small"), GhlTenant(app, seed="bench-large")
    load(small, SMALL)
    load_s = load(large, n)
    print(f"load {n:,} contacts through the control plane: {load_s:.1f} s "
          f"(budget {BUDGET_LOAD_S:.0f} s, {load_s / BUDGET_LOAD_S:.2f} of it)")
    print_table(reads(large, n), reads(small, SMALL), BUDGETS_MS, f"{n:,} contacts", f"{SMALL:,} contacts")


def print_table(large_reads: dict[str, Callable[[], object]], small_reads: dict[str, Callable[[], object]],
                budgets: dict[str, float | None], large_label: str, small_label: str) -> None:
    """Each read's median on the large location beside its budget and beside the same read on the small one."""
    print(f"\n{'median of ' + str(REPEAT):<40}{large_label:>16}{'budget':>10}{'of budget':>11}"
          f"{small_label:>16}{'growth':>9}")
    for name, call in large_reads.items():
        big, little = median_ms(call), median_ms(small_reads[name])
        budget = budgets[name]
        share = f"{big / budget:.2f}" if budget else "-"
        print(f"{name:<40}{big:>13.2f} ms{(f'{budget:.0f} ms' if budget else '-'):>10}{share:>11}"
              f"{little:>13.2f} ms{big / little:>8.1f}x")


if __name__ == "__main__":
    main()
