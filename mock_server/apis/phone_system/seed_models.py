"""Control-plane bodies for what GHL's phone API cannot create: a location's numbers, the numbers it may buy,
its number pools."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mock_server.platform.models import BodyModel

E164 = r"^\+[1-9]\d{6,14}$"


class Capabilities(BodyModel):
    voice: bool = True
    sms: bool = True
    mms: bool = True
    fax: bool = False


class NumberSeed(BodyModel):
    """A number the location owns (as if bought earlier). The location's first number is its default."""

    phoneNumber: str = Field(pattern=E164)
    friendlyName: str | None = None
    countryCode: str = Field("US", pattern=r"^[A-Z]{2}$")
    type: Literal["local", "toll-free", "mobile", "national"] = "local"
    capabilities: Capabilities = Capabilities()
    isDefaultNumber: bool | None = None
    forwardingNumber: str | None = None


class StockNumber(BodyModel):
    phoneNumber: str = Field(pattern=E164)
    friendlyName: str | None = None
    isoCountry: str = Field("US", pattern=r"^[A-Z]{2}$")
    numberType: Literal["local", "tollFree", "mobile"] = "local"
    locality: str | None = None
    region: str | None = None
    postalCode: str | None = None
    capabilities: Capabilities = Capabilities()
    price: float = Field(1.15, ge=0)


class InventorySeed(BodyModel):
    """Numbers the location may find (``.../available``) and buy (``.../purchase``)."""

    numbers: list[StockNumber] = Field(min_length=1, max_length=1000)


class PoolSeed(BodyModel):
    """A number pool of some of the location's own numbers."""

    name: str = Field(min_length=1)
    numbers: list[str] = Field(min_length=1, max_length=1000)
    forwardingNumber: str | None = None
    whisper: bool = False
    whisperMessage: str | None = None
    callRecording: bool = False
    isActive: bool = True
