"""Request models of the webhooks control plane (unknown keys are refused, like GHL bodies)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AnyHttpUrl, Field, field_validator

from mock_server.platform.models import BodyModel, QueryModel
from mock_server.webhooks.profiles import PROFILES


class EventsQuery(QueryModel):
    type: str | None = None
    locationId: str | None = None
    companyId: str | None = None
    appId: str | None = None
    status: Literal["pending", "retrying", "delivered", "failed", "dropped", "skipped"] | None = None
    limit: int | None = Field(None, ge=1, le=10000)
    after: int | None = Field(None, ge=0, description="Only events after this seq (for polling).")


class TenantRef(BodyModel):
    locationId: str | None = None
    companyId: str | None = None


class ResendRequest(BodyModel):
    appId: str | None = None


class RecoverRequest(BodyModel):
    since: str | int = Field(description="ISO-8601 instant or epoch milliseconds (mock time).")
    appId: str | None = None
    locationId: str | None = None
    companyId: str | None = None


class CustomProfile(BodyModel):
    retryOn: Literal["429", "any"] | list[int] = "any"
    retries: int = Field(3, ge=0, le=50)
    delays: list[float] = Field(default_factory=lambda: [60.0], min_length=1)
    jitterSeconds: float = Field(0.0, ge=0)


class FaultsModel(BodyModel):
    duplicate: float = Field(0.0, ge=0, le=1)
    reorder: float = Field(0.0, ge=0, le=1)
    drop: float = Field(0.0, ge=0, le=1)
    tamperedSignature: float = Field(0.0, ge=0, le=1)
    rotatedKey: float = Field(0.0, ge=0, le=1)
    delaySeconds: float = Field(0.0, ge=0, le=86400)
    staleTimestampSeconds: float = Field(0.0, ge=0, le=10 * 86400)


class SettingsRequest(BodyModel):
    locationId: str | None = None
    companyId: str | None = None
    profile: str | CustomProfile | None = None
    mode: Literal["both", "ed25519"] | None = None
    delivery: Literal["background", "manual"] | None = None
    timeoutSeconds: float | None = Field(None, gt=0, le=300)
    concurrency: int | None = Field(None, ge=1, le=64)
    queueSize: int | None = Field(None, ge=1, le=100000)
    faults: FaultsModel | None = None

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in PROFILES:
            raise ValueError(f"profile must be one of {', '.join(PROFILES)}, or a custom profile object")
        return value


class AppSettingsRequest(BodyModel):
    name: str | None = None
    webhookUrl: AnyHttpUrl | None = None
    events: list[str] | None = None
    eventUrls: dict[str, AnyHttpUrl] | None = None
    scopes: list[str] | None = None


class InstallRequest(BodyModel):
    clientId: str
    locationId: str | None = None
    companyId: str | None = None
    scopes: list[str] | None = None
    userId: str | None = None


class UninstallRequest(BodyModel):
    clientId: str
    locationId: str | None = None
    companyId: str | None = None


class ProviderRequest(BodyModel):
    name: str = Field(min_length=1)
    type: Literal["SMS", "Email", "Call"]
    deliveryUrl: AnyHttpUrl
    isCustom: bool = False
    alias: str | None = None
    logoUrl: AnyHttpUrl | None = None
