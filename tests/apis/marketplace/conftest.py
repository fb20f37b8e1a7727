"""What the Marketplace tests share: an app installed on the test's location, called with its own token."""

from __future__ import annotations

import pytest


@pytest.fixture
def app(ghl):
    """A Marketplace app installed on the location (consent, code exchange): ``app.access_token`` is its own."""
    return ghl.install_app(events=["UNINSTALL"])


@pytest.fixture
def as_app(ghl, app):
    """An HTTP client speaking as the app (its location token)."""
    return ghl.client(token=app.access_token)
