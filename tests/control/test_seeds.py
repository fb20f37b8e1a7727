"""The areas' seed endpoints, generated from their declarations: each refuses bad input like the others, and all
are listed by ``GET /_mock/seeds`` (CONTRACT_COVERAGE.md's table of them: tests/contracts/test_coverage.py)."""

from __future__ import annotations

import re

import pytest

from mock_server.apis import REGISTERED

SEEDS = {f"{seed.method} {seed.path}": seed for seed in REGISTERED.seeds}


def _url(seed, ghl, **values) -> str:
    tenant = {"locationId": ghl.location_id, "companyId": ghl.company_id}
    return "/_mock" + re.sub(r"{([^}]+)}", lambda m: values.get(m.group(1)) or tenant.get(m.group(1)) or "nope",
                             seed.path)


@pytest.mark.parametrize("name", SEEDS)
def test_an_unknown_location_or_agency_is_refused(ghl, name):
    seed = SEEDS[name]
    url = _url(seed, ghl, locationId="NoSuchLocation000000", companyId="NoSuchCompany0000000")
    body = {} if seed.body is not None else None
    answer = ghl.client().request(seed.method, url, json=body)   # the tenant is checked before the body
    expected = {"locationId": "Location not found", "companyId": "Company not found"}[seed.tenant_param]
    assert (answer.status_code, answer.json()["message"]) == (400, expected), answer.text


@pytest.mark.parametrize("name", [name for name, seed in SEEDS.items() if seed.body is not None])
@pytest.mark.parametrize("body", [[], "text", {"surely": "not a field"}, {"name": 5, "label": 5, "contacts": 5,
                                                                        "sentences": 5, "stages": 5}])
def test_a_bad_body_gets_a_422_listing_what_is_wrong(ghl, name, body):
    seed = SEEDS[name]
    answer = ghl.client().request(seed.method, _url(seed, ghl), json=body)
    assert answer.status_code == 422 and answer.json()["message"], answer.text
    assert isinstance(answer.json()["message"], list)


def test_malformed_json_is_a_400_not_a_500(ghl):
    for seed in SEEDS.values():
        if seed.body is None:
            continue
        answer = ghl.client().request(seed.method, _url(seed, ghl), content=b"{nope",
                                      headers={"Content-Type": "application/json"})
        assert answer.status_code == 400, (seed.path, answer.text)


def test_every_seed_is_listed_with_its_area_and_body_schema(ghl):
    listed = ghl.client().get("/_mock/seeds").json()["seeds"]
    assert [(s["method"], s["path"]) for s in listed] == [(s.method, "/_mock" + s.path) for s in SEEDS.values()]
    pipelines = next(s for s in listed if s["path"].endswith("/pipelines"))
    assert pipelines["area"] == "opportunities" and pipelines["status"] == 201
    assert set(pipelines["body"]["required"]) == {"name", "stages"} and pipelines["doc"]
    assert next(s for s in listed if s["path"].endswith("/enrollments"))["body"] is None
