"""Category Queue operations (v3/social-planner-v3.json)."""

from __future__ import annotations

from mock_server.apis.social_queues import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("v3/social-planner-v3.json", tag="Category Queue")


@api.get("/social-media-posting/category/queues/available-categories", "fetchAvailableCategories",
         scopes="socialplanner/category.readonly", tokens=LOCATION, query=models.FetchAvailableCategoriesQuery,
         response=models.WrappedFetchAvailableCategoriesResponse)
@unwritten
def fetch_available_categories(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues", "createQueue", scopes="socialplanner/category.write",
          tokens=LOCATION, body=models.CreateCategoryQueueBody, response=models.WrappedCreateCategoryQueueResponse,
          status=201)
@unwritten
def create_queue(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/list", "fetchQueues", scopes="socialplanner/category.readonly",
          tokens=LOCATION, body=models.FetchCategoryQueuesBody, response=models.WrappedFetchCategoryQueuesResponse,
          status=201)
@unwritten
def fetch_queues(call: Call) -> dict:
    ...


@api.get("/social-media-posting/category/queues/{queueId}", "fetchQueueById", scopes="socialplanner/category.readonly",
         tokens=LOCATION, query=models.FetchQueueByIdQuery, response=models.WrappedFetchQueueByIdResponse)
@unwritten
def fetch_queue_by_id(call: Call) -> dict:
    ...


@api.put("/social-media-posting/category/queues/{queueId}", "updateQueue", scopes="socialplanner/category.write",
         tokens=LOCATION, body=models.UpdateCategoryQueueBody, response=models.WrappedUpdateCategoryQueueResponse)
@unwritten
def update_queue(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/items", "fetchQueueItems",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.FetchQueueItemsBody,
          response=models.WrappedFetchQueueItemsResponse, status=201)
@unwritten
def fetch_queue_items(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/edit/start", "startEditSession",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.StartEditSessionBody,
          response=models.WrappedStartEditSessionResponse, status=201)
@unwritten
def start_edit_session(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/edit/save", "saveEditSession",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.SaveEditSessionBody,
          response=models.WrappedSaveEditSessionResponse)
@unwritten
def save_edit_session(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/edit/discard", "discardEditSession",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.DiscardEditSessionBody,
          response=models.WrappedDiscardEditSessionResponse)
@unwritten
def discard_edit_session(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/edit/calendar", "fetchEditSessionCalendar",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.EditSessionCalendarBody,
          response=models.WrappedEditSessionCalendarResponse, status=201)
@unwritten
def fetch_edit_session_calendar(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/slots", "fetchSlots",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.FetchSlotsBody,
          response=models.WrappedFetchSlotsResponse, status=201)
@unwritten
def fetch_slots(call: Call) -> dict:
    ...


@api.delete("/social-media-posting/category/queues/{queueId}/items/{itemId}", "deleteQueueItem",
            scopes="socialplanner/category.write", tokens=LOCATION, query=models.DeleteQueueItemQuery,
            response=models.WrappedGeneralSuccessResponse)
@unwritten
def delete_queue_item(call: Call) -> dict:
    ...


@api.put("/social-media-posting/category/queues/{queueId}/items/{itemId}", "updateQueueItem",
         scopes="socialplanner/category.write", tokens=LOCATION, body=models.UpdateQueueItemBody,
         response=models.WrappedUpdateQueueItemResponse)
@unwritten
def update_queue_item(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/list/calendar", "fetchCalendarList",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.CalendarListBody,
          response=models.WrappedFetchCalendarListResponse, status=201)
@unwritten
def fetch_calendar_list(call: Call) -> dict:
    ...


@api.delete("/social-media-posting/category/queues/{postId}/active-post", "deleteCurrentActivePostAndScheduleNext",
            scopes="socialplanner/category.write", tokens=LOCATION, query=models.FetchQueueByIdQuery,
            response=models.WrappedDeleteActivePostResponse)
@unwritten
def delete_current_active_post_and_schedule_next(call: Call) -> dict:
    ...


@api.put("/social-media-posting/category/queues/{queueId}/items/{itemId}/reset", "resetQueueItem",
         scopes="socialplanner/category.write", tokens=LOCATION, body=models.ResetQueueItemBody,
         response=models.WrappedResetQueueItemResponse)
@unwritten
def reset_queue_item(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/items/{itemId}/clone", "cloneQueueItem",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.CloneQueueItemBody,
          response=models.WrappedCloneQueueItemResponse, status=201)
@unwritten
def clone_queue_item(call: Call) -> dict:
    ...


@api.post("/social-media-posting/category/queues/{queueId}/create/item", "createQueueItem",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.CreateQueueItemBody,
          response=models.WrappedCreateQueueItemResponse, status=201)
@unwritten
def create_queue_item(call: Call) -> dict:
    ...
