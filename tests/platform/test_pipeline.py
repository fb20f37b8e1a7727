"""The pipeline answers every request with GHL-shaped JSON, also when the answer itself cannot be written."""

from __future__ import annotations

import httpx
import pytest

from mock_server.apis import REGISTERED
from mock_server.app import build_app
from mock_server.platform.area import Area
from mock_server.platform.operations import Api
from mock_server.settings import Settings
from mock_server.testing.transport import GHL_BASE_URL, InProcessTransport

broken = Api("test-only.json", tag="Test")


@broken.post("/test-only/unwritable-answer", "unwritable-answer", public=True)
def unwritable_answer(call):
    """Stores a record, then answers a number JSON cannot carry."""
    call.world.store.put("test-tenant", "things", {"id": "thing-1"})
    return {"echo": 2 ** 70}


def test_an_answer_that_cannot_be_serialised_is_a_json_500_rolled_back_and_journaled():
    app = build_app(Settings(bootstrap=False), areas=REGISTERED.with_areas(Area("test-only", apis=(broken,))))
    with httpx.Client(transport=InProcessTransport(app), base_url=GHL_BASE_URL) as client:
        answer = client.post("/test-only/unwritable-answer", headers={"Version": "2021-07-28"})
    assert answer.status_code == 500
    body = answer.json()
    assert body["statusCode"] == 500 and body["message"] == "Internal server error" and body["traceId"]
    assert app.world.store.get("test-tenant", "things", "thing-1") is None  # the handler's write is undone
    entry = app.world.journal.entries(operation_id="unwritable-answer")[-1]
    assert entry["status"] == 500 and entry["traceId"] == body["traceId"]
    app.world.close()


@pytest.mark.ghl_allow_violations("invalid_value")
def test_a_huge_page_number_is_refused_not_echoed(ghl):
    """The issue's reproduction: the echoed page overflowed the JSON encoder, a plain-text 500 from uvicorn."""
    answer = ghl.client().get("/opportunities/search", params={"location_id": ghl.location_id,
                                                               "page": "100000000000000000000000"})
    assert answer.status_code == 422
    assert answer.json()["message"] == ["page must not be greater than 9007199254740991"]
