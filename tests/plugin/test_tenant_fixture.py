"""The ``ghl`` fixture: a fresh, isolated, deterministic tenant per test, and nothing left behind."""

from __future__ import annotations

import gc
import re
import sys

from mock_server.app import build_app
from mock_server.settings import Settings
from mock_server.testing import GhlTenant


def test_each_test_gets_its_own_tenant_and_teardown_removes_only_it(pytester):
    pytester.makepyfile("""
        from mock_server.testing import GhlTenant

        SEEN = {}

        def test_first(ghl, ghl_client):
            SEEN["first"] = (ghl.company_id, ghl.location_id, ghl.token())
            assert ghl_client.get(f"/locations/{ghl.location_id}").json()["location"]["id"] == ghl.location_id

        def test_second(ghl, ghl_client):
            company, location, token = SEEN["first"]
            assert (ghl.company_id, ghl.location_id) != (company, location)
            # the first test's tenant is gone: its token is refused, its location unknown to the mock
            refused = ghl.client(token=token).get(f"/locations/{location}")
            assert refused.status_code == 401 and refused.json()["message"] == "Invalid JWT"
            assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200

        def test_two_live_tenants_cannot_see_each_other(ghl, ghl_app):
            other = GhlTenant(ghl_app, seed="someone else")
            try:
                user = ghl.user()
                response = other.client().get(f"/users/{user['id']}")
                assert response.status_code == 403
                assert ghl.client().get(f"/users/{user['id']}").json()["id"] == user["id"]
            finally:
                other.close()
    """)
    result = pytester.runpytest()
    result.assert_outcomes(passed=3)


def test_ids_are_the_same_on_every_run_and_differ_between_tests(pytester):
    pytester.makepyfile("""
        import pathlib

        def _record(ghl):
            with pathlib.Path("ids.txt").open("a") as out:
                print(ghl.company_id, ghl.location_id, ghl.user_id, ghl.user()["id"], file=out)

        def test_one(ghl):
            _record(ghl)

        def test_two(ghl):
            _record(ghl)
    """)
    ids = pytester.path / "ids.txt"

    def run() -> list[str]:
        ids.unlink(missing_ok=True)
        pytester.runpytest().assert_outcomes(passed=2)
        return ids.read_text().splitlines()

    first, second = run(), run()
    assert first == second
    assert first[0] != first[1]
    assert all(re.fullmatch(r"[A-Za-z0-9]{20}( [A-Za-z0-9]{20}){3}", line) for line in first)


def test_each_tenant_has_its_own_clock(pytester):
    pytester.makepyfile("""
        from datetime import datetime, timezone
        from mock_server.testing import GhlTenant

        def test_frozen(ghl, ghl_app):
            other = GhlTenant(ghl_app, seed="beside")
            ghl.freeze("2024-03-04T09:00:00Z")
            ghl.advance(minutes=90)
            assert ghl.now() == datetime(2024, 3, 4, 10, 30, tzinfo=timezone.utc)
            assert other.now().year >= 2025          # untouched beside it
            user = ghl.user()
            assert ghl.client().get(f"/users/{user['id']}").status_code == 200
            other.close()

        def test_next_test_runs_on_real_time(ghl):
            assert ghl.now().year >= 2025
    """)
    pytester.runpytest().assert_outcomes(passed=2)


def test_journal_lists_this_tests_requests_without_the_factories(pytester):
    pytester.makepyfile("""
        import pytest

        @pytest.mark.ghl_allow_violations
        def test_journal(ghl, ghl_client):
            ghl.user()                                        # a factory: not the client's request
            ghl_client.get(f"/locations/{ghl.location_id}")
            ghl_client.get("/users/search", params={"companyId": ghl.company_id})
            ghl.client(token="nope").get(f"/locations/{ghl.location_id}")  # no valid token: still this test's
            assert [(e["operationId"], e["status"]) for e in ghl.journal()] == [
                ("get-location", 200), ("search-users", 200), ("get-location", 401)]
            assert [e["operationId"] for e in ghl.journal("create-user", include_fixtures=True)] == ["create-user"]
    """)
    pytester.runpytest().assert_outcomes(passed=1)


def test_clients_have_every_scope_unless_the_marker_asks_otherwise(pytester):
    pytester.makepyfile("""
        import asyncio
        import pytest

        def test_every_scope(ghl, ghl_client):
            assert ghl_client.get(f"/users/{ghl.user_id}").status_code == 200

        @pytest.mark.ghl_token(scopes=["locations.readonly"])
        def test_narrow_token(ghl, ghl_client):
            assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200
            refused = ghl_client.get(f"/users/{ghl.user_id}")
            assert refused.status_code == 401
            assert refused.json()["message"] == "The token is not authorized for this scope."

        @pytest.mark.ghl_token(agency=True)
        def test_agency_token(ghl, ghl_client):
            assert ghl_client.get(f"/companies/{ghl.company_id}").status_code == 200

        def test_async_client(ghl, ghl_async_client):
            async def main():
                return await ghl_async_client.get(f"/locations/{ghl.location_id}")
            assert asyncio.run(main()).json()["location"]["id"] == ghl.location_id
    """)
    pytester.runpytest().assert_outcomes(passed=4)


def test_a_factory_the_api_refuses_raises_with_the_mocks_answer(pytester):
    pytester.makepyfile("""
        import pytest
        from mock_server.testing import RecordRefused

        def test_refused(ghl):
            ghl.user(email="same@example.com")
            with pytest.raises(RecordRefused) as refused:
                ghl.user(role="owner")
            assert refused.value.status_code == 422
            assert "ghl.user() was refused by the mock: 422" in str(refused.value)
    """)
    # and the refused factory request does not count as the client's contract violation
    pytester.runpytest().assert_outcomes(passed=1)


def test_time_travel_never_expires_the_tests_clients_unless_asked(pytester):
    pytester.makepyfile("""
        def test_travel(ghl, ghl_client):
            short_lived = ghl.client(token=ghl.token(expires_in=86399))
            ghl.freeze("2031-01-01T00:00:00Z")           # years after the tokens were minted
            assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200
            expired = short_lived.get(f"/locations/{ghl.location_id}")
            assert expired.status_code == 401 and expired.json()["message"] == "Invalid JWT"
    """)
    pytester.runpytest().assert_outcomes(passed=1)


def test_a_deleted_tenant_leaves_no_memory_behind():
    """The plugin creates and deletes a tenant per test: over a long suite nothing may pile up (a verified
    token, a rate-limit counter, a contact write log, index buckets, a PIT record ...). Counted in live
    allocations, which RSS follows; bench/bench_tenant_memory.py runs 20,000 cycles and reports the RSS."""
    app = build_app(Settings(random_seed="memory", journal_capacity=20))  # a small journal fills up at once

    def one_test(n: int) -> None:
        tenant = GhlTenant(app, seed=f"tests/test_memory.py::test_{n}")
        client = tenant.client()
        created = client.post("/contacts/", json={"locationId": tenant.location_id, "email": f"c{n}@memory.test"})
        assert created.status_code == 201
        assert client.post("/contacts/search", json={"locationId": tenant.location_id, "pageLimit": 5}).json()["total"]
        assert tenant.client(kind="pit").get(f"/locations/{tenant.location_id}").status_code == 200
        tenant.close()

    for n in range(50):  # warm up: every bounded cache and log reaches its working size
        one_test(n)
    gc.collect()
    before = sys.getallocatedblocks()
    for n in range(50, 300):
        one_test(n)
    gc.collect()
    per_tenant = (sys.getallocatedblocks() - before) / 250
    assert per_tenant < 5  # it was 132 blocks (about 13 KB) per tenant
