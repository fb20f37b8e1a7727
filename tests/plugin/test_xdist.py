"""Under pytest-xdist (-n 2) every worker has its own mock and port, and tests never disturb each other."""

from __future__ import annotations

import pytest

pytest.importorskip("xdist")

# Every test does the same things with the same literal data (same e-mail, same frozen instant, its own
# clock moved by its own amount): any sharing of tenants, clocks or state between tests would show.
PARALLEL_TESTS = """
    import httpx
    import pytest

    @pytest.mark.parametrize("n", range(12))
    def test_isolated(ghl, ghl_client, n):
        ghl.freeze("2024-05-01T12:00:00Z")
        ghl.advance(hours=n)
        created = ghl_client.post("/users/", json=ghl.fake.user(ghl.company_id, [ghl.location_id],
                                                                email="same.person@example.com"))
        assert created.status_code == 201, created.text
        found = ghl_client.get("/users/search", params={"companyId": ghl.company_id}).json()
        assert found["count"] == 2                  # the admin and the one just created: nobody else's
        assert ghl.now().hour == 12 + n

    @pytest.mark.parametrize("n", range(4))
    def test_live_server(ghl, ghl_server, n):
        response = httpx.get(ghl.url_for(f"/locations/{ghl.location_id}"), headers=ghl.headers(), trust_env=False)
        assert response.json()["location"]["id"] == ghl.location_id
"""


def test_parallel_workers_do_not_interfere(pytester, monkeypatch):
    pytester.makepyfile(PARALLEL_TESTS)
    # Entry-point autoloading is covered by every other plugin test; here it would make each of the three
    # processes import every installed plugin (hypothesis, schemathesis ...), 3x slower for nothing.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = pytester.runpytest_subprocess("-p", "mock_server.pytest_plugin", "-p", "xdist", "-n", "2")
    result.assert_outcomes(passed=16)
    result.stdout.fnmatch_lines(["*2 workers*"])
