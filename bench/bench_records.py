"""Custom-object records at scale, side by side with contacts: N records of one object and N contacts in one
location each, then the same kinds of reads on both.

    python bench/bench_records.py            # 100,000 of each (the acceptance figures)
    python bench/bench_records.py 20000      # a quicker run

Everything goes through the mock's HTTP surface, in-process (the pytest plugin's transport): the loads through
the control plane (``POST /_mock/locations/{id}/objects/{key}/records`` and ``.../contacts``, one transaction
each), the reads through GHL's operations with a location token. Each read's median is printed beside its
budget (the contacts' targets: a search under 20 ms, a read by id constant in the location's size) and beside
the same read on a 1,000-record location, so the growth column shows whether a cost grows with the data.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import orjson

from bench.bench_contacts import SMALL, print_table
from bench.bench_contacts import load as load_contacts
from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing.tenant import GhlTenant

KEY = "custom_objects.vehicle"
BUDGETS_MS = {"record: property-equals search": 20.0, "contact: email-equals search": 20.0,
              "record: read by id": 5.0, "contact: read by id": 5.0,
              "record: listing page (search, page 1)": 30.0, "contact: listing page (search, page 1)": 30.0,
              "record: listing page (searchAfter)": 30.0,
              "record: free-text query, first page": None}


def load_records(tenant: GhlTenant, n: int) -> float:
    tenant.custom_object("vehicle", singular="Vehicle", plural="Vehicles", display="model",
                         fields={"plate": "TEXT", "year": "NUMERICAL"})
    body = orjson.dumps({"records": [{"properties": {"model": f"Model {i % 500}", "plate": f"PL-{i:07d}",
                                                     "year": 1990 + i % 35}} for i in range(n)]})
    started = time.perf_counter()
    answer = tenant.client().post(f"/_mock/locations/{tenant.location_id}/objects/{KEY}/records", content=body,
                                  headers={"content-type": "application/json"})
    elapsed = time.perf_counter() - started
    assert answer.status_code == 201 and answer.json()["created"] == n, answer.text[:300]
    return elapsed


def reads(tenant: GhlTenant, n: int) -> dict[str, Callable[[], object]]:
    client, loc = tenant.client(), tenant.location_id

    def ok(response):
        assert response.status_code == 200, response.text[:300]
        return response.json()

    def records(body: dict):
        return lambda: ok(client.post(f"/objects/{KEY}/records/search", json={"locationId": loc, **body}))

    plate = f"PL-{n // 2:07d}"
    found = records({"pageLimit": 10, "filters": [{"field": "properties.plate", "operator": "eq", "value": plate}]})()
    assert found["total"] == 1 and found["records"][0]["properties"]["plate"] == plate
    record_id = found["records"][0]["id"]
    first = records({"pageLimit": 100})()
    email = f"person{n // 2}@example.com"
    contact = ok(client.post("/contacts/search", json={"locationId": loc, "pageLimit": 1, "filters": [
        {"field": "email", "operator": "eq", "value": email}]}))["contacts"][0]
    return {
        "record: property-equals search": records({"pageLimit": 10, "filters": [
            {"field": "properties.plate", "operator": "eq", "value": plate}]}),
        "contact: email-equals search": lambda: ok(client.post("/contacts/search", json={
            "locationId": loc, "pageLimit": 10, "filters": [{"field": "email", "operator": "eq", "value": email}]})),
        "record: read by id": lambda: ok(client.get(f"/objects/{KEY}/records/{record_id}")),
        "contact: read by id": lambda: ok(client.get(f"/contacts/{contact['id']}")),
        "record: listing page (search, page 1)": records({"pageLimit": 100}),
        "contact: listing page (search, page 1)": lambda: ok(client.post("/contacts/search", json={
            "locationId": loc, "pageLimit": 100})),
        "record: listing page (searchAfter)": records({"pageLimit": 100,
                                                       "searchAfter": first["records"][-1]["searchAfter"]}),
        "record: free-text query, first page": records({"pageLimit": 100, "query": "model 7"}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("records", nargs="?", type=int, default=100_000, help="records (and contacts) in the large location")
    n = parser.parse_args().records
    app = build_app(Settings(bootstrap=False))
    small, large = GhlTenant(app, seed="bench-records-small"), GhlTenant(app, seed="bench-records-large")
    for tenant, size in ((small, SMALL), (large, n)):
        contacts_s, records_s = load_contacts(tenant, size), load_records(tenant, size)
        print(f"load {size:,} through the control plane: records of one object {records_s:.1f} s, "
              f"contacts {contacts_s:.1f} s")
    print_table(reads(large, n), reads(small, SMALL), BUDGETS_MS, f"{n:,} each", f"{SMALL:,} each")

if __name__ == "__main__":
    main()
