"""Interception: httpx (sync, async) and requests calls to GHL's host are answered in-process, nothing else."""

from __future__ import annotations


def test_httpx_and_requests_calls_to_ghl_are_answered_by_the_mock(pytester):
    pytester.makepyfile("""
        import asyncio
        import httpx
        import pytest
        import requests

        @pytest.mark.ghl_intercept
        def test_all_three_clients(ghl):
            url = f"https://services.leadconnectorhq.com/locations/{ghl.location_id}"
            assert requests.get(url, headers=ghl.headers()).json()["location"]["id"] == ghl.location_id
            with requests.Session() as session:
                created = session.post("https://services.leadconnectorhq.com/users/", headers=ghl.headers(),
                                       json=ghl.fake.user(ghl.company_id, [ghl.location_id]))
                assert created.status_code == 201 and created.reason == "Created"
            assert httpx.get(url, headers=ghl.headers()).status_code == 200

            async def with_async_client():
                async with httpx.AsyncClient(base_url="https://services.leadconnectorhq.com") as client:
                    return await client.get(f"/users/{created.json()['id']}", headers=ghl.headers())
            assert asyncio.run(with_async_client()).json()["id"] == created.json()["id"]
            assert [e["operationId"] for e in ghl.journal()] == ["get-location", "create-user", "get-location",
                                                                 "get-user"]

        def test_the_fixture_form(ghl_intercept):
            ghl = ghl_intercept
            response = httpx.get(f"https://services.leadconnectorhq.com/users/{ghl.user_id}", headers=ghl.headers())
            assert response.json()["id"] == ghl.user_id
    """)
    pytester.runpytest().assert_outcomes(passed=2)


def test_other_hosts_pass_through_and_everything_is_restored_after_the_test(pytester):
    pytester.makepyfile("""
        import http.server
        import threading

        import httpx
        import pytest
        import requests

        ORIGINAL = (httpx.HTTPTransport.handle_request, httpx.AsyncHTTPTransport.handle_async_request,
                    requests.adapters.HTTPAdapter.send)

        class Hello(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"from the real network")

            def log_message(self, *args):
                pass

        @pytest.fixture
        def other_host():
            server = http.server.HTTPServer(("127.0.0.1", 0), Hello)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            yield f"http://127.0.0.1:{server.server_address[1]}/"
            server.shutdown()

        @pytest.mark.ghl_intercept
        def test_passes_other_hosts_through(ghl, other_host):
            assert httpx.HTTPTransport.handle_request is not ORIGINAL[0]
            assert httpx.get(other_host, trust_env=False).text == "from the real network"
            assert requests.get(other_host).text == "from the real network"

        def test_restored(ghl):
            assert (httpx.HTTPTransport.handle_request, httpx.AsyncHTTPTransport.handle_async_request,
                    requests.adapters.HTTPAdapter.send) == ORIGINAL
    """)
    pytester.runpytest().assert_outcomes(passed=2)


def test_the_official_python_sdk_works_unchanged(pytester):
    """The acceptance test of the issue: with the SDK as shipped, create a contact, read free slots, book one."""
    pytester.makepyfile("""
        import asyncio
        import pytest
        from highlevel import HighLevel

        @pytest.mark.ghl_intercept
        def test_create_a_contact_read_free_slots_and_book_one(ghl):
            calendar = ghl.calendar()                       # Mon-Fri 9-17, hosted by the tenant's user
            ghl.freeze("2026-03-02T12:00:00Z")              # a Monday, 07:00 in New York
            start_ms = 1772452800000                        # 2026-03-02T12:00:00Z

            async def main():
                sdk = HighLevel(private_integration_token=ghl.pit())
                created = await sdk.contacts.create_contact({
                    "locationId": ghl.location_id, "firstName": "Ada", "lastName": "Lovelace",
                    "email": "ada@example.com", "phone": "+12125550100"})
                slots = await sdk.calendars.get_slots(calendar["id"], start_ms, start_ms + 86_400_000)
                first = slots["2026-03-02"]["slots"][0]
                booked = await sdk.calendars.create_appointment({
                    "calendarId": calendar["id"], "locationId": ghl.location_id,
                    "contactId": created["contact"]["id"], "startTime": first})
                after = await sdk.calendars.get_slots(calendar["id"], start_ms, start_ms + 86_400_000)
                return created, first, booked, after

            created, first, booked, after = asyncio.run(main())
            assert created["contact"]["email"] == "ada@example.com"
            assert first == "2026-03-02T09:00:00-05:00"
            assert booked["startTime"] == first and booked["contactId"] == created["contact"]["id"]
            assert first not in after["2026-03-02"]["slots"]              # the booked slot is gone
            assert [e["operationId"] for e in ghl.journal()] == [
                "create-contact", "get-slots", "create-appointment", "get-slots"]
            assert {e["status"] for e in ghl.journal()} <= {200, 201}
    """)
    pytester.runpytest().assert_outcomes(passed=1)
