"""An app seen by its developer (marketplace.json): who installed it, uninstalling it, its rebilling config.

Apps and installations are the OAuth area's: the uninstall API does what the control plane's uninstall does
(the installation goes, the app's tokens there stop working, UNINSTALL is sent).
"""

from __future__ import annotations

from mock_server.apis.marketplace.apps import relationship_number


def _installations(ghl, app):
    return ghl.client().get("/_mock/oauth/installations", params={"clientId": app.client_id}).json()["installations"]


def test_installer_details_name_the_location_and_hide_the_agencys_private_fields(ghl, app, as_app):
    answer = as_app.get(f"/marketplace/app/{app.app_id}/installations")
    assert answer.status_code == 200, answer.text
    details = answer.json()["installationDetails"]
    company = ghl.client(agency=True).get(f"/companies/{ghl.company_id}").json()["company"]
    assert details == {"companyId": ghl.company_id, "locationId": ghl.location_id, "companyName": company["name"],
                       "relationshipNumber": relationship_number(ghl.company_id), "userId": ghl.user_id,
                       "companyEmail": None, "companyOwnerFullName": None, "isWhitelabelCompany": False,
                       "companyPlan": None, "companyHighLevelPlan": None}


def test_an_agency_install_shows_the_agencys_email_and_owner(ghl):
    app = ghl.install_app(agency=True)
    answer = ghl.client(token=app.access_token).get(f"/marketplace/app/{app.app_id}/installations")
    details = answer.json()["installationDetails"]
    company = ghl.client(agency=True).get(f"/companies/{ghl.company_id}").json()["company"]
    assert "locationId" not in details and details["companyEmail"] == company["email"]
    assert details["companyOwnerFullName"].startswith("Admin ")


def test_installer_details_are_the_apps_own(ghl, app, as_app):
    other = ghl.client(token=ghl.install_app().access_token).get(f"/marketplace/app/{app.app_id}/installations")
    assert (other.status_code, other.json()["message"]) == (403, "The token does not belong to this app")
    unknown = as_app.get("/marketplace/app/000000000000000000000000/installations")
    assert (unknown.status_code, unknown.json()["message"]) == (400, "App not found")


def test_uninstalling_through_the_api_removes_the_install_cuts_the_tokens_and_sends_uninstall(ghl, app, as_app):
    gone = as_app.request("DELETE", f"/marketplace/app/{app.app_id}/installations", json={"locationId": ghl.location_id, "reason": "customer cancelled"})
    assert (gone.status_code, gone.json()["success"]) == (200, True)
    assert _installations(ghl, app) == []
    assert as_app.get("/marketplace/billing/charges/has-funds").status_code == 401  # the app's token is cut
    refreshed = ghl.client().post("/oauth/token", data={
        "client_id": app.client_id, "client_secret": app.client_secret, "grant_type": "refresh_token",
        "refresh_token": app.refresh_token})
    assert refreshed.status_code == 401  # and so is its refresh token
    event = ghl.wait_for_event("UNINSTALL")
    assert event["payload"]["appId"] == app.app_id and event["payload"]["locationId"] == ghl.location_id
    again = ghl.client().request("DELETE", f"/marketplace/app/{app.app_id}/installations", json={"locationId": ghl.location_id})
    assert (again.status_code, again.json()["message"]) == (400, "The app is not installed on this location or company")


def test_an_agency_token_uninstalls_from_the_agency_and_every_location(ghl):
    app = ghl.install_app(agency=True)
    assert len(_installations(ghl, app)) == 2
    agency = ghl.client(agency=True)  # another app's agency token: not the developer, no reason needed
    missing = agency.request("DELETE", f"/marketplace/app/{app.app_id}/installations", json={})
    assert (missing.status_code, missing.json()["message"]) == (
        400, "companyId is required when uninstalling with an agency token")
    done = agency.request("DELETE", f"/marketplace/app/{app.app_id}/installations", json={"companyId": ghl.company_id})
    assert done.status_code == 200 and _installations(ghl, app) == []
    ghl.deliver()
    assert sorted((e["payload"].get("locationId") or "agency") for e in ghl.events("UNINSTALL")) == sorted(
        [ghl.location_id, "agency"])


def test_the_developer_must_give_a_reason_and_a_location_token_its_location(ghl, app, as_app):
    no_reason = as_app.request("DELETE", f"/marketplace/app/{app.app_id}/installations", json={"locationId": ghl.location_id})
    assert (no_reason.status_code, no_reason.json()["message"]) == (
        400, "reason is required when the app's developer uninstalls it")
    no_location = as_app.request("DELETE", f"/marketplace/app/{app.app_id}/installations", json={"reason": "r"})
    assert (no_location.status_code, no_location.json()["message"]) == (
        400, "locationId is required when uninstalling with a sub-account token")
    assert len(_installations(ghl, app)) == 1


def test_the_rebilling_config_is_what_the_agency_set_for_the_app(ghl, app, as_app):
    path = f"/marketplace/app/{app.app_id}/rebilling-config/location/{ghl.location_id}"
    assert as_app.get(path).json()["plans"] == {"subscription": [], "usage": []}
    seeded = ghl.client().post(f"/_mock/locations/{ghl.location_id}/marketplace/apps/{app.app_id}/rebilling-config",
                               json={"subscription": [{"planId": "p1", "name": "Monthly", "baseAmount": 99}],
                                     "usage": [{"meterId": "m1", "meterName": "Calls", "fixedPricePerUnit": 0.1}]})
    assert seeded.status_code == 200, seeded.text
    plans = as_app.get(path).json()["plans"]
    assert plans["subscription"] == [{"planId": "p1", "name": "Monthly", "baseAmount": 99, "resellingAmount": 0,
                                      "features": [], "paymentType": "month", "paymentTime": "month"}]
    assert plans["usage"][0] | {"productType": None} == {
        "meterId": "m1", "meterName": "Calls", "productName": "Calls", "usageUnit": "unit", "priceType": "fixed",
        "fixedPricePerUnit": 0.1, "minPricePerUnit": "0", "maxPricePerUnit": "0.1", "executionLimitPerCycle": 0,
        "productType": None}
    other = ghl.client(token=ghl.install_app().access_token).get(path)
    assert other.status_code == 403
