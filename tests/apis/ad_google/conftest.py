"""What the Google Ads tests share: the area's base path and a location connected to Google."""

from __future__ import annotations

import pytest

BASE = "/ad-publishing/google"
CONVERSION = {"name": "Booked call", "type": "WEBPAGE", "category": "BOOK_APPOINTMENT",
              "valueSettings": {"defaultValue": 50, "defaultCurrencyCode": "USD", "alwaysUseDefaultValue": True},
              "countingType": "ONE_PER_CLICK", "attributionModel": "GOOGLE_ADS_LAST_CLICK", "clickThroughWindow": 30}


@pytest.fixture
def connected(ghl):
    """The test's location connected to Google and integrated with a client account (the seed's answer)."""
    return ghl.google_ads_connection()


def data(answer):
    """The record or list of a 2xx answer (the area's ``{"success": true, "data": ...}``)."""
    assert answer.is_success, answer.text
    body = answer.json()
    assert body["success"] is True
    return body["data"]


def refused(answer, status: int = 400) -> str | list[str]:
    """The message of a refusal with ``status``."""
    assert answer.status_code == status, answer.text
    return answer.json()["message"]
