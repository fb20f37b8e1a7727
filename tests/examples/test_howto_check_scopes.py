"""How to: check that your integration works with exactly the scopes your app asks for.

A Marketplace app is installed with a fixed list of scopes. Run your code with a token that holds only
that list: every operation it needs beyond the list gets GHL's 401, so a scope missing from the app's
manifest shows up in a test instead of after the release.
"""

from __future__ import annotations

import httpx
import pytest

# The scopes your app's manifest requests.
APP_SCOPES = ["locations.readonly", "users.readonly"]


def team_directory(client: httpx.Client, company_id: str, location_id: str) -> list[str]:
    """The code under test: names of the location's users, and the location's name."""
    location = client.get(f"/locations/{location_id}").raise_for_status().json()["location"]
    users = client.get("/users/search", params={"companyId": company_id, "locationId": location_id})
    return [location["name"], *(u["name"] for u in users.raise_for_status().json()["users"])]


@pytest.mark.ghl_token(scopes=APP_SCOPES)
def test_the_directory_needs_only_the_scopes_the_app_asks_for(ghl, ghl_client):
    ghl.user(firstName="Grace", lastName="Hopper")
    names = team_directory(ghl_client, ghl.company_id, ghl.location_id)
    assert "Grace Hopper" in names


def test_a_missing_scope_is_ghls_401(ghl):
    client = ghl.client(scopes=["locations.readonly"])            # users.readonly left out of the manifest
    with pytest.raises(httpx.HTTPStatusError) as refused:
        team_directory(client, ghl.company_id, ghl.location_id)
    assert refused.value.response.status_code == 401
    assert refused.value.response.json()["message"] == "The token is not authorized for this scope."


def test_which_operations_the_code_called(ghl, ghl_client):
    """The journal tells you which operations (and so which scopes) your code really uses."""
    team_directory(ghl_client, ghl.company_id, ghl.location_id)
    used = {entry["operationId"] for entry in ghl.journal()}
    assert used == {"get-location", "search-users"}
