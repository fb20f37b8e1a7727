"""Email Verification operations (email-isv.json)."""

from __future__ import annotations

from mock_server.apis.email_isv import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("email-isv.json", tag="Email Verification")


@api.post("/email/verify", "verify-email", tokens=LOCATION, query=models.VerifyEmailQuery, body=models.VerificationBody,
          response=models.VerifyEmailResponse, status=201)
@unwritten
def verify_email(call: Call) -> dict:
    ...
