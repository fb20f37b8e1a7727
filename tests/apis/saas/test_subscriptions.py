"""A sub-account's SaaS mode (subscriptions.py): enabling V1/V2, plans, pausing, Stripe ids, bulk changes,
the agency's listings, and what another agency cannot touch."""

from __future__ import annotations

import pytest

DEPRECATED = pytest.mark.ghl_allow_violations("deprecated_operation")


def _v1(ghl, **fields):
    return {"companyId": ghl.company_id, "isSaaSV2": False, "stripeAccountId": "acct_1", "name": "Ann Lee",
            "email": "ann@example.com"} | fields


def _subscription(ghl, agency, location_id=None):
    answer = agency.get(f"/saas/get-saas-subscription/{location_id or ghl.location_id}",
                        params={"companyId": ghl.company_id})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _listed(ghl, agency, page=1):
    return agency.get(f"/saas/saas-locations/{ghl.company_id}", params={"page": page}).json()


def test_a_v1_location_enabled_on_a_plan_is_subscribed_listed_and_found_by_its_stripe_ids(ghl, agency):
    plan = ghl.saas_plan(trial_days=7)
    enabled = agency.post(f"/saas/enable-saas/{ghl.location_id}", json=_v1(ghl, saasPlanId=plan["planId"]))
    assert enabled.status_code == 201, enabled.text
    data = enabled.json()["data"]
    assert data["ok"] is True and data["paymentMethodAdded"] is False and data["customer_id"].startswith("cus_")
    sub = _subscription(ghl, agency)
    assert sub | {"subscriptionId": None, "traceId": None} == {
        "locationId": ghl.location_id, "companyId": ghl.company_id, "isSaaSV2": False, "saasMode": "activated",
        "subscriptionId": None, "customerId": data["customer_id"], "productId": plan["productId"],
        "priceId": plan["prices"][0]["id"], "saasPlanId": plan["planId"], "subscriptionStatus": "trialing",
        "traceId": None}
    listed = _listed(ghl, agency)
    assert [(loc["locationId"], loc["name"], loc["email"]) for loc in listed["locations"]] == \
        [(ghl.location_id, "Ann Lee", "ann@example.com")]
    assert listed["locations"][0]["subscriptionInfo"]["saasPlanId"] == plan["planId"]
    query = {"customerId": data["customer_id"], "subscriptionId": "sub_none", "companyId": ghl.company_id}
    assert agency.get("/saas/locations", params=query).json() == [ghl.location_id]
    query = {"customerId": "cus_none", "subscriptionId": sub["subscriptionId"], "companyId": ghl.company_id}
    assert agency.get("/saas/locations", params=query).json() == [ghl.location_id]
    query |= {"subscriptionId": "sub_none"}
    assert agency.get("/saas/locations", params=query).json() == []


@DEPRECATED
def test_the_deprecated_paths_answer_200_and_list_every_saas_location_without_a_filter(ghl, agency):
    enabled = agency.post(f"/saas-api/public-api/enable-saas/{ghl.location_id}",
                          json=_v1(ghl, stripeCustomerId="cus_known"))
    assert enabled.status_code == 200 and enabled.json()["data"]["paymentMethodAdded"] is True
    found = agency.get("/saas-api/public-api/locations", params={"companyId": ghl.company_id})
    assert found.json() == [ghl.location_id]
    read = agency.get(f"/saas-api/public-api/get-saas-subscription/{ghl.location_id}",
                      params={"companyId": ghl.company_id})
    assert (read.json()["saasMode"], read.json()["customerId"]) == ("setup_pending", "cus_known")
    assert agency.get(f"/saas-api/public-api/saas-locations/{ghl.company_id}").json()["locations"] == []


def test_enabling_refuses_what_each_saas_version_needs_but_lacks(ghl, agency):
    path = f"/saas/enable-saas/{ghl.location_id}"
    cases = [
        (_v1(ghl, stripeAccountId=None), "stripeAccountId is required for SaaS V1"),
        (_v1(ghl, name=None), "stripeCustomerId, or name and email, are required for SaaS V1"),
        ({"companyId": ghl.company_id, "isSaaSV2": True}, "contactId is required for SaaS V2"),
        (_v1(ghl, priceId="price_1"), "saasPlanId is required with priceId"),
    ]
    for body, message in cases:
        refused = agency.post(path, json={k: v for k, v in body.items() if v is not None})
        assert (refused.status_code, refused.json()["message"]) == (400, message)
    plan = ghl.saas_plan()
    wrong_price = agency.post(path, json=_v1(ghl, saasPlanId=plan["planId"], priceId="price_other"))
    assert wrong_price.status_code == 400
    assert agency.post(path, json=_v1(ghl, saasPlanId="NoSuchPlan0000000000")).status_code == 404
    assert _subscription(ghl, agency)["saasMode"] == "not_activated"


def test_a_v2_location_is_billed_as_a_contact_of_the_provider_sub_account(ghl, agency):
    contact = ghl.contact()
    provider = ghl.location()
    body = {"companyId": ghl.company_id, "isSaaSV2": True, "contactId": contact["id"]}
    not_there = agency.post(f"/saas/enable-saas/{ghl.location_id}", json=body | {"providerLocationId": provider["id"]})
    assert not_there.status_code == 400  # the contact is not one of the provider's
    enabled = agency.post(f"/saas/enable-saas/{provider['id']}", json=body | {"providerLocationId": ghl.location_id})
    assert enabled.status_code == 201, enabled.text
    assert enabled.json()["data"]["customer_id"] == contact["id"]
    sub = _subscription(ghl, agency, provider["id"])
    assert (sub["isSaaSV2"], sub["customerId"], sub["saasMode"]) == (True, contact["id"], "setup_pending")


def test_a_setup_pending_location_is_activated_when_its_customer_pays(ghl, agency):
    agency.post(f"/saas/enable-saas/{ghl.location_id}", json=_v1(ghl))
    assert _listed(ghl, agency)["locations"] == []
    paid = ghl.client().post(f"/_mock/locations/{ghl.location_id}/saas/subscription", json={})
    assert paid.status_code == 200 and paid.json()["saasMode"] == "activated"
    assert [loc["locationId"] for loc in _listed(ghl, agency)["locations"]] == [ghl.location_id]
    ghl.client().post(f"/_mock/locations/{ghl.location_id}/saas/subscription", json={"subscriptionStatus": "past_due"})
    assert _subscription(ghl, agency)["subscriptionStatus"] == "past_due"


@DEPRECATED
def test_pausing_a_saas_location_shows_in_its_subscription_until_resumed(ghl, agency):
    body = {"paused": True, "companyId": ghl.company_id}
    refused = agency.post(f"/saas/pause/{ghl.location_id}", json=body)
    assert (refused.status_code, refused.json()["message"]) == \
        (400, f"SaaS is not enabled for the location {ghl.location_id}")
    ghl.saas_location()
    paused = agency.post(f"/saas/pause/{ghl.location_id}", json=body)
    assert (paused.status_code, paused.json()) == (201, True)
    assert _subscription(ghl, agency)["subscriptionStatus"] == "paused"
    assert _listed(ghl, agency)["locations"][0]["subscriptionInfo"]["subscriptionStatus"] == "paused"
    resumed = agency.post(f"/saas-api/public-api/pause/{ghl.location_id}", json=body | {"paused": False})
    assert (resumed.status_code, resumed.json()) == (200, True)
    assert _subscription(ghl, agency)["subscriptionStatus"] == "active"


def test_a_stripe_subscription_attached_to_a_saas_location_bills_it(ghl, agency):
    body = {"subscriptionId": "sub_ext", "customerId": "cus_ext", "companyId": ghl.company_id}
    path = f"/saas/update-saas-subscription/{ghl.location_id}"
    assert agency.put(path, json=body).status_code == 400  # not in SaaS mode
    agency.post(f"/saas/enable-saas/{ghl.location_id}", json=_v1(ghl))
    attached = agency.put(path, json=body)
    assert attached.status_code == 200
    assert attached.json().startswith("https://") and "sub_ext" in attached.json()
    sub = _subscription(ghl, agency)
    assert (sub["saasMode"], sub["subscriptionId"], sub["customerId"]) == ("activated", "sub_ext", "cus_ext")
    query = {"customerId": "cus_ext", "subscriptionId": "sub_ext", "companyId": ghl.company_id}
    assert agency.get("/saas/locations", params=query).json() == [ghl.location_id]


def test_bulk_enabling_subscribes_every_location_or_none(ghl, agency):
    plan, other_plan = ghl.saas_plan(), ghl.saas_plan()
    second = ghl.location()
    body = {"locationIds": [ghl.location_id, second["id"]], "isSaaSV2": False,
            "actionPayload": {"saasPlanId": plan["planId"], "priceId": other_plan["prices"][0]["id"],
                              "stripeAccountId": "acct_1"}}
    path = f"/saas/bulk-enable-saas/{ghl.company_id}"
    assert agency.post(path, json=body).status_code == 400  # the price is another plan's
    assert _listed(ghl, agency)["locations"] == []
    no_account = agency.post(path, json=body | {"actionPayload": {"saasPlanId": plan["planId"]}})
    assert no_account.json()["message"] == "stripeAccountId is required for SaaS V1"
    body["actionPayload"]["priceId"] = plan["prices"][1]["id"]
    enabled = agency.post(path, json=body)
    assert enabled.status_code == 201 and enabled.json()["success"] is True
    assert enabled.json()["bulkActionUrl"].startswith("https://")
    listed = _listed(ghl, agency)["locations"]
    assert sorted(loc["locationId"] for loc in listed) == sorted([ghl.location_id, second["id"]])
    assert {loc["subscriptionInfo"]["priceId"] for loc in listed} == {plan["prices"][1]["id"]}
    # without a customer given, each location's Stripe customer is made from the location itself
    assert second["name"] in {loc["name"] for loc in listed}
    assert len({loc["customerId"] for loc in listed}) == 2


def test_bulk_disabling_ends_saas_mode(ghl, agency):
    ghl.saas_location()
    second = ghl.location()
    ghl.saas_location(location_id=second["id"])
    disabled = agency.post(f"/saas/bulk-disable-saas/{ghl.company_id}", json={"locationIds": [ghl.location_id]})
    assert (disabled.status_code, disabled.json()["data"]) == (201, {"msg": "success"})
    assert _subscription(ghl, agency) | {"traceId": None} == {
        "locationId": ghl.location_id, "companyId": ghl.company_id, "isSaaSV2": False, "saasMode": "not_activated",
        "traceId": None}
    assert [loc["locationId"] for loc in _listed(ghl, agency)["locations"]] == [second["id"]]


@pytest.mark.ghl_allow_violations("invalid_value")
def test_the_saas_locations_listing_pages_by_ten(ghl, agency):
    plan = ghl.saas_plan()
    ids = [ghl.location_id] + [ghl.location()["id"] for _ in range(10)]
    agency.post(f"/saas/bulk-enable-saas/{ghl.company_id}", json={
        "locationIds": ids, "isSaaSV2": True, "actionPayload": {"saasPlanId": plan["planId"]}})
    first, second = _listed(ghl, agency, 1), _listed(ghl, agency, 2)
    assert len(first["locations"]) == 10 and len(second["locations"]) == 1
    assert first["pagination"] == {"page": 1, "limit": 10, "total": 11, "totalPages": 2, "hasNext": True,
                                   "hasPrev": False}
    assert (second["pagination"]["hasNext"], second["pagination"]["hasPrev"]) == (False, True)
    assert {loc["locationId"] for loc in first["locations"] + second["locations"]} == set(ids)
    assert agency.get(f"/saas/saas-locations/{ghl.company_id}", params={"page": 0}).status_code == 422


def test_deleting_a_location_ends_its_saas_subscription(ghl, agency):
    second = ghl.location()
    ghl.saas_location(location_id=second["id"])
    assert agency.delete(f"/locations/{second['id']}", params={"deleteTwilioAccount": False}).status_code == 200
    assert _listed(ghl, agency)["locations"] == []


def test_another_agencys_locations_are_out_of_reach(ghl, agency, other_agency):
    theirs = other_agency.location_id
    assert agency.post(f"/saas/enable-saas/{theirs}", json=_v1(ghl)).status_code == 403
    assert agency.get(f"/saas/get-saas-subscription/{theirs}", params={"companyId": ghl.company_id}).status_code == 403
    assert agency.post(f"/saas/bulk-disable-saas/{ghl.company_id}", json={"locationIds": [theirs]}).status_code == 403
    assert agency.get(f"/saas/saas-locations/{other_agency.company_id}", params={"page": 1}).status_code == 403
    assert ghl.client().post(f"/saas/enable-saas/{ghl.location_id}", json=_v1(ghl)).status_code == 401
    no_scope = ghl.client(["saas/location.read"], agency=True).post(f"/saas/enable-saas/{ghl.location_id}",
                                                                    json=_v1(ghl))
    assert no_scope.status_code == 401


def _attach(ghl, agency, config=None):
    body = {"companyId": ghl.company_id} | ({"attachedRebillingConfig": config} if config is not None else {})
    return agency.post(f"/saas/allow-attach-rebilling/{ghl.location_id}", json=body)


def test_rebilling_kept_for_a_setup_pending_location_is_set_when_its_customer_pays(ghl, agency):
    agency.post(f"/saas/enable-saas/{ghl.location_id}", json=_v1(ghl))
    config = {"Phone": {"enabled": True, "markup": 3}, "contentAI": {"enabled": True, "markup": 5, "price": 0.09}}
    answer = _attach(ghl, agency, config)
    assert answer.status_code == 200, answer.text
    kept = {"Phone": {"enabled": True, "markup": 200}, "contentAI": {"enabled": True, "markup": 400, "price": 0.09}}
    assert answer.json() | {"traceId": None} == {"success": True, "locationId": ghl.location_id,
                                                 "attachedRebillingConfig": kept, "traceId": None}
    assert _subscription(ghl, agency)["paymentPending"] is True
    rebilling = f"/_mock/locations/{ghl.location_id}/saas/rebilling"
    assert ghl.client().get(rebilling).json()["products"] == {}  # not before the subscription starts
    ghl.client().post(f"/_mock/locations/{ghl.location_id}/saas/subscription", json={})
    assert ghl.client().get(rebilling).json()["products"] == kept
    assert "paymentPending" not in _subscription(ghl, agency)
    again = _attach(ghl, agency)
    assert (again.status_code, again.json()["message"]) == \
        (422, f"The location {ghl.location_id} is already in SaaS mode activated")


def test_only_a_setup_pending_location_awaits_rebilling(ghl, agency, other_agency):
    answer = _attach(ghl, agency)
    assert (answer.status_code, answer.json()["message"]) == \
        (422, f"The location {ghl.location_id} is not in setup_pending state")
    agency.post(f"/saas/enable-saas/{ghl.location_id}", json=_v1(ghl))
    foreign = other_agency.client(agency=True).post(f"/saas/allow-attach-rebilling/{ghl.location_id}",
                                                    json={"companyId": other_agency.company_id})
    assert foreign.status_code == 403
    assert "paymentPending" not in _subscription(ghl, agency)


@pytest.mark.ghl_allow_violations("invalid_value")
def test_unknown_products_and_negative_markups_are_refused(ghl, agency):
    agency.post(f"/saas/enable-saas/{ghl.location_id}", json=_v1(ghl))
    assert _attach(ghl, agency, {"Fax": {"enabled": True, "markup": 2}}).status_code == 422
    assert _attach(ghl, agency, {"Phone": {"enabled": True, "markup": 0.5}}).status_code == 422
    assert "paymentPending" not in _subscription(ghl, agency)
