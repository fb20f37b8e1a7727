"""Pipelines and lost reasons: seeded through the control plane, listed through the API."""

from __future__ import annotations


def test_seeded_pipeline_is_listed_with_stage_ids(ghl):
    api = ghl.client()
    seeded = api.post(f"/_mock/locations/{ghl.location_id}/pipelines",
                      json={"name": "Sales", "stages": [{"name": "New"}, {"name": "Won"}]})
    assert seeded.status_code == 201
    listed = api.get("/opportunities/pipelines", params={"locationId": ghl.location_id}).json()["pipelines"]
    assert [(p["name"], [s["name"] for s in p["stages"]]) for p in listed] == [("Sales", ["New", "Won"])]
    assert [s["id"] for s in listed[0]["stages"]] == [s["id"] for s in seeded.json()["stages"]]
    assert api.post(f"/_mock/locations/{ghl.location_id}/pipelines", json={"name": "Empty", "stages": []}
                    ).status_code == 422


def test_lost_reasons_filter_by_name_and_query(ghl):
    api = ghl.client()
    for name in ("Too expensive", "Went with a competitor", "No budget"):
        ghl.lost_reason(name)
    params = {"locationId": ghl.location_id}
    assert api.get("/opportunities/lost-reason", params=params).json()["total"] == 3
    found = api.get("/opportunities/lost-reason", params={**params, "query": "EXPENS"}).json()
    assert [r["name"] for r in found["lostReasons"]] == ["Too expensive"]
    found = api.get("/opportunities/lost-reason", params={**params, "name": "no budget"}).json()
    assert [r["name"] for r in found["lostReasons"]] == ["No budget"]
