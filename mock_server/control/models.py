"""Request models of the control plane (validated like GHL bodies: unknown keys are refused)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AnyHttpUrl, Field

from mock_server.apis.common import Timezone
from mock_server.platform.models import BodyModel, Paging, QueryModel


class TenantRequest(BodyModel):
    name: str | None = None
    timezone: Timezone | None = None
    seed: str | None = Field(None, description="Makes every id of this tenant deterministic.")


class TokenRequest(BodyModel):
    locationId: str | None = None
    companyId: str | None = None
    scopes: list[str] | None = Field(None, description="Omitted: every scope the mock knows.")
    kind: Literal["oauth", "pit"] = "oauth"
    expiresIn: int | None = Field(None, ge=0, description="Seconds; default 86399 for OAuth, none for a PIT.")
    userId: str | None = None
    clientId: str | None = Field(None, description="The Marketplace app the token belongs to (default app if omitted).")


class RevokeRequest(BodyModel):
    token: str


class AppRequest(BodyModel):
    name: str = "Test app"
    companyId: str | None = None
    clientId: str | None = None
    clientSecret: str | None = None
    scopes: list[str] | None = Field(None, description="The scopes the app may ask for (omitted: any).")
    webhookUrl: AnyHttpUrl | None = Field(None, description="Where its webhooks go.")
    events: list[str] | None = Field(None, description="The webhook events it subscribes to.")
    eventUrls: dict[str, AnyHttpUrl] | None = Field(None, description="Per-event override URLs.")


class CodeRequest(BodyModel):
    clientId: str | None = None
    locationId: str | None = None
    companyId: str | None = None
    scopes: list[str] | None = None
    redirectUri: str | None = None
    userId: str | None = None


class ClockRequest(BodyModel):
    at: str | int | None = Field(None, description="ISO-8601 instant or epoch milliseconds.")
    seconds: float | None = None
    locationId: str | None = None
    companyId: str | None = None


class TenantScopeQuery(QueryModel):
    locationId: str | None = None
    companyId: str | None = None


class JournalQuery(QueryModel):
    locationId: str | None = None
    companyId: str | None = None
    operationId: str | None = None
    limit: Annotated[Paging, Field(ge=1)] | None = None


class SeedRequest(BodyModel):
    seed: int | str | None


class ContractModeRequest(BodyModel):
    mode: Literal["strict", "record"]


class RateLimitRequest(BodyModel):
    enforce: bool | None = None
    burst: int | None = Field(None, ge=1)
    daily: int | None = Field(None, ge=1)
    intervalMilliseconds: int | None = Field(None, ge=1)
