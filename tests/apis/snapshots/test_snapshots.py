"""The agency's snapshots, seeded through the control plane and listed with an agency token."""

from __future__ import annotations


def test_snapshots_are_listed_for_the_agency(ghl):
    control = ghl.client()
    own = control.post(f"/_mock/companies/{ghl.company_id}/snapshots", json={"name": "Gym starter"}).json()
    imported = control.post(f"/_mock/companies/{ghl.company_id}/snapshots",
                            json={"name": "Dentist", "type": "imported"}).json()
    agency = ghl.client(agency=True)
    listed = agency.get("/snapshots/", params={"companyId": ghl.company_id})
    assert listed.status_code == 200
    assert listed.json()["snapshots"] == [{"id": own["id"], "name": "Gym starter", "type": "own"},
                                          {"id": imported["id"], "name": "Dentist", "type": "imported"}]
    location_token = ghl.client().get("/snapshots/", params={"companyId": ghl.company_id})
    assert location_token.status_code == 401
    other_agency = agency.get("/snapshots/", params={"companyId": "SomeOtherCompany0000"})
    assert other_agency.status_code == 403
