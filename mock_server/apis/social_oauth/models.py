"""Models of the social OAuth operations (social-media-posting.json), GHL field names verbatim.

The official file types a few fields ``object`` whose values are words (an attached account's ``platform`` and
``type``, a TikTok profile's ``type``, the Facebook attach's ``type``): the mock takes and answers the words,
as the file's examples and the v3 file do (``upstream.py`` lists each).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from mock_server.platform.models import BodyModel, QueryModel, ResponseModel

AccountKind = Literal["page", "group", "profile", "location", "business"]


# -- queries ---------------------------------------------------------------------------------------------
class StartOAuthQuery(QueryModel):
    locationId: str
    userId: str
    page: str | None = None
    reconnect: str | None = None


class ListQuery(QueryModel):
    search: str | None = None


# -- bodies: what a client attaches (the item it chose from the GET's list) -------------------------------
class AttachGMBLocationBody(BodyModel):
    location: dict[str, Any] | None = None
    account: dict[str, Any] | None = None
    companyId: str | None = None
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"location": {"name": "locations/contract-google-location", "title": "Contract"}, "account": {}}]})


class _Attach(BodyModel):
    originId: str | None = None
    name: str | None = None
    avatar: str | None = None
    companyId: str | None = None


class AttachFBAccountBody(_Attach):
    type: Literal["page"] | None = None  # the file says object; its example and v3's enum: "page"
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"type": "page", "originId": "contract-facebook-page", "name": "Contract page"}]})


class AttachIGAccountBody(_Attach):
    pageId: str
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"originId": "contract-instagram-account", "pageId": "contract-instagram-page", "name": "Contract"}]})


class AttachLinkedinAccountBody(_Attach):
    type: AccountKind | None = None
    urn: str | None = None
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"type": "page", "originId": "contract-linkedin-page", "name": "Contract page"}]})


class AttachTwitterAccountBody(_Attach):
    username: str | None = None
    protected: bool | None = None
    verified: bool | None = None
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"originId": "contract-twitter-profile", "name": "Contract", "username": "contract"}]})


class AttachTiktokAccountBody(_Attach):
    type: AccountKind | None = None
    verified: bool | None = None
    username: str | None = None
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"type": "profile", "originId": "contract-tiktok-profile", "name": "Contract", "username": "contract"}]})


# v3 only (its generic attach): YouTube, Pinterest, Threads, required as v3 has them.
class AttachYoutubeBody(BodyModel):
    type: Literal["profile"]
    originId: str
    name: str
    avatar: str
    verified: bool | None = None
    username: str | None = None


class AttachPinterestBody(BodyModel):
    originId: str
    name: str | None = None
    avatar: str | None = None
    verified: bool | None = None
    username: str | None = None
    websiteUrl: str | None = None
    companyId: str | None = None
    type: Literal["profile"] | None = None
    originAccountType: str | None = None


class AttachThreadsBody(BodyModel):
    type: Literal["profile"]
    originId: str
    name: str
    avatar: str


class AttachOAuthAccountBody(BodyModel):
    """v3's generic attach: every field of its platforms' bodies (v3 ``oneOf``); the handler then checks the
    sent fields against the platform's own body."""

    type: AccountKind | None = None
    originId: str | None = None
    name: str | None = None
    avatar: str | None = None
    pageId: str | None = None
    urn: str | None = None
    username: str | None = None
    verified: bool | None = None
    websiteUrl: str | None = None
    originAccountType: str | None = None
    companyId: str | None = None
    location: dict[str, Any] | None = None
    account: dict[str, Any] | None = None
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"location": {"name": "locations/contract-google-location", "title": "Contract"}, "account": {}}]})


# -- answers: what an OAuth'd account can attach ----------------------------------------------------------
class _Envelope(ResponseModel):
    success: bool
    statusCode: float
    message: str


class GoogleLocationOut(ResponseModel):
    name: str | None = None
    storeCode: str | None = None
    title: str | None = None
    metadata: dict[str, Any] | None = None
    storefrontAddress: dict[str, Any] | None = None
    relationshipData: dict[str, Any] | None = None
    maxLocation: bool | None = None
    isVerified: bool | None = None
    isConnected: bool | None = None


class GoogleAccountOut(ResponseModel):
    name: str | None = None
    accountName: str | None = None
    type: str | None = None
    verificationState: str | None = None
    vettedState: str | None = None


class GoogleLocationItemOut(ResponseModel):
    location: GoogleLocationOut | None = None
    account: GoogleAccountOut | None = None


class GoogleLocationsOut(ResponseModel):
    locations: list[GoogleLocationItemOut] | None = None  # the file says one object: see upstream.py


class GetGoogleLocationResponse(_Envelope):
    results: GoogleLocationsOut | None = None


class _Item(ResponseModel):
    id: str | None = None
    name: str | None = None
    avatar: str | None = None
    isConnected: bool | None = None


class FacebookPageOut(_Item):
    isOwned: bool | None = None


class FacebookPagesOut(ResponseModel):
    pages: list[FacebookPageOut] | None = None


class GetFacebookAccountsResponse(_Envelope):
    results: FacebookPagesOut | None = None


class InstagramAccountOut(_Item):
    pageId: str | None = None


class InstagramAccountsOut(ResponseModel):
    accounts: list[InstagramAccountOut] | None = None


class GetInstagramAccountsResponse(_Envelope):
    results: InstagramAccountsOut | None = None


class LinkedInItemOut(_Item):
    urn: str | None = None


class LinkedInAccountsOut(ResponseModel):
    pages: list[LinkedInItemOut] | None = None
    profile: list[LinkedInItemOut] | None = None


class GetLinkedInAccountsResponse(_Envelope):
    results: LinkedInAccountsOut | None = None


class ProfileOut(_Item):
    username: str | None = None
    verified: bool | None = None
    protected: bool | None = None  # Twitter's
    type: str | None = None  # TikTok's ("BUSINESS"); the file says object


class ProfilesOut(ResponseModel):
    profile: list[ProfileOut] | None = None


class GetProfilesResponse(_Envelope):
    """Twitter, TikTok and TikTok Business: the OAuth'd profiles."""

    results: ProfilesOut | None = None


class OAuthAccountsResponse(_Envelope):
    """v3's generic list: the platform's lists (``pages``, ``accounts``, ``profile`` or ``locations``)."""

    results: dict[str, list[dict[str, Any]]] | None = None


# -- answers: the attached account ------------------------------------------------------------------------
class AttachedAccountOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    oAuthId: str | None = None
    oldId: str | None = None
    locationId: str | None = None
    originId: str | None = None
    platform: str | None = None
    type: str | None = None
    name: str | None = None
    avatar: str | None = None
    meta: dict[str, Any] | None = None
    active: bool | None = None
    deleted: bool | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class AttachResponse(_Envelope):
    results: AttachedAccountOut | None = None
