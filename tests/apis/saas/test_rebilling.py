"""The agency's rebilling of GHL's products to its locations (rebilling.py): set through the API, read back
through the control plane."""

from __future__ import annotations

import pytest


def _rebilling(ghl, location_id=None):
    return ghl.client().get(f"/_mock/locations/{location_id or ghl.location_id}/saas/rebilling").json()["products"]


@pytest.mark.ghl_allow_violations("deprecated_operation")
def test_a_products_rebilling_is_set_for_each_location_and_later_changes_keep_the_rest(ghl, agency):
    second = ghl.location()
    body = {"product": "Phone", "locationIds": [ghl.location_id, second["id"]],
            "config": {"optIn": True, "enabled": True, "markup": 20}}
    set_ = agency.post(f"/saas/update-rebilling/{ghl.company_id}", json=body)
    assert (set_.status_code, set_.json()["success"]) == (201, True)
    assert _rebilling(ghl) == _rebilling(ghl, second["id"]) == {"Phone": {"optIn": True, "enabled": True,
                                                                         "markup": 20}}
    changed = agency.post(f"/saas-api/public-api/update-rebilling/{ghl.company_id}", json={
        "product": "Phone", "locationIds": [ghl.location_id], "config": {"markup": 5.5}})
    assert changed.status_code == 200
    agency.post(f"/saas/update-rebilling/{ghl.company_id}", json={
        "product": "agentStudio", "locationIds": [ghl.location_id], "config": {"enabled": False}})
    assert _rebilling(ghl) == {"Phone": {"optIn": True, "enabled": True, "markup": 5.5},
                               "agentStudio": {"enabled": False}}
    assert _rebilling(ghl, second["id"])["Phone"]["markup"] == 20


@pytest.mark.ghl_allow_violations("invalid_value", "missing_required")
def test_bad_rebilling_is_refused_and_nothing_is_written(ghl, agency, other_agency):
    path = f"/saas/update-rebilling/{ghl.company_id}"
    body = {"product": "Phone", "locationIds": [ghl.location_id], "config": {"markup": 10}}
    assert agency.post(path, json=body | {"product": "Fax"}).status_code == 422
    assert agency.post(path, json=body | {"config": {"markup": -1}}).status_code == 422
    assert agency.post(path, json=body | {"locationIds": []}).status_code == 422
    foreign = agency.post(path, json=body | {"locationIds": [ghl.location_id, other_agency.location_id]})
    assert foreign.status_code == 403
    assert agency.post(f"/saas/update-rebilling/{other_agency.company_id}", json=body).status_code == 403
    assert ghl.client(["saas/company.read"], agency=True).post(path, json=body).status_code == 401
    assert _rebilling(ghl) == {}


def test_a_deleted_locations_rebilling_goes_with_it(ghl, agency):
    second = ghl.location()
    agency.post(f"/saas/update-rebilling/{ghl.company_id}", json={
        "product": "Email", "locationIds": [second["id"]], "config": {"enabled": True}})
    assert agency.delete(f"/locations/{second['id']}", params={"deleteTwilioAccount": False}).status_code == 200
    assert agency.post(f"/saas/update-rebilling/{ghl.company_id}", json={
        "product": "Email", "locationIds": [ghl.location_id], "config": {}}).status_code == 201
    # no record of the deleted location is left in the agency's table
    from mock_server.apis.saas.tables import REBILLING
    assert [r["locationId"] for r in ghl.world.store.scan(ghl.company_id, REBILLING)] == [ghl.location_id]
