"""A test whose client violates GHL's contract fails at teardown with a readable list; markers opt out."""

from __future__ import annotations

from tests.unserved import BUILD_LACKING, IMPORTS, unserved_get

BAD_CLIENT = """
    import pytest

    def _bad_requests(ghl, ghl_client):
        ghl_client.get(f"/locations/{ghl.location_id}", headers={"Version": "2019-01-01"})
        ghl_client.post("/users/", json={**ghl.fake.user(ghl.company_id, [ghl.location_id]), "nickname": "x"})
"""


def test_violations_fail_the_test_at_teardown_with_a_readable_list(pytester):
    pytester.makepyfile(BAD_CLIENT + """
    def test_sloppy_client(ghl, ghl_client):
        _bad_requests(ghl, ghl_client)     # the test itself asserts nothing: it would pass without the plugin

    def test_careful_client(ghl, ghl_client):
        assert ghl_client.get(f"/locations/{ghl.location_id}").status_code == 200
    """)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines([
        "*ERROR at teardown of test_sloppy_client*",
        "GHL contract violations caused by this test (2):",
        "  1. GET /locations/* [[]get-location[]] unknown_version (Version): version header is invalid",
        "  2. POST /users/ [[]create-user[]] unknown_body_property (nickname): property nickname should not exist",
        "Fix the client*@pytest.mark.ghl_allow_violations*",
    ])
    assert "Traceback" not in result.stdout.str()


def test_the_marker_allows_violations_of_every_kind_or_of_the_kinds_named(pytester):
    pytester.makepyfile(BAD_CLIENT + """
    @pytest.mark.ghl_allow_violations
    def test_allows_everything(ghl, ghl_client):
        _bad_requests(ghl, ghl_client)

    @pytest.mark.ghl_allow_violations("unknown_version", "unknown_body_property")
    def test_allows_both_kinds(ghl, ghl_client):
        _bad_requests(ghl, ghl_client)

    @pytest.mark.ghl_allow_violations("unknown_version")
    def test_allows_only_one_kind(ghl, ghl_client):
        _bad_requests(ghl, ghl_client)
    """)
    result = pytester.runpytest()
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_allows_only_one_kind*",
                                 "GHL contract violations caused by this test (1):", "*unknown_body_property*"])


def test_the_ini_option_allows_kinds_for_the_whole_suite(pytester):
    pytester.makeini("[pytest]\nghl_allow_violations =\n    unknown_version\n    unknown_body_property\n")
    pytester.makepyfile(BAD_CLIENT + """
    def test_sloppy_client(ghl, ghl_client):
        _bad_requests(ghl, ghl_client)
    """)
    pytester.runpytest().assert_outcomes(passed=1)


def test_a_failing_test_shows_its_violations_beside_the_failure_instead_of_a_second_error(pytester):
    pytester.makepyfile(BAD_CLIENT + """
    def test_fails(ghl, ghl_client):
        response = ghl_client.get(f"/locations/{ghl.location_id}", headers={"Version": "2019-01-01"})
        assert response.status_code == 200
    """)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*GHL contract violations*", "*unknown_version (Version): version header is invalid"])


def test_violations_by_a_client_of_the_live_server_count_too(pytester):
    pytester.makepyfile("""
        import httpx

        def test_no_version_header(ghl, ghl_server):
            response = httpx.get(ghl.url_for(f"/locations/{ghl.location_id}"),
                                 headers={"Authorization": f"Bearer {ghl.token()}"})
            assert response.status_code == 401
    """)
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*missing_version (Version): version header was not found."])


def test_a_call_to_an_operation_the_mock_lacks_fails_the_test_saying_so(pytester):
    route = unserved_get()
    imports = "\n    ".join(IMPORTS.splitlines())
    pytester.makepyfile(f"""
    import pytest
    from mock_server.app import build_app
    {imports}


    @pytest.fixture(scope="session")
    def ghl_app(ghl_settings):  # a mock that lacks some official operations (tests/unserved.py)
        app = build_app(ghl_settings, areas={BUILD_LACKING})
        yield app
        app.world.close()

    def test_calls_an_unserved_operation(ghl, ghl_client):
        answer = ghl_client.get("{route.path}", params={{"locationId": ghl.location_id}})
        assert answer.status_code == 501

    @pytest.mark.ghl_allow_violations("unimplemented_operation")
    def test_accepts_the_501(ghl, ghl_client):
        answer = ghl_client.get("{route.path}", params={{"locationId": ghl.location_id}})
        assert answer.status_code == 501
    """)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines([
        "*ERROR at teardown of test_calls_an_unserved_operation*",
        "GHL contract violations caused by this test (1):",
        f"  1. GET {route.path} [[]{route.operation_id}[]] unimplemented_operation: "
        f"{route.operation_id} ({route.spec_file}) is not implemented by ghl-mock",
        "ghl-mock does not implement the operations marked unimplemented_operation above (GHL serves them; "
        "the mock answered 501)*@pytest.mark.ghl_allow_violations(\"unimplemented_operation\")*",
    ])
    assert "Fix the client" not in result.stdout.str()  # the client did nothing GHL refuses
