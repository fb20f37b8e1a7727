"""Models of the Medias API (medias.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, FormModel, NumberString, QueryModel, ResponseModel

SortBy = Literal["createdAt", "updatedAt", "name", "size"]


# -- queries ---------------------------------------------------------------------------------------------
class ListQuery(QueryModel):
    """``GET /medias/files``. DECISION: the file declares sortBy, sortOrder and type as free strings; the mock
    takes the values its listing can honour (anything else is a 422 naming them)."""

    offset: NumberString | None = None
    limit: NumberString | None = None
    sortBy: SortBy
    sortOrder: Literal["asc", "desc"]
    type: Literal["file", "folder"]
    query: str | None = None
    altType: Literal["location"]
    altId: str
    parentId: str | None = None
    fetchAll: Literal["true", "false"] | None = None


class OwnerQuery(QueryModel):
    altType: Literal["location"]
    altId: str


# -- bodies ----------------------------------------------------------------------------------------------
class RenameBody(BodyModel):
    name: str = Field(min_length=1)
    altType: Literal["location"]
    altId: str


class CreateFolderBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str = Field(min_length=1)
    parentId: str | None = None


class RenameItem(BodyModel):
    id: str
    name: str | None = Field(None, min_length=1)


class BulkRenameBody(BodyModel):
    altId: str
    altType: Literal["location"]
    filesToBeUpdated: list[RenameItem] = Field(min_length=1)


class DeleteItem(BodyModel):
    id_: str = Field(alias="_id")


class BulkDeleteBody(BodyModel):
    filesToBeDeleted: list[DeleteItem] = Field(min_length=1)
    altType: Literal["location"]
    altId: str
    status: Literal["deleted", "trashed"]


class UploadForm(FormModel):
    """The form's text parts; the file part (``file``) arrives as ``call.files``."""

    file: bytes | None = None
    hosted: bool | None = None
    fileUrl: str | None = None
    name: str | None = None
    parentId: str | None = None


# -- answers ---------------------------------------------------------------------------------------------
class ListResponse(ResponseModel):
    files: list[dict[str, Any]]


class UploadResponse(ResponseModel):
    fileId: str
    url: str


class FolderResponse(ResponseModel):
    altId: str
    altType: Literal["location"]
    name: str
    parentId: str | None = None
    type: str
    deleted: bool | None = None
    pendingUpload: bool | None = None
    category: str | None = None
    subCategory: str | None = None
    isPrivate: bool | None = None
    relocatedFolder: bool | None = None
    migrationCompleted: bool | None = None
    appFolder: bool | None = None
    isEssential: bool | None = None
    status: str | None = None
    lastUpdatedBy: str | None = None


class UpdatedResponse(ResponseModel):
    updated: bool


# -- control plane -----------------------------------------------------------------------------------------
class MediaFileSeed(BodyModel):
    """A media library file as if uploaded: its bytes base64 (the same size and kind limits apply)."""

    name: str = Field(min_length=1)
    mimetype: str = "application/octet-stream"
    contentBase64: str = Field("", pattern=r"^[A-Za-z0-9+/]*={0,2}$")
    parentId: str | None = None
