"""Models of the Custom Menu Links API (custom-menus.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class CustomMenusQuery(QueryModel):
    locationId: str | None = None
    skip: Annotated[PagingNumber, Field(ge=0)] = 0
    limit: Annotated[PagingNumber, Field(ge=1)] = 20
    query: str | None = None
    showOnCompany: bool | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class IconSchemaOptional(BodyModel):
    name: str | None = None
    fontFamily: Literal["fab", "fas", "far"] | None = None


class UpdateCustomMenuBody(BodyModel):
    title: str | None = None
    url: str | None = None
    icon: IconSchemaOptional | None = None
    showOnCompany: bool | None = None
    showOnLocation: bool | None = None
    showToAllLocations: bool | None = None
    openMode: Literal["iframe", "new_tab", "current_tab"] | None = None
    locations: list[str] | None = None
    userRole: Literal["all", "admin", "user"] | None = None
    allowCamera: bool | None = None
    allowMicrophone: bool | None = None


class IconSchema(BodyModel):
    name: str
    fontFamily: Literal["fab", "fas", "far"]


class CreateCustomMenuBody(BodyModel):
    title: str
    url: str
    # DECISION: icon and locations are optional, though the file requires them: a public client sends neither
    # when its user gives none (Jedidiah-Solomon/ghl-custom-menu-link, controllers/customMenuController.js).
    icon: IconSchema | None = None
    showOnCompany: bool
    showOnLocation: bool
    showToAllLocations: bool
    openMode: Literal["iframe", "new_tab", "current_tab"]
    locations: list[str] | None = None
    userRole: Literal["all", "admin", "user"]
    allowCamera: bool | None = None
    allowMicrophone: bool | None = None


# -- answers ---------------------------------------------------------------------------------------------
class IconSchemaOptionalOut(ResponseModel):
    name: str | None = None
    fontFamily: Literal["fab", "fas", "far"] | None = None


class CustomMenuSchemaOut(ResponseModel):
    id: str | None = None
    icon: IconSchemaOptionalOut | None = None
    title: str | None = None
    url: str | None = None
    order: float | None = None
    showOnCompany: bool | None = None
    showOnLocation: bool | None = None
    showToAllLocations: bool | None = None
    locations: list[str] | None = None
    openMode: Literal["iframe", "new_tab", "current_tab"] | None = None
    userRole: Literal["all", "admin", "user"] | None = None
    allowCamera: bool | None = None
    allowMicrophone: bool | None = None


class GetSingleCustomMenusSuccessfulResponse(ResponseModel):
    customMenu: CustomMenuSchemaOut | None = None


class UpdateCustomMenuLinkResponse(ResponseModel):
    success: bool | None = None
    customMenu: CustomMenuSchemaOut | None = None


class DeleteCustomMenuSuccessfulResponse(ResponseModel):
    success: bool | None = None
    message: str | None = None
    deletedMenuId: str | None = None
    deletedAt: str | None = None


class GetCustomMenusResponse(ResponseModel):
    customMenus: list[CustomMenuSchemaOut] | None = None
    totalLinks: int | None = None
