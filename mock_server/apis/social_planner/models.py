"""Models of the Social Planner API (social-media-posting.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.apis.common import RECORD_MARK
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.platform.models import (
    BodyModel,
    FormModel,
    NumberString,
    Paging,
    PagingNumber,
    QueryModel,
    ResponseModel,
)

# DECISION: the official file types a post's ``type``, ``status`` and their kin as ``object`` while describing
# string enums ("must be one of the following values: post, story, reel"); the v3 file and real clients send the
# strings, so the models take the strings (upstream.py allowlists the difference).
PostType = Literal["post", "story", "reel"]
PostStatus = Literal["draft", "scheduled", "in_review", "published", "in_progress", "pending", "failed",
                     "notification_sent", "deleted"]
PostListType = Literal["recent", "all", "scheduled", "draft", "failed", "in_review", "published", "in_progress",
                       "deleted"]
# DECISION: the file declares skip and limit as digit strings, but clients send numbers (GoHighLevel/
# highlevel-api-docs#178 sends ``"skip": 0, "limit": 10, "includeUsers": true`` to posts/list): both are taken.
Count = NumberString | Paging
Flag = Literal["true", "false"] | bool


# -- queries ---------------------------------------------------------------------------------------------
class DeleteAccountQuery(QueryModel):
    companyId: str | None = None
    userId: str | None = None


class CsvImportsQuery(QueryModel):
    skip: NumberString = "0"
    limit: NumberString = "10"
    includeUsers: Literal["true", "false"] | None = None
    userId: str | None = None
    isFromTemplate: Literal["true", "false"] | None = None


class PageQuery(QueryModel):
    skip: NumberString | None = None
    limit: NumberString | None = None


class SearchQuery(QueryModel):
    searchText: str | None = None
    limit: NumberString | None = None
    skip: NumberString | None = None


class StatisticsQuery(QueryModel):
    locationId: str


# -- bodies ----------------------------------------------------------------------------------------------
class SearchPostBody(BodyModel):
    type: PostListType = "all"
    accounts: str | None = None
    skip: Count
    limit: Count
    fromDate: IsoInstant
    toDate: IsoInstant
    includeUsers: Flag
    postType: PostType | None = None


class PostMediaSchema(BodyModel):
    url: str = Field(min_length=1)
    caption: str | None = None
    type: str | None = None
    thumbnail: str | None = None
    defaultThumb: str | None = None
    id: str | None = None


class OgTagsSchema(BodyModel):
    metaImage: str | None = None
    metaLink: str | None = None


class PostApprovalSchema(BodyModel):
    approver: str | None = None
    requesterNote: str | None = None
    approverNote: str | None = None
    approvalStatus: Literal["pending", "approved", "rejected", "not_required"] | None = None


class TiktokPostSchema(BodyModel):
    privacyLevel: Literal["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"] | None = None
    promoteOtherBrand: bool | None = None
    enableComment: bool | None = None
    enableDuet: bool | None = None
    enableStitch: bool | None = None
    videoDisclosure: bool | None = None
    promoteYourBrand: bool | None = None


class DateSchema(BodyModel):
    year: float
    month: float
    day: float


class TimeSchema(BodyModel):
    hours: float
    minutes: float
    seconds: float


class StartDateSchema(BodyModel):
    startDate: DateSchema | None = None
    startTime: TimeSchema | None = None


class EndDateSchema(BodyModel):
    endDate: DateSchema | None = None
    endTime: TimeSchema | None = None


class GMBPostSchema(BodyModel):
    gmbEventType: Literal["STANDARD", "EVENT", "OFFER"] | None = None
    title: str | None = None
    offerTitle: str | None = None
    startDate: StartDateSchema | None = None
    endDate: EndDateSchema | None = None
    termsConditions: str | None = None
    url: str | None = None
    couponCode: str | None = None
    redeemOnlineUrl: str | None = None
    actionType: Literal["none", "order", "book", "shop", "learn_more", "call", "sign_up"] | None = None


class PostFields(BodyModel):
    """A post's fields as create-post and edit-post take them (v2's, and what the v3 file adds)."""

    accountIds: list[str] | None = None
    summary: str | None = None
    media: list[PostMediaSchema] | None = None
    status: PostStatus | None = None
    scheduleDate: IsoInstant | None = None
    createdBy: str | None = None
    followUpComment: str | None = None
    ogTagsDetails: OgTagsSchema | None = None
    type: PostType
    postApprovalDetails: PostApprovalSchema | None = None
    scheduleTimeUpdated: bool | None = None
    tags: list[str] | None = None
    categoryId: str | None = Field(None, json_schema_extra={RECORD_MARK: "socialCategoryId"})
    tiktokPostDetails: TiktokPostSchema | None = None
    gmbPostDetails: GMBPostSchema | None = None
    userId: str | None = None
    # v3 only: kept as sent (the platforms' own options, which the mock does not act on)
    selectedBestTime: str | None = None
    applyWatermark: bool | None = None
    linkedinPostDetails: dict[str, Any] | None = None
    pinterestPostDetails: dict[str, Any] | None = None
    facebookPostDetails: dict[str, Any] | None = None
    instagramPostDetails: dict[str, Any] | None = None
    youtubePostDetails: dict[str, Any] | None = None


class CreatePostBody(PostFields):
    # GoHighLevel/highlevel-api-docs#30: both are required, as the file's required list says.
    accountIds: list[str] = Field(min_length=1, json_schema_extra={RECORD_MARK: "socialAccountId"})
    userId: str


class EditPostBody(PostFields):
    accountIds: list[str] | None = Field(None, min_length=1, json_schema_extra={RECORD_MARK: "socialAccountId"})


class DeletePostsBody(BodyModel):
    postIds: list[str] | None = Field(None, json_schema_extra={RECORD_MARK: "socialPostId"})


class SetAccountsBody(BodyModel):
    accountIds: list[str] = Field(min_length=1, json_schema_extra={RECORD_MARK: "socialAccountId"})
    filePath: str = Field(min_length=1)
    rowsCount: Annotated[PagingNumber, Field(ge=1)]
    fileName: str = Field(min_length=1)
    approver: str | None = None
    userId: str | None = None
    csvFileType: Literal["basic", "advance"] | None = None


class CsvFinalizeBody(BodyModel):
    userId: str | None = None


class TagIdsBody(BodyModel):
    tagIds: list[str] = Field(json_schema_extra={RECORD_MARK: "socialTagId"})


class DateRange(BodyModel):
    startDate: IsoInstant
    endDate: IsoInstant


class StatisticsBody(BodyModel):
    profileIds: list[str] = Field(min_length=1, max_length=100)
    platforms: (list[Literal["facebook", "instagram", "linkedin", "google", "pinterest", "youtube", "tiktok"]] |
                None) = None
    currentRange: DateRange | None = None
    prevRange: DateRange | None = None


# -- form bodies -----------------------------------------------------------------------------------------
class UploadCSVBody(FormModel):
    """The form's text parts; the CSV (``file``) arrives as ``call.files``."""

    file: bytes | None = None


# -- answers ---------------------------------------------------------------------------------------------
class PostMediaSchemaOut(ResponseModel):
    url: str
    caption: str | None = None
    type: str | None = None
    thumbnail: str | None = None
    defaultThumb: str | None = None
    id: str | None = None


class OgTagsSchemaOut(ResponseModel):
    metaImage: str | None = None
    metaLink: str | None = None


class PostUserSchemaOut(ResponseModel):
    id: str
    title: str
    firstName: str
    lastName: str
    profilePhoto: str
    phone: str
    email: str


class FormatedApprovalDetailsOut(ResponseModel):
    approver: str | None = None
    requesterNote: str | None = None
    approverNote: str | None = None
    approvalStatus: str | None = None
    approverUser: PostUserSchemaOut | None = None


class TiktokPostSchemaOut(ResponseModel):
    privacyLevel: str | None = None
    promoteOtherBrand: bool | None = None
    enableComment: bool | None = None
    enableDuet: bool | None = None
    enableStitch: bool | None = None
    videoDisclosure: bool | None = None
    promoteYourBrand: bool | None = None


class DateSchemaOut(ResponseModel):
    year: float
    month: float
    day: float


class TimeSchemaOut(ResponseModel):
    hours: float
    minutes: float
    seconds: float


class StartDateSchemaOut(ResponseModel):
    startDate: DateSchemaOut | None = None
    startTime: TimeSchemaOut | None = None


class EndDateSchemaOut(ResponseModel):
    endDate: DateSchemaOut | None = None
    endTime: TimeSchemaOut | None = None


class GMBPostSchemaOut(ResponseModel):
    gmbEventType: str | None = None
    title: str | None = None
    offerTitle: str | None = None
    startDate: StartDateSchemaOut | None = None
    endDate: EndDateSchemaOut | None = None
    termsConditions: str | None = None
    url: str | None = None
    couponCode: str | None = None
    redeemOnlineUrl: str | None = None
    actionType: str | None = None


class GetPostFormattedSchemaOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    source: Literal["composer", "csv", "recurring", "review", "rss"] | None = None
    locationId: str
    platform: str | None = None
    displayDate: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    accountId: str | None = None
    error: str
    postId: str | None = None
    publishedAt: str | None = None
    accountIds: list[str] | None = None
    summary: str | None = None
    media: list[PostMediaSchemaOut] | None = None
    status: str | None = None
    createdBy: str | None = None
    type: str
    tags: list[str] | None = None
    ogTagsDetails: OgTagsSchemaOut | None = None
    postApprovalDetails: FormatedApprovalDetailsOut | None = None
    tiktokPostDetails: TiktokPostSchemaOut | None = None
    gmbPostDetails: GMBPostSchemaOut | None = None
    user: PostUserSchemaOut | None = None


class PostSuccessfulResponseSchemaOut(ResponseModel):
    posts: list[GetPostFormattedSchemaOut] | None = None
    count: float | None = None


class PostSuccessfulResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: PostSuccessfulResponseSchemaOut | None = None


class CreatePostSuccessfulResponseSchemaOut(ResponseModel):
    post: GetPostFormattedSchemaOut | None = None


class CreatePostSuccessfulResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: CreatePostSuccessfulResponseSchemaOut | None = None


class GetPostSuccessfulResponseSchemaOut(ResponseModel):
    post: GetPostFormattedSchemaOut | None = None


class GetPostSuccessfulResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: GetPostSuccessfulResponseSchemaOut | None = None


class UpdatePostSuccessfulResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str


class DeletePostSuccessfulResponseSchemaOut(ResponseModel):
    postId: str | None = None


class DeletePostSuccessfulResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: DeletePostSuccessfulResponseSchemaOut | None = None


class BulkDeleteResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: Any


class GetAccountSchemaOut(ResponseModel):
    id: str | None = None
    oauthId: str | None = None
    profileId: str | None = None
    name: str | None = None
    platform: str | None = None
    type: str | None = None
    expire: str | None = None
    isExpired: bool | None = None
    meta: dict[str, Any] | None = None


class GetGroupSchemaOut(ResponseModel):
    id: str
    name: str
    accountIds: list[str]


class AccountsListResponseSchemaOut(ResponseModel):
    accounts: list[GetAccountSchemaOut] | None = None
    groups: list[GetGroupSchemaOut] | None = None


class AccountsListResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: AccountsListResponseSchemaOut | None = None


class DeleteAccountResponseSchemaOut(ResponseModel):
    locationId: str | None = None
    id: str | None = None


class LocationAndAccountDeleteResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: DeleteAccountResponseSchemaOut | None = None


class UploadFileResponseSchemaOut(ResponseModel):
    filePath: str | None = None
    rowsCount: float | None = None
    fileName: str | None = None


class UploadFileResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: UploadFileResponseSchemaOut | None = None


class CSVImportSchemaOut(ResponseModel):
    id_: str = Field(alias="_id")
    locationId: str | None = None
    fileName: str | None = None
    accountIds: list[str] | None = None
    file: str | None = None
    status: str | None = None
    count: float | None = None
    createdBy: str | None = None
    traceId: str | None = None
    originId: str | None = None
    approver: str | None = None
    createdAt: str | None = None


class GetUploadStatusResponseSchemaOut(ResponseModel):
    csvs: list[CSVImportSchemaOut]
    count: float


class GetUploadStatusResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: GetUploadStatusResponseSchemaOut | None = None


class SetAccountsResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str


class OgImageSchemaOut(ResponseModel):
    url: str | None = None
    width: float | None = None
    height: float | None = None
    type: str | None = None


class IOgTagsSchemaOut(ResponseModel):
    url: str | None = None
    ogDescription: str | None = None
    ogImage: OgImageSchemaOut | None = None
    ogTitle: str | None = None
    ogUrl: str | None = None
    ogSiteName: str | None = None
    error: str | None = None


class CSVMediaResponseSchemaOut(ResponseModel):
    url: str | None = None
    type: str | None = None
    size: float | None = None
    width: float | None = None
    height: float | None = None
    aspectRatio: float | None = None
    duration: float | None = None
    format: str | None = None
    videoCodecName: str | None = None
    frameRate: float | None = None
    audioCodecName: str | None = None
    audioChannels: float | None = None
    displayAspectRatio: str | None = None
    frames: list[str] | None = None
    selectedPoster: float | None = None
    error: str | None = None
    instagramError: str | None = None
    gmbError: str | None = None
    facebookError: str | None = None
    linkedinError: str | None = None
    twitterError: str | None = None
    tiktokError: str | None = None
    tiktokBusinessError: str | None = None
    invalidError: str | None = None


class CSVPostSchemaOut(ResponseModel):
    accountIds: list[str] | None = None
    link: IOgTagsSchemaOut | None = None
    medias: list[CSVMediaResponseSchemaOut] | None = None
    scheduleDate: str | None = None
    summary: str | None = None
    followUpComment: str | None = None
    type: str | None = None
    tiktokPostDetails: TiktokPostSchemaOut | None = None
    gmbPostDetails: GMBPostSchemaOut | None = None
    errorMessage: str | None = None


class GetCsvPostResponseSchemaOut(ResponseModel):
    csv: CSVImportSchemaOut | None = None
    count: float | None = None
    posts: list[CSVPostSchemaOut] | None = None


class GetCsvPostResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: GetCsvPostResponseSchemaOut | None = None


class CsvPostStatusResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str


class CsvResponseOut(ResponseModel):
    locationId: str | None = None
    fileName: str | None = None
    accountIds: list[str] | None = None
    file: str | None = None
    status: str | None = None
    count: float | None = None
    createdBy: str | None = None
    traceId: str | None = None
    originId: str | None = None
    approver: str | None = None


class CSVResponseSchemaOut(ResponseModel):
    csv: CsvResponseOut | None = None


class DeleteCsvResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: CSVResponseSchemaOut | None = None


class DeletePostResponseSchemaOut(ResponseModel):
    postId: str


class DeletePostResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: DeletePostResponseSchemaOut | None = None


class CategorySchemaOut(ResponseModel):
    name: str | None = None
    primaryColor: str | None = None
    secondaryColor: str | None = None
    locationId: str | None = None
    id_: str | None = Field(None, alias="_id")
    createdBy: str | None = None
    deleted: bool
    createdAt: str | None = None
    updatedAt: str | None = None


class GetByLocationIdResponseSchemaOut(ResponseModel):
    count: float
    categories: list[CategorySchemaOut]


class GetByLocationIdResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: GetByLocationIdResponseSchemaOut | None = None


class GetByIdResponseSchemaOut(ResponseModel):
    name: str | None = None
    primaryColor: str | None = None
    secondaryColor: str | None = None
    locationId: str | None = None
    id_: str | None = Field(None, alias="_id")
    createdBy: str | None = None
    deleted: bool
    message: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class GetCategorySchemaOut(ResponseModel):
    category: GetByIdResponseSchemaOut | None = None


class GetByIdResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: GetCategorySchemaOut | None = None


class SocialMediaTagSchemaOut(ResponseModel):
    tag: str | None = None
    locationId: str | None = None
    id_: str | None = Field(None, alias="_id")
    createdBy: str | None = None
    deleted: bool | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class GetTagsByLocationIdResponseSchemaOut(ResponseModel):
    tags: list[SocialMediaTagSchemaOut] | None = None
    count: float | None = None


class GetTagsByLocationIdResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: GetTagsByLocationIdResponseSchemaOut | None = None


class GetTagsByIdResponseSchemaOut(ResponseModel):
    tags: list[SocialMediaTagSchemaOut]
    count: float | None = None


class GetTagsByIdResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: GetTagsByIdResponseSchemaOut | None = None


class GetSocialMediaStatisticsResultsTotalsOut(ResponseModel):
    posts: float | None = None
    likes: float | None = None
    followers: float | None = None
    impressions: float | None = None
    comments: float | None = None


class GetSocialMediaStatisticsResultsPostPerformanceOut(ResponseModel):
    posts: dict[str, list[float]] | None = None
    impressions: list[float] | None = None
    likes: list[float] | None = None
    comments: list[float] | None = None


class GetSocialMediaStatisticsResultsBreakdownsPostsPlatformsValueOut(ResponseModel):
    value: float | None = None
    change: float | None = None


class GetSocialMediaStatisticsResultsBreakdownsPostsOut(ResponseModel):
    total: float | None = None
    totalChange: float | None = None
    platforms: dict[str, GetSocialMediaStatisticsResultsBreakdownsPostsPlatformsValueOut] | None = None


class GetSocialMediaStatisticsResultsBreakdownsEngagementValueOut(ResponseModel):
    likes: float | None = None
    comments: float | None = None
    shares: float | None = None
    change: float | None = None


class GetSocialMediaStatisticsResultsBreakdownsOut(ResponseModel):
    posts: GetSocialMediaStatisticsResultsBreakdownsPostsOut | None = None
    impressions: GetSocialMediaStatisticsResultsBreakdownsPostsOut | None = None
    reach: GetSocialMediaStatisticsResultsBreakdownsPostsOut | None = None
    engagement: dict[str, GetSocialMediaStatisticsResultsBreakdownsEngagementValueOut] | None = None


class GetSocialMediaStatisticsResultsPlatformTotalsImpressionsValueOut(ResponseModel):
    total: float | None = None
    series: list[float] | None = None


class GetSocialMediaStatisticsResultsPlatformTotalsOut(ResponseModel):
    impressions: dict[str, GetSocialMediaStatisticsResultsPlatformTotalsImpressionsValueOut] | None = None
    followers: dict[str, GetSocialMediaStatisticsResultsPlatformTotalsImpressionsValueOut] | None = None
    likes: dict[str, GetSocialMediaStatisticsResultsPlatformTotalsImpressionsValueOut] | None = None


class GetSocialMediaStatisticsResultsDemographicsGenderTotalsMaleOut(ResponseModel):
    total: float | None = None
    percentage: float | None = None


class GetSocialMediaStatisticsResultsDemographicsGenderTotalsOut(ResponseModel):
    male: GetSocialMediaStatisticsResultsDemographicsGenderTotalsMaleOut | None = None
    female: GetSocialMediaStatisticsResultsDemographicsGenderTotalsMaleOut | None = None
    unknown: GetSocialMediaStatisticsResultsDemographicsGenderTotalsMaleOut | None = None


class GetSocialMediaStatisticsResultsDemographicsGenderOut(ResponseModel):
    totals: GetSocialMediaStatisticsResultsDemographicsGenderTotalsOut | None = None


class GetSocialMediaStatisticsResultsDemographicsAgeTotalsOut(ResponseModel):
    f_13_17: float | None = Field(None, alias="13-17")
    f_18_24: float | None = Field(None, alias="18-24")
    f_25_34: float | None = Field(None, alias="25-34")
    f_35_44: float | None = Field(None, alias="35-44")
    f_45_54: float | None = Field(None, alias="45-54")
    f_55_64: float | None = Field(None, alias="55-64")
    f_65_: float | None = Field(None, alias="65+")


class GetSocialMediaStatisticsResultsDemographicsAgeOut(ResponseModel):
    totals: GetSocialMediaStatisticsResultsDemographicsAgeTotalsOut | None = None


class GetSocialMediaStatisticsResultsDemographicsOut(ResponseModel):
    gender: GetSocialMediaStatisticsResultsDemographicsGenderOut | None = None
    age: GetSocialMediaStatisticsResultsDemographicsAgeOut | None = None


class GetSocialMediaStatisticsResultsOut(ResponseModel):
    dayRange: list[str] | None = None
    totals: GetSocialMediaStatisticsResultsTotalsOut | None = None
    postPerformance: GetSocialMediaStatisticsResultsPostPerformanceOut | None = None
    breakdowns: GetSocialMediaStatisticsResultsBreakdownsOut | None = None
    platformTotals: GetSocialMediaStatisticsResultsPlatformTotalsOut | None = None
    demographics: GetSocialMediaStatisticsResultsDemographicsOut | None = None


class GetSocialMediaStatisticsResponse(ResponseModel):
    results: GetSocialMediaStatisticsResultsOut | None = None
    message: str | None = None
    traceId: str | None = None


# -- v3 comments (social-planner-v3.json) ----------------------------------------------------------------
class CommentsQuery(QueryModel):
    locationId: str


class Attachment(BodyModel):
    url: str
    type: Literal["image"]


class Mentions(BodyModel):
    name: str
    id: str
    offset: float
    length: float
    slug: str | None = None


class CommentsCreateBody(BodyModel):
    parentId: str
    isParentThread: bool
    content: str
    attachments: list[Attachment] | None = None
    mentions: list[Mentions] | None = None
    notifyAllGroupMembers: bool | None = None


class CommentsGetListBody(BodyModel):
    fromDate: IsoInstant | None = None
    toDate: IsoInstant | None = None
    originIds: list[str]
    sortBy: Literal["top", "latest"] | None = None
    search: str | None = None
    skip: PagingNumber | None = None
    limit: Annotated[PagingNumber, Field(ge=1, le=100)] | None = None
    parentId: str | None = None


class CommentAttachmentOut(ResponseModel):
    type: str | None = None
    url: str | None = None
    thumbnail: str | None = None
    videoUrl: str | None = None


class CommentAuthorOut(ResponseModel):
    id: str | None = None
    name: str | None = None
    profilePic: str | None = None


class CommentItemOut(ResponseModel):
    id_: str = Field(alias="_id")
    platform: str
    platformCommentId: str | None = None
    platformParentId: str | None = None
    platformPostId: str | None = None
    postId: str
    originId: str
    isParentThread: bool | None = None
    isPost: bool
    content: str | None = None
    attachments: list[CommentAttachmentOut] | None = None
    author: CommentAuthorOut | None = None
    level: float | None = None
    likeCount: float
    reactionCount: float
    replyCount: float
    shareCount: float
    repostCount: float
    quoteCount: float
    previewLink: str | None = None
    isRead: bool
    isDeleted: bool
    isEdited: bool
    publishedAt: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class CommentsCreateResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: CommentItemOut


class CommentsLikeResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str


class DeleteLikeResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str


class CommentsListMetaOut(ResponseModel):
    total: float
    totalUnread: float | None = None
    skip: float
    limit: float
    hasMore: bool


class CommentsGetListResultsOut(ResponseModel):
    comments: list[CommentItemOut]
    meta: CommentsListMetaOut


class CommentsGetListResponse(ResponseModel):
    success: bool
    statusCode: float
    message: str
    results: CommentsGetListResultsOut
