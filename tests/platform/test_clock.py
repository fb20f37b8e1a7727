"""The clocks' range: a change that would leave 1900-2999 is refused and leaves the clock as it was."""

from __future__ import annotations

import re

import pytest

from mock_server.platform.clock import OUT_OF_RANGE, ClockOutOfRange
from mock_server.testing.tenant import GhlTenant


def test_the_fixture_clock_refuses_an_instant_out_of_range_with_a_value_error(ghl: GhlTenant):
    frozen = ghl.freeze("2026-03-02T09:00Z")
    with pytest.raises(ValueError, match=re.escape(OUT_OF_RANGE)):
        ghl.freeze("3000-01-01T00:00Z")
    with pytest.raises(ClockOutOfRange):
        ghl.advance(days=400_000)
    with pytest.raises(ClockOutOfRange):
        ghl.set_time("1899-12-31T23:59Z")
    assert ghl.now() == frozen
    assert ghl.client().get(f"/locations/{ghl.location_id}").status_code == 200
