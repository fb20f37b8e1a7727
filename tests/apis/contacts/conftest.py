"""Helpers for the contacts tests: a client on the tenant's location and small record factories."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


@pytest.fixture
def api(ghl) -> httpx.Client:
    """A location client with every scope."""
    return ghl.client()


@pytest.fixture
def new_contact(ghl, api):
    """``new_contact(**fields)`` creates a contact over HTTP and returns it."""

    def create(**fields: Any) -> dict[str, Any]:
        answer = api.post("/contacts/", json={"locationId": ghl.location_id, **fields})
        assert answer.status_code == 201, answer.text
        return answer.json()["contact"]

    return create


@pytest.fixture
def seed(ghl, api):
    """``seed(kind, **fields)``: a workflow, campaign or contacts batch through the control plane."""

    def create(kind: str, **fields: Any) -> dict[str, Any]:
        answer = api.post(f"/_mock/locations/{ghl.location_id}/{kind}", json=fields)
        assert answer.status_code == 201, answer.text
        return answer.json()

    return create


@pytest.fixture
def custom_field(ghl, api):
    """``custom_field(name, dataType, **settings)`` defines a contact custom field and returns it."""

    def create(name: str, data_type: str, **settings: Any) -> dict[str, Any]:
        answer = api.post(f"/locations/{ghl.location_id}/customFields",
                          json={"name": name, "dataType": data_type, **settings})
        assert answer.status_code == 201, answer.text
        return answer.json()["customField"]

    return create


def search(api: httpx.Client, location_id: str, **body: Any) -> dict[str, Any]:
    answer = api.post("/contacts/search", json={"locationId": location_id, "pageLimit": 100, **body})
    assert answer.status_code == 200, answer.text
    return answer.json()


def ids(found: dict[str, Any]) -> list[str]:
    return [c["id"] for c in found["contacts"]]
