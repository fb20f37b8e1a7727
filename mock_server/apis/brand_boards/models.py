"""Models of the Brand Boards API (brand-boards.json; its brand voices: brand-boards-v3.json), GHL field names
verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class BrandBoardsQuery(QueryModel):
    limit: PagingNumber = 10
    offset: PagingNumber = 0
    search: str = ""
    deleted: bool = False


# -- bodies ----------------------------------------------------------------------------------------------
class Logo(BodyModel):
    id: str
    url: str
    label: str
    path: str


class Color(BodyModel):
    id: str
    hexa: str
    rgba: str
    hex: str
    rgb: str
    label: str


class Font(BodyModel):
    id: str
    font: str
    fallback: str
    label: str


class UpdateBrandBoardBody(BodyModel):
    name: str | None = None
    logos: list[Logo] | None = None
    colors: list[Color] | None = None
    fonts: list[Font] | None = None
    default: bool | None = None
    parentId: str | None = None


class CreateBrandBoardBody(BodyModel):
    locationId: str
    name: str
    logos: list[Logo] | None = None
    colors: list[Color] | None = None
    fonts: list[Font] | None = None
    default: bool | None = None
    brandBoardId: str | None = None
    parentId: str | None = None
    type: Literal["template", "blank", "snapshot"] | None = None
    url: str | None = None  # brand-boards-v3.json: a website to extract the design from


# -- answers ---------------------------------------------------------------------------------------------
class MetaDataOut(ResponseModel):
    updatedBy: str | None = None
    lastAction: str | None = None
    sourceId: str | None = None
    sourceType: Literal["template", "blank", "snapshot"] | None = None


class BrandBoardListItemOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    updatedAt: str
    default: bool | None = None
    meta: MetaDataOut | None = None


class GetBrandBoardsByLocationSuccessResponse(ResponseModel):
    brandBoards: list[BrandBoardListItemOut]
    totalCount: int


class LogoOut(ResponseModel):
    id: str
    url: str
    label: str
    path: str


class ColorOut(ResponseModel):
    id: str
    hexa: str
    rgba: str
    hex: str
    rgb: str
    label: str


class FontOut(ResponseModel):
    id: str
    font: str
    fallback: str
    label: str


class GetBrandBoardSuccessResponse(ResponseModel):
    id_: str = Field(alias="_id")
    locationId: str
    name: str
    logos: list[LogoOut] | None = None
    colors: list[ColorOut] | None = None
    fonts: list[FontOut] | None = None
    default: bool
    deleted: bool
    parentId: str | None = None
    folderId: str | None = None
    originId: str | None = None
    meta: MetaDataOut | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


# -- brand voices (brand-boards-v3.json) ------------------------------------------------------------------
class BrandVoicesQuery(QueryModel):
    limit: Annotated[PagingNumber, Field(ge=1, le=20)] = 10
    offset: PagingNumber = 0
    search: str | None = None
    deleted: bool = False


class UpdateBrandVoiceAnswers(BodyModel):
    """The answers describing a voice; on update, any of them (merged into the voice's)."""
    brandName: str | None = None
    toneOfVoice: str | None = None
    targetAudience: str | None = None
    customerPainPoints: str | None = None
    businessType: str | None = None
    companyWebsite: str | None = None
    companyEmail: str | None = None
    companyAddress: str | None = None
    phone: dict[str, Any] | None = None
    businessHours: str | None = None
    brandPromise: str | None = None
    brandValues: str | None = None
    brandPurpose: str | None = None
    competitiveAdvantage: str | None = None
    risksOfInaction: str | None = None
    uniqueSellingProposition: str | None = None
    callToAction: str | None = None


class BrandVoiceAnswers(UpdateBrandVoiceAnswers):
    """A new voice's answers: the first four are required."""
    brandName: str
    toneOfVoice: str
    targetAudience: str
    customerPainPoints: str


class CreateBrandVoiceBody(BodyModel):
    # Each type needs its own input (voices.py): the contract kit sends a hand-written voice.
    model_config = ConfigDict(**BodyModel.model_config, json_schema_extra={"examples": [
        {"type": "manual", "name": "Contract voice", "answers": {
            "brandName": "Contract", "toneOfVoice": "Plain", "targetAudience": "Testers",
            "customerPainPoints": "Flaky suites"}}]})

    name: str | None = None
    type: Literal["manual", "url", "description"]
    url: str | None = None
    description: str | None = None
    answers: BrandVoiceAnswers | None = None


class UpdateBrandVoiceBody(BodyModel):
    name: str | None = None
    answers: UpdateBrandVoiceAnswers | None = None


class BrandVoiceListItemOut(ResponseModel):
    id: str
    name: str
    isDefault: bool
    createdAt: str
    updatedAt: str


class BrandVoicesResponse(ResponseModel):
    items: list[BrandVoiceListItemOut]
    total: float
    traceId: str | None = None


class BrandVoiceAnswersOut(ResponseModel):
    brandName: str | None = None
    toneOfVoice: str | None = None
    targetAudience: str | None = None
    customerPainPoints: str | None = None
    businessType: str | None = None
    companyWebsite: str | None = None
    companyEmail: str | None = None
    companyAddress: str | None = None
    phone: dict[str, Any] | None = None
    businessHours: str | None = None
    brandPromise: str | None = None
    brandValues: str | None = None
    brandPurpose: str | None = None
    competitiveAdvantage: str | None = None
    risksOfInaction: str | None = None
    uniqueSellingProposition: str | None = None
    callToAction: str | None = None


class BrandVoiceResponse(ResponseModel):
    """A voice, as create, get and update answer it."""
    id: str
    name: str
    isDefault: bool
    createdAt: str
    updatedAt: str
    locationId: str
    deleted: bool
    answers: BrandVoiceAnswersOut | None = None
    traceId: str | None = None


class DeleteBrandVoiceResponse(ResponseModel):
    deleted: bool
    traceId: str | None = None


class SetDefaultBrandVoiceResponse(ResponseModel):
    success: bool
    brandVoiceId: str
    traceId: str | None = None
