"""The Locations and Snapshots parts of the demo sandbox, as the API shows them."""

from __future__ import annotations


def test_the_demo_has_custom_values_templates_and_a_pushed_snapshot(small_demo):
    api, summary, main = small_demo.api, small_demo.summary, small_demo.main
    values = api.get(f"/locations/{main}/customValues").json()["customValues"]
    assert "{{ custom_values.company_name }}" in {v["fieldKey"] for v in values}
    templates = api.get(f"/locations/{main}/templates", params={"originId": main}).json()
    assert templates["totalCount"] == summary["templates"] == 2
    pushes = small_demo.app.world.store.scan(summary["companyId"], "snapshotPushes")
    assert [(p["snapshotId"], p["locationId"]) for p in pushes] == [(summary["snapshotId"],
                                                                     summary["secondLocationId"])]
