"""Models of the OAuth 2.0 API (oauth.json and its v3 twin).

The Python SDK sends camelCase form fields (``clientId``), the Node SDK and the v2 file snake_case
(``client_id``): both are accepted. The v3 file also takes the token request as JSON.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AliasChoices, ConfigDict, Field

from mock_server.platform.models import FormModel, NumberString, Paging, QueryModel, ResponseModel


def _either(snake: str, camel: str, required: bool = True):
    return Field(... if required else None, validation_alias=AliasChoices(snake, camel))


class TokenForm(FormModel):
    client_id: str = _either("client_id", "clientId")
    client_secret: str = _either("client_secret", "clientSecret")
    grant_type: Literal["authorization_code", "refresh_token", "client_credentials"] = _either("grant_type", "grantType")
    code: str | None = None
    refresh_token: str | None = _either("refresh_token", "refreshToken", required=False)
    user_type: Literal["Company", "Location"] | None = _either("user_type", "userType", required=False)
    redirect_uri: str | None = _either("redirect_uri", "redirectUri", required=False)


class LocationTokenForm(FormModel):
    companyId: str
    locationId: str


class InstalledLocationsQuery(QueryModel):
    companyId: str
    appId: str
    skip: NumberString = "0"
    limit: NumberString = "20"
    query: str | None = None
    isInstalled: bool | None = None
    versionId: str | None = None
    onTrial: bool | None = None
    planId: str | None = None
    locationId: str | None = None
    # v3 paging (the Python SDK sends these)
    pageSize: Annotated[Paging, Field(ge=1)] | None = None
    pageToken: str | None = None
    restrictToUserLocations: bool | None = None


class TokenResponse(ResponseModel):
    """v2 keys (``access_token`` ...) or, under ``Version: v3``, their camelCase twins."""

    access_token: str | None = None
    accessToken: str | None = None
    token_type: str | None = None
    tokenType: str | None = None
    expires_in: float | None = None
    expiresIn: float | None = None
    refresh_token: str | None = None
    refreshToken: str | None = None
    scope: str | None = None
    userType: str | None = None
    locationId: str | None = None
    companyId: str | None = None
    approvedLocations: list[str] | None = None
    userId: str
    planId: str | None = None
    isBulkInstallation: bool | None = None
    installToFutureLocations: bool | None = None
    approveAllLocations: bool | None = None
    appId: str | None = None
    versionId: str | None = None


class InstalledLocation(ResponseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id_: str = Field(alias="_id")
    name: str
    address: str
    isInstalled: bool | None = None
    versionId: str | None = None
    installedAt: str | None = None


class Pagination(ResponseModel):
    totalRecords: float | None = None
    hasNextPage: bool
    hasPrevPage: bool
    nextPageToken: str | None = None
    prevPageToken: str | None = None
    currentPageSize: float


class InstalledLocationsResponse(ResponseModel):
    """v2: ``locations`` + ``count``; v3: ``items`` + ``pagination``."""

    locations: list[InstalledLocation] | None = None
    count: float | None = None
    items: list[InstalledLocation] | None = None
    pagination: Pagination | None = None
    installToFutureLocations: bool | None = None
