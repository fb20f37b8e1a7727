"""What the SaaS tests share: an agency client, and another agency for tenancy checks."""

from __future__ import annotations

import pytest


@pytest.fixture
def agency(ghl):
    """An HTTP client with the test agency's token (every scope): the SaaS operations take agency tokens only."""
    return ghl.client(agency=True)


@pytest.fixture
def other_agency(ghl_app):
    """Another agency on the same mock, with its own location."""
    from mock_server.testing.tenant import GhlTenant

    other = GhlTenant(ghl_app, seed="saas-other-agency")
    yield other
    other.close()
