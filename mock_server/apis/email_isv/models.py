"""Models of the Email Verification API (email-isv.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal

from mock_server.platform.models import BodyModel, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class VerifyEmailQuery(QueryModel):
    locationId: str


# -- bodies ----------------------------------------------------------------------------------------------
class VerificationBody(BodyModel):
    type: Literal["email", "contact"]
    verify: str


# -- answers ---------------------------------------------------------------------------------------------
class LeadConnectorRecomandationOut(ResponseModel):
    isEmailValid: bool | None = None


class EmailVerifiedResponseOut(ResponseModel):
    reason: list[str] | None = None
    result: Literal["deliverable", "undeliverable", "do_not_send", "unknown", "catch_all"]
    risk: Literal["high", "low", "medium", "unknown"]
    address: str
    # v2 "leadconnectorRecomendation" always, v3 "leadConnectorRecommendation" too on a v3 request (verification.py).
    leadconnectorRecomendation: LeadConnectorRecomandationOut | None = None
    leadConnectorRecommendation: LeadConnectorRecomandationOut | None = None


class EmailNotVerifiedResponseOut(ResponseModel):
    verified: bool
    message: str | None = None
    address: str | None = None


VerifyEmailResponse = EmailVerifiedResponseOut | EmailNotVerifiedResponseOut
