"""Email Verification operations (email-isv.json)."""

from __future__ import annotations

from mock_server.apis.email_isv import models, verification
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("email-isv.json", tag="Email Verification")


@api.post("/email/verify", "verify-email", scopes="lc-email.readonly", tokens=LOCATION,
          query=models.VerifyEmailQuery, body=models.VerificationBody, response=models.VerifyEmailResponse,
          status=201, notes=("scope from email-isv-v3.json: email-isv.json declares Location-Access with no scope",))
def verify_email(call: Call) -> dict:
    return verification.verify(call.tenant, call.body.type, call.body.verify, v3=call.v3)
