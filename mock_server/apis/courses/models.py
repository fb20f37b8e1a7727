"""Models of the Courses API (courses.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Literal

from mock_server.platform.models import BodyModel

# -- enumerations ----------------------------------------------------------------------------------------
Visibility = Literal["published", "draft"]
ContentType = Literal["video", "assignment", "quiz"]
Type = Literal["pdf", "image", "docx", "pptx", "xlsx", "html", "dotx", "epub", "webp", "gdoc", "mp3", "doc", "txt",
               "zip", "ppt", "key", "htm", "xls", "odp", "odt", "rtf", "m4a", "ods", "mp4", "ai", "avi", "mov", "wmv",
               "mkv", "wav", "flac", "ogg", "png", "jpeg", "jpg", "gif", "bmp", "tiff", "svg", "odg", "sxw", "sxc",
               "sxi", "rar", "7z", "json", "xml", "csv", "md", "obj", "stl", "woff", "ttf"]


# -- bodies ----------------------------------------------------------------------------------------------
class PostMaterialInterface(BodyModel):
    title: str
    type: Type
    url: str


class PostInterface(BodyModel):
    title: str
    visibility: Visibility
    thumbnailUrl: str | None = None
    contentType: ContentType
    description: str
    bucketVideoUrl: str | None = None
    postMaterials: list[PostMaterialInterface] | None = None


class SubCategoryInterface(BodyModel):
    title: str
    visibility: Visibility
    thumbnailUrl: str | None = None
    posts: list[PostInterface] | None = None


class CategoryInterface(BodyModel):
    title: str
    visibility: Visibility
    thumbnailUrl: str | None = None
    posts: list[PostInterface] | None = None
    subCategories: list[SubCategoryInterface] | None = None


class InstructorDetails(BodyModel):
    name: str
    description: str


class ProductInterface(BodyModel):
    title: str
    description: str
    imageUrl: str | None = None
    categories: list[CategoryInterface]
    instructorDetails: InstructorDetails | None = None


class PublicExporterPayloadBody(BodyModel):
    locationId: str
    userId: str | None = None
    products: list[ProductInterface]
