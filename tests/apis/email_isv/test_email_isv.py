"""Email Verification (email-isv.json): a test per scaffolded operation, sending the request it starts from.

Each is a strict xfail while its handler is unwritten (the operation answers 501). Once the handler is
written and the request succeeds, the xfail fails the run: then drop the mark and assert what a user cares
about (the record is stored, listed, changed, gone), not only the status."""

from __future__ import annotations

import pytest

UNWRITTEN = pytest.mark.xfail(strict=True, reason="scaffolded: the handler and this test are still to write")


@UNWRITTEN
def test_verify_email(ghl):
    answer = ghl.client().post("/email/verify", params={"locationId": ghl.location_id},
                               json={"type": "email", "verify": "verify"})
    assert answer.status_code == 201, answer.text
