"""Models of the Brand Boards API (brand-boards.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

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
