"""Models of the Category Queue API (v3/social-planner-v3.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.apis.common import RECORD_MARK
from mock_server.apis.contacts.sub_models import IsoInstant
from mock_server.apis.social_planner import models as planner
from mock_server.apis.social_planner.models import PostApprovalSchema, PostUserSchemaOut
from mock_server.platform.models import BodyModel, NumberString, PagingNumber, QueryModel, ResponseModel

# A queue item carries a social_planner post: the post's shapes are social_planner's models. Where the v3 file
# (which this area serves) types one more strictly or adds fields, a ``...V3`` subclass says only the difference.

# DECISION: the file types a queue's status and a post's status and type as ``object`` while describing words;
# the models take the words (upstream.py allowlists the difference). A queue is deleted by setting its status.
QueueStatus = Literal["active", "paused", "deleted"]
# An item's place: an order number, or "top"/"bottom" (the file's two words).
Order = Annotated[float, Field(ge=-1e12, le=1e12)] | Literal["top", "bottom"]
Limit = Annotated[PagingNumber, Field(ge=1, le=100)]
_CATEGORY = {RECORD_MARK: "socialCategoryId"}
_SESSION = {RECORD_MARK: "queueSessionId"}


# -- queries ---------------------------------------------------------------------------------------------
class FetchAvailableCategoriesQuery(QueryModel):
    locationId: str
    skip: NumberString | None = None
    limit: NumberString | None = None
    q: str | None = None


class FetchQueueByIdQuery(QueryModel):
    locationId: str


class DeleteQueueItemQuery(QueryModel):
    locationId: str
    sessionId: str | None = Field(None, json_schema_extra=_SESSION)


# -- bodies ----------------------------------------------------------------------------------------------
class TimeSlot(BodyModel):
    dayOfWeek: Annotated[int, Field(ge=0, le=6)]  # 0 is Sunday
    time: str = Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


class CreateCategoryQueueBody(BodyModel):
    locationId: str
    categoryId: str = Field(json_schema_extra=_CATEGORY)
    timeSlots: list[TimeSlot]
    enableFuturePosts: bool | None = None
    prioritizeNewContent: bool | None = None
    userId: str


class FetchCategoryQueuesBody(BodyModel):
    locationId: str
    skip: PagingNumber | None = None
    limit: Limit | None = None


class UpdateCategoryQueueBody(BodyModel):
    locationId: str
    skipLegacyWatermark: bool | None = None
    status: QueueStatus | None = None
    skipDateTime: IsoInstant | None = None
    timeSlots: list[TimeSlot] | None = None
    enableFuturePosts: bool | None = None
    prioritizeNewContent: bool | None = None


class FetchQueueItemsBody(BodyModel):
    locationId: str
    sessionId: str | None = Field(None, json_schema_extra=_SESSION)
    skip: PagingNumber | None = None
    limit: Limit | None = None
    errorFilter: bool | None = None
    itemId: str | None = None


class StartEditSessionBody(BodyModel):
    locationId: str


class SaveEditSessionBody(BodyModel):
    locationId: str
    sessionId: str = Field(json_schema_extra=_SESSION)
    keepInDraft: bool | None = None


class DiscardEditSessionBody(BodyModel):
    locationId: str
    sessionId: str = Field(json_schema_extra=_SESSION)
    keepInDraft: bool | None = None


class EditSessionCalendarBody(BodyModel):
    locationId: str
    sessionId: str = Field(json_schema_extra=_SESSION)
    startDate: IsoInstant
    endDate: IsoInstant
    accountIds: list[str] | None = None


class FetchSlotsBody(BodyModel):
    locationId: str
    sessionId: str | None = Field(None, json_schema_extra=_SESSION)
    skip: PagingNumber | None = None
    limit: Limit | None = None


class PostMediaSchemaV3(BodyModel):
    url: str
    caption: str | None = None
    originalUrl: str | None = None
    watermarkedUrl: str | None = None
    type: Literal["image/jpeg", "image/jpg", "image/png", "image/gif", "video/mp4", "video/mov", "video/webm"]
    thumbnail: str | None = None
    id: str | None = None
    optimizedUrl: str | None = None
    optimizedType: str | None = None
    isModified: bool | None = None
    altText: str | None = Field(None, max_length=4086)


class OgTagsSchemaV3(planner.OgTagsSchema):
    ogTitle: str | None = None
    ogDescription: str | None = None


class TiktokPostSchemaV3(planner.TiktokPostSchema):
    privacyLevel: Literal["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"]


class GMBPostSchemaV3(planner.GMBPostSchema):
    gmbEventType: Literal["STANDARD", "EVENT", "OFFER"]


class LinkedinPollOption(BodyModel):
    text: str = Field(max_length=30)


class LinkedinPollSettings(BodyModel):
    duration: Literal["ONE_DAY", "THREE_DAYS", "SEVEN_DAYS", "FOURTEEN_DAYS"]


class LinkedinPoll(BodyModel):
    question: str = Field(max_length=140)
    options: list[LinkedinPollOption] = Field(min_length=2, max_length=4)
    settings: LinkedinPollSettings


class LinkedinPostSchema(BodyModel):
    pdfTitle: str
    postAsPdf: bool
    poll: LinkedinPoll | None = None


class PinterestBoardSelection(BodyModel):
    accountId: str
    boards: list[str] = Field(min_length=1, max_length=25)


class PinterestPostSchema(BodyModel):
    title: str | None = None
    link: str | None = None
    boardIds: dict[str, str] | None = None
    pinterestBoards: list[PinterestBoardSelection] | None = None
    shortenedLinks: list[str] | None = None


class FacebookPostSchema(BodyModel):
    type: Literal["post", "story", "reel"]
    textFormatPresetId: str | None = None


class InstagramPostSchema(BodyModel):
    type: Literal["post", "story", "reel"]
    collaborators: dict[str, Any] | None = None
    showOnFeed: bool | None = None
    publishViaPushNotification: bool | None = None
    publisherNote: str | None = None


class YoutubePostSchema(BodyModel):
    title: str | None = None
    privacyLevel: Literal["private", "public", "unlisted"] | None = None
    type: Literal["video", "short"]


class QueueModifiedPost(BodyModel):
    accountIds: list[str] | None = None
    summary: str | None = None
    media: list[PostMediaSchemaV3] | None = None
    status: str | None = None
    scheduleDate: IsoInstant | None = None
    selectedBestTime: str | None = None
    createdBy: str | None = None
    followUpComment: str | None = None
    ogTagsDetails: OgTagsSchemaV3 | None = None
    type: Literal["post", "story", "reel"] | None = None
    postApprovalDetails: PostApprovalSchema | None = None
    scheduleTimeUpdated: bool | None = None
    tags: list[str] | None = None
    categoryId: str | None = Field(None, json_schema_extra=_CATEGORY)
    applyWatermark: bool | None = None
    tiktokPostDetails: TiktokPostSchemaV3 | None = None
    gmbPostDetails: GMBPostSchemaV3 | None = None
    userId: str | None = None
    linkedinPostDetails: LinkedinPostSchema | None = None
    pinterestPostDetails: PinterestPostSchema | None = None
    facebookPostDetails: FacebookPostSchema | None = None
    instagramPostDetails: InstagramPostSchema | None = None
    youtubePostDetails: YoutubePostSchema | None = None
    locationId: str | None = None


class OgTagsInput(BodyModel):
    # the file types these ``object``; its examples (and the link previews) are URLs and a title
    metaLink: str | None = None
    metaImage: str | None = None
    ogTitle: str | None = None


class VariationInput(BodyModel):
    content: str | None = None
    mentions: list[dict[str, Any]] | None = None
    ogTags: OgTagsInput | None = None


class UpdateQueueItemBody(BodyModel):
    locationId: str
    sessionId: str | None = Field(None, json_schema_extra=_SESSION)
    modifiedPostPayload: QueueModifiedPost | None = None
    newOrder: Order | None = None
    variations: list[VariationInput] | None = None
    primaryImage: str | None = None


class CalendarListBody(BodyModel):
    locationId: str
    startDate: IsoInstant
    endDate: IsoInstant
    categoryIds: list[str] | None = None
    accountIds: list[str] | None = None


class ResetQueueItemBody(BodyModel):
    locationId: str
    sessionId: str | None = Field(None, json_schema_extra=_SESSION)


class CloneQueueItemBody(BodyModel):
    locationId: str
    sessionId: str = Field(json_schema_extra=_SESSION)
    order: Annotated[float, Field(ge=-1e12, le=1e12)]


class CreateQueueItemBody(BodyModel):
    locationId: str
    sessionId: str | None = Field(None, json_schema_extra=_SESSION)
    modifiedPostPayload: QueueModifiedPost | None = None
    order: Order | None = None
    variations: list[VariationInput] | None = None
    primaryImage: str | None = None
    directToQueue: bool | None = None


# -- answers ---------------------------------------------------------------------------------------------
class AvailableCategoryQueueDetailsOut(ResponseModel):
    queueId: str | None = None
    prioritizeNewContent: bool | None = None
    enableFuturePosts: bool | None = None


class AvailableCategoryOut(ResponseModel):
    deleted: bool | None = None
    id_: str | None = Field(None, alias="_id")
    name: str | None = None
    locationId: str | None = None
    primaryColor: str | None = None
    secondaryColor: str | None = None
    createdBy: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    publishedPostsCount: float | None = None
    status: Literal["available", "in_queue", "draft"] | None = None
    queueDetails: AvailableCategoryQueueDetailsOut | None = None


class MetaOut(ResponseModel):
    count: str | None = None


class FetchAvailableCategoriesResponseOut(ResponseModel):
    message: str | None = None
    categories: list[AvailableCategoryOut] | None = None
    meta: MetaOut | None = None


class WrappedFetchAvailableCategoriesResponse(ResponseModel):
    success: bool
    statusCode: float
    results: FetchAvailableCategoriesResponseOut
    traceId: str | None = None


class CreatedTimeSlotOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    dayOfWeek: float | None = None
    time: str | None = None


class CreatedCategoryQueueOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    locationId: str | None = None
    categoryId: str | None = None
    timeSlots: list[CreatedTimeSlotOut] | None = None
    enableFuturePosts: bool | None = None
    prioritizeNewContent: bool | None = None
    status: Literal["active", "paused", "draft"] | None = None
    startDate: str | None = None
    skipDateTime: list[str] | None = None
    totalPosts: float | None = None
    lastScheduledTime: str | None = None
    createdBy: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class CreateCategoryQueueResponseOut(ResponseModel):
    message: str | None = None
    queue: CreatedCategoryQueueOut | None = None


class WrappedCreateCategoryQueueResponse(ResponseModel):
    success: bool
    statusCode: float
    results: CreateCategoryQueueResponseOut
    traceId: str | None = None


class TimeSlotOut(ResponseModel):
    dayOfWeek: float
    time: str


class CategoryInfoOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    name: str | None = None
    primaryColor: str | None = None
    secondaryColor: str | None = None
    deleted: bool | None = None
    locationId: str | None = None
    createdBy: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class CategoryQueueWithCategoryOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    locationId: str | None = None
    categoryId: str | None = None
    timeSlots: list[TimeSlotOut] | None = None
    enableFuturePosts: bool | None = None
    prioritizeNewContent: bool | None = None
    currentOrder: float | None = None
    status: Literal["active", "paused", "draft"] | None = None
    startDate: str | None = None
    skipDateTime: list[str] | None = None
    currentPostId: str | None = None
    totalPosts: float | None = None
    lastScheduledTime: str | None = None
    createdBy: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    category: CategoryInfoOut | None = None


class FetchCategoryQueuesResponseOut(ResponseModel):
    message: str | None = None
    queues: list[CategoryQueueWithCategoryOut] | None = None
    meta: MetaOut | None = None


class WrappedFetchCategoryQueuesResponse(ResponseModel):
    success: bool
    statusCode: float
    results: FetchCategoryQueuesResponseOut
    traceId: str | None = None


class FetchQueueByIdResponseOut(ResponseModel):
    message: str | None = None
    queue: CategoryQueueWithCategoryOut | None = None


class WrappedFetchQueueByIdResponse(ResponseModel):
    success: bool
    statusCode: float
    results: FetchQueueByIdResponseOut
    traceId: str | None = None


class CategoryQueueOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    locationId: str | None = None
    categoryId: str | None = None
    timeSlots: list[TimeSlotOut] | None = None
    enableFuturePosts: bool | None = None
    prioritizeNewContent: bool | None = None
    currentOrder: float | None = None
    status: Literal["active", "paused", "draft"] | None = None
    startDate: str | None = None
    skipDateTime: list[str] | None = None
    currentPostId: str | None = None
    totalPosts: float | None = None
    lastScheduledTime: str | None = None
    createdBy: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class UpdateCategoryQueueResponseOut(ResponseModel):
    message: str | None = None
    queue: CategoryQueueOut | None = None


class WrappedUpdateCategoryQueueResponse(ResponseModel):
    success: bool
    statusCode: float
    results: UpdateCategoryQueueResponseOut
    traceId: str | None = None


class OgTagsOut(ResponseModel):
    metaLink: str | None = None
    metaImage: str | None = None
    ogTitle: str | None = None


class VariationOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    content: str | None = None
    mentions: list[dict[str, Any]] | None = None
    ogTags: OgTagsOut | None = None


class PostMediaSchemaV3Out(ResponseModel):
    url: str
    caption: str | None = None
    originalUrl: str | None = None
    watermarkedUrl: str | None = None
    type: Literal["image/jpeg", "image/jpg", "image/png", "image/gif", "video/mp4", "video/mov", "video/webm"]
    thumbnail: str | None = None
    id: str | None = None
    optimizedUrl: str | None = None
    optimizedType: str | None = None
    isModified: bool | None = None
    altText: str | None = None


class OgTagsSchemaV3Out(planner.OgTagsSchemaOut):
    ogTitle: str | None = None
    ogDescription: str | None = None


class FormatedApprovalDetailsV3Out(planner.FormatedApprovalDetailsOut):
    approvalStatus: Literal["pending", "approved", "rejected", "not_required"] | None = None


class TiktokPostSchemaV3Out(planner.TiktokPostSchemaOut):
    privacyLevel: Literal["PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"]


class GMBPostSchemaV3Out(planner.GMBPostSchemaOut):
    gmbEventType: Literal["STANDARD", "EVENT", "OFFER"]
    actionType: Literal["none", "order", "book", "shop", "learn_more", "call", "sign_up"] | None = None


class BlueskyPostSchemaOut(ResponseModel):
    shortenedLinks: list[str] | None = None
    replyTo: str | None = None
    quotePost: str | None = None
    language: str | None = None
    externalLink: str | None = None
    externalLinkTitle: str | None = None
    externalLinkDescription: str | None = None


class LinkedinPollOptionOut(ResponseModel):
    text: str


class LinkedinPollSettingsOut(ResponseModel):
    duration: Literal["ONE_DAY", "THREE_DAYS", "SEVEN_DAYS", "FOURTEEN_DAYS"]


class LinkedinPollOut(ResponseModel):
    question: str
    options: list[LinkedinPollOptionOut]
    settings: LinkedinPollSettingsOut


class LinkedinPostSchemaOut(ResponseModel):
    pdfTitle: str
    postAsPdf: bool
    poll: LinkedinPollOut | None = None


class PinterestBoardSelectionOut(ResponseModel):
    accountId: str
    boards: list[str]


class PinterestPostSchemaOut(ResponseModel):
    title: str | None = None
    link: str | None = None
    boardIds: dict[str, str] | None = None
    pinterestBoards: list[PinterestBoardSelectionOut] | None = None
    shortenedLinks: list[str] | None = None


class FacebookPostSchemaOut(ResponseModel):
    type: Literal["post", "story", "reel"]
    textFormatPresetId: str | None = None


class InstagramPostSchemaOut(ResponseModel):
    type: Literal["post", "story", "reel"]
    collaborators: dict[str, Any] | None = None
    showOnFeed: bool | None = None
    publishViaPushNotification: bool | None = None
    publisherNote: str | None = None


class YoutubePostSchemaOut(ResponseModel):
    title: str | None = None
    privacyLevel: Literal["private", "public", "unlisted"] | None = None
    type: Literal["video", "short"]


class PostInsightsSchemaOut(ResponseModel):
    like: float | None = None
    share: float | None = None
    comment: float | None = None


class GetPostFormattedSchemaV3Out(planner.GetPostFormattedSchemaOut):
    """A post as the v3 file shows it: v2's, with its details as v3 types them and the fields v3 adds."""

    media: list[PostMediaSchemaV3Out] | None = None
    ogTagsDetails: OgTagsSchemaV3Out | None = None
    postApprovalDetails: FormatedApprovalDetailsV3Out | None = None
    tiktokPostDetails: TiktokPostSchemaV3Out | None = None
    gmbPostDetails: GMBPostSchemaV3Out | None = None
    thumbnail: str | None = None
    blueskyPostDetails: BlueskyPostSchemaOut | None = None
    linkedinPostDetails: LinkedinPostSchemaOut | None = None
    pinterestPostDetails: PinterestPostSchemaOut | None = None
    facebookPostDetails: FacebookPostSchemaOut | None = None
    instagramPostDetails: InstagramPostSchemaOut | None = None
    youtubePostDetails: YoutubePostSchemaOut | None = None
    mediaOptimization: bool | None = None
    insights: PostInsightsSchemaOut | None = None


class QueueItemOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    order: float | None = None
    variations: list[VariationOut] | None = None
    primaryImage: str | None = None
    postId: str | None = None
    post: GetPostFormattedSchemaV3Out | None = None
    errors: list[str] | None = None
    scheduledDateTime: str | None = None
    scheduledVariationIndex: float | None = None
    isSkipped: bool | None = None


class FetchQueueItemsMetaOut(ResponseModel):
    count: str | None = None
    skip: float | None = None
    limit: float | None = None


class FetchQueueItemsResponseOut(ResponseModel):
    message: str | None = None
    items: list[QueueItemOut] | None = None
    meta: FetchQueueItemsMetaOut | None = None


class WrappedFetchQueueItemsResponse(ResponseModel):
    success: bool
    statusCode: float
    results: FetchQueueItemsResponseOut
    traceId: str | None = None


class StartEditSessionResponseOut(ResponseModel):
    message: str | None = None
    sessionId: str | None = None
    itemCount: float | None = None


class WrappedStartEditSessionResponse(ResponseModel):
    success: bool
    statusCode: float
    results: StartEditSessionResponseOut
    traceId: str | None = None


class UpdatedSlotInfoOut(ResponseModel):
    itemId: str | None = None
    scheduledDateTime: str | None = None
    isSkipped: bool | None = None


class SaveEditSessionResponseOut(ResponseModel):
    message: str | None = None
    updatedSlots: list[UpdatedSlotInfoOut] | None = None
    totalPostsChanged: float | None = None


class WrappedSaveEditSessionResponse(ResponseModel):
    success: bool
    statusCode: float
    results: SaveEditSessionResponseOut
    traceId: str | None = None


class DiscardEditSessionResponseOut(ResponseModel):
    message: str | None = None


class WrappedDiscardEditSessionResponse(ResponseModel):
    success: bool
    statusCode: float
    results: DiscardEditSessionResponseOut
    traceId: str | None = None


class EditSessionScheduledPostOut(ResponseModel):
    scheduledDateTime: str | None = None
    post: GetPostFormattedSchemaV3Out | None = None
    queueItemId: str | None = None
    queueId: str | None = None
    order: float | None = None
    variations: list[VariationOut] | None = None
    primaryImage: str | None = None
    errors: list[str] | None = None
    category: CategoryInfoOut | None = None
    currentVariation: float | None = None
    timezone: str | None = None
    isDraft: bool | None = None
    originalItemId: str | None = None


class EditSessionCalendarResponseOut(ResponseModel):
    message: str | None = None
    scheduledPosts: list[EditSessionScheduledPostOut] | None = None
    total: float | None = None
    timezone: str | None = None


class WrappedEditSessionCalendarResponse(ResponseModel):
    success: bool
    statusCode: float
    results: EditSessionCalendarResponseOut
    traceId: str | None = None


class FetchSlotsResponseOut(ResponseModel):
    message: str | None = None
    slots: list[UpdatedSlotInfoOut] | None = None
    total: float | None = None
    skip: float | None = None
    limit: float | None = None
    timezone: str | None = None


class WrappedFetchSlotsResponse(ResponseModel):
    success: bool
    statusCode: float
    results: FetchSlotsResponseOut
    traceId: str | None = None


class GeneralSuccessResponseOut(ResponseModel):
    message: str | None = None
    updatedSlots: list[UpdatedSlotInfoOut] | None = None
    totalPostsChanged: float | None = None


class WrappedGeneralSuccessResponse(ResponseModel):
    success: bool
    statusCode: float
    results: GeneralSuccessResponseOut
    traceId: str | None = None


class GetModifiedPayloadFormattedSchemaOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    source: (Literal["composer", "csv", "recurring", "review", "rss", "template-library", "category-queue", "native"] |
             None) = None
    locationId: str
    displayDate: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    accountId: str | None = None
    error: str
    postId: str | None = None
    publishedAt: str | None = None
    thumbnail: str | None = None
    accountIds: list[str] | None = None
    summary: str | None = None
    media: list[PostMediaSchemaV3Out] | None = None
    status: str | None = None
    createdBy: str | None = None
    type: str
    tags: list[str] | None = None
    ogTagsDetails: OgTagsSchemaV3Out | None = None
    postApprovalDetails: FormatedApprovalDetailsV3Out | None = None
    tiktokPostDetails: TiktokPostSchemaV3Out | None = None
    gmbPostDetails: GMBPostSchemaV3Out | None = None
    user: PostUserSchemaOut | None = None
    linkedinPostDetails: LinkedinPostSchemaOut | None = None
    pinterestPostDetails: PinterestPostSchemaOut | None = None
    facebookPostDetails: FacebookPostSchemaOut | None = None
    instagramPostDetails: InstagramPostSchemaOut | None = None
    youtubePostDetails: YoutubePostSchemaOut | None = None
    mediaOptimization: bool | None = None


class CreatedQueueItemWithVariationsOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    order: float | None = None
    variations: list[VariationOut] | None = None
    primaryImage: str | None = None
    lastScheduledTime: str | None = None
    queueId: str | None = None
    postId: str | None = None
    modifiedPostPayload: GetModifiedPayloadFormattedSchemaOut | None = None
    parentPostId: str | None = None
    errors: list[str] | None = None
    currentVariation: float | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    deleted: bool | None = None
    locationId: str | None = None


class UpdateQueueItemResponseOut(ResponseModel):
    message: str | None = None
    queueItem: CreatedQueueItemWithVariationsOut | None = None
    updatedSlots: list[UpdatedSlotInfoOut] | None = None
    totalPostsChanged: float | None = None


class WrappedUpdateQueueItemResponse(ResponseModel):
    success: bool
    statusCode: float
    results: UpdateQueueItemResponseOut
    traceId: str | None = None


class ScheduledPostOut(ResponseModel):
    scheduledDateTime: str | None = None
    post: GetPostFormattedSchemaV3Out | None = None
    queueItemId: str | None = None
    queueId: str | None = None
    order: float | None = None
    variations: list[VariationOut] | None = None
    primaryImage: str | None = None
    errors: list[str] | None = None
    category: CategoryInfoOut | None = None
    currentVariation: float | None = None
    timezone: str | None = None


class FetchCalendarListResponseOut(ResponseModel):
    message: str | None = None
    scheduledPosts: list[ScheduledPostOut] | None = None
    total: float | None = None
    timezone: str | None = None


class WrappedFetchCalendarListResponse(ResponseModel):
    success: bool
    statusCode: float
    results: FetchCalendarListResponseOut
    traceId: str | None = None


class DeleteActivePostResponseOut(ResponseModel):
    message: str | None = None


class WrappedDeleteActivePostResponse(ResponseModel):
    success: bool
    statusCode: float
    results: DeleteActivePostResponseOut
    traceId: str | None = None


class QueueItemWithVariationsOut(ResponseModel):
    id_: str | None = Field(None, alias="_id")
    order: float | None = None
    variations: list[VariationOut] | None = None
    primaryImage: str | None = None
    postId: str | None = None
    post: GetPostFormattedSchemaV3Out | None = None
    errors: list[str] | None = None
    scheduledDateTime: str | None = None
    scheduledVariationIndex: float | None = None
    isSkipped: bool | None = None
    currentVariation: float | None = None


class ResetQueueItemResponseOut(ResponseModel):
    message: str | None = None
    queueItem: QueueItemWithVariationsOut | None = None


class WrappedResetQueueItemResponse(ResponseModel):
    success: bool
    statusCode: float
    results: ResetQueueItemResponseOut
    traceId: str | None = None


class CloneQueueItemResponseOut(ResponseModel):
    message: str | None = None
    queueItem: CreatedQueueItemWithVariationsOut | None = None


class WrappedCloneQueueItemResponse(ResponseModel):
    success: bool
    statusCode: float
    results: CloneQueueItemResponseOut
    traceId: str | None = None


class CreateQueueItemResponseOut(ResponseModel):
    message: str | None = None
    queueItem: CreatedQueueItemWithVariationsOut | None = None


class WrappedCreateQueueItemResponse(ResponseModel):
    success: bool
    statusCode: float
    results: CreateQueueItemResponseOut
    traceId: str | None = None
