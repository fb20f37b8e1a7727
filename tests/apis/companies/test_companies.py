def test_agency_reads_its_company(ghl):
    response = ghl.client(agency=True).get(f"/companies/{ghl.company_id}")
    assert response.status_code == 200
    company = response.json()["company"]
    assert company["id"] == ghl.company_id and company["locationCount"] == 1


def test_other_company_is_forbidden(ghl, ghl_app):
    from mock_server.testing.tenant import GhlTenant

    other = GhlTenant(ghl_app, seed="other-company")
    try:
        response = ghl.client(agency=True).get(f"/companies/{other.company_id}")
        assert response.status_code == 403
        assert response.json()["message"] == "The token does not have access to this company."
    finally:
        other.close()
