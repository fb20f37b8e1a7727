"""Category Queue operations (v3/social-planner-v3.json): a post category's queue, its items, its edit sessions
and the schedules it makes. Every answer comes in the Social Planner's envelope; the messages are the official
file's examples of each."""

from __future__ import annotations

from mock_server.apis.social_planner.envelope import ok
from mock_server.apis.social_queues import items, models, queues
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("v3/social-planner-v3.json", tag="Category Queue")


@api.get("/social-media-posting/category/queues/available-categories", "fetchAvailableCategories",
         scopes="socialplanner/category.readonly", tokens=LOCATION, query=models.FetchAvailableCategoriesQuery,
         response=models.WrappedFetchAvailableCategoriesResponse)
def fetch_available_categories(call: Call) -> dict:
    q = call.query
    return ok("Available categories fetched successfully", queues.available_categories(call.tenant, q.q, q.skip, q.limit))


@api.post("/social-media-posting/category/queues", "createQueue", scopes="socialplanner/category.write",
          tokens=LOCATION, body=models.CreateCategoryQueueBody, response=models.WrappedCreateCategoryQueueResponse,
          status=201)
def create_queue(call: Call) -> dict:
    return ok("Queue created successfully", {"queue": queues.create_queue(call.tenant, call.body.model_dump())}, 201)


@api.post("/social-media-posting/category/queues/list", "fetchQueues", scopes="socialplanner/category.readonly",
          tokens=LOCATION, body=models.FetchCategoryQueuesBody, response=models.WrappedFetchCategoryQueuesResponse,
          status=201)
def fetch_queues(call: Call) -> dict:
    return ok("Queues fetched successfully", queues.list_queues(call.tenant, call.body.skip, call.body.limit), 201)


@api.get("/social-media-posting/category/queues/{queueId}", "fetchQueueById", scopes="socialplanner/category.readonly",
         tokens=LOCATION, query=models.FetchQueueByIdQuery, response=models.WrappedFetchQueueByIdResponse)
def fetch_queue_by_id(call: Call) -> dict:
    queue = queues.view(call.tenant, queues.live_queue(call.tenant, call.path["queueId"]))
    return ok("Queue fetched successfully", {"queue": queue})


@api.put("/social-media-posting/category/queues/{queueId}", "updateQueue", scopes="socialplanner/category.write",
         tokens=LOCATION, body=models.UpdateCategoryQueueBody, response=models.WrappedUpdateCategoryQueueResponse)
def update_queue(call: Call) -> dict:
    message, queue = queues.update_queue(call.tenant, call.path["queueId"], sent_fields(call.body))
    return ok(message, {"queue": queue})


@api.post("/social-media-posting/category/queues/{queueId}/items", "fetchQueueItems",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.FetchQueueItemsBody,
          response=models.WrappedFetchQueueItemsResponse, status=201)
def fetch_queue_items(call: Call) -> dict:
    found = items.list_items(call.tenant, call.path["queueId"], call.body.model_dump())
    return ok("Queue items fetched successfully", found, 201)


@api.post("/social-media-posting/category/queues/{queueId}/edit/start", "startEditSession",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.StartEditSessionBody,
          response=models.WrappedStartEditSessionResponse, status=201)
def start_edit_session(call: Call) -> dict:
    return ok("Edit session started successfully", items.start_session(call.tenant, call.path["queueId"]), 201)


@api.post("/social-media-posting/category/queues/{queueId}/edit/save", "saveEditSession",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.SaveEditSessionBody,
          response=models.WrappedSaveEditSessionResponse)
def save_edit_session(call: Call) -> dict:
    b = call.body
    saved = items.save_session(call.tenant, call.path["queueId"], b.sessionId, bool(b.keepInDraft))
    return ok("Edit session saved successfully", saved)


@api.post("/social-media-posting/category/queues/{queueId}/edit/discard", "discardEditSession",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.DiscardEditSessionBody,
          response=models.WrappedDiscardEditSessionResponse)
def discard_edit_session(call: Call) -> dict:
    items.discard_session(call.tenant, call.path["queueId"], call.body.sessionId)
    return ok("Edit session discarded successfully", {})


@api.post("/social-media-posting/category/queues/{queueId}/edit/calendar", "fetchEditSessionCalendar",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.EditSessionCalendarBody,
          response=models.WrappedEditSessionCalendarResponse, status=201)
def fetch_edit_session_calendar(call: Call) -> dict:
    found = items.session_calendar(call.tenant, call.path["queueId"], call.body.model_dump())
    return ok("Edit session calendar fetched successfully", found, 201)


@api.post("/social-media-posting/category/queues/{queueId}/slots", "fetchSlots",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.FetchSlotsBody,
          response=models.WrappedFetchSlotsResponse, status=201)
def fetch_slots(call: Call) -> dict:
    return ok("Slots fetched successfully", items.fetch_slots(call.tenant, call.path["queueId"], call.body.model_dump()),
              201)


@api.delete("/social-media-posting/category/queues/{queueId}/items/{itemId}", "deleteQueueItem",
            scopes="socialplanner/category.write", tokens=LOCATION, query=models.DeleteQueueItemQuery,
            response=models.WrappedGeneralSuccessResponse)
def delete_queue_item(call: Call) -> dict:
    p = call.path
    deleted = items.delete_item(call.tenant, p["queueId"], p["itemId"], call.query.sessionId)
    return ok("The queue item has been successfully deleted.", deleted)


@api.put("/social-media-posting/category/queues/{queueId}/items/{itemId}", "updateQueueItem",
         scopes="socialplanner/category.write", tokens=LOCATION, body=models.UpdateQueueItemBody,
         response=models.WrappedUpdateQueueItemResponse)
def update_queue_item(call: Call) -> dict:
    p = call.path
    return ok("Queue item updated successfully", items.update_item(call.tenant, p["queueId"], p["itemId"],
                                                                   call.body.model_dump()))


@api.post("/social-media-posting/category/queues/list/calendar", "fetchCalendarList",
          scopes="socialplanner/category.readonly", tokens=LOCATION, body=models.CalendarListBody,
          response=models.WrappedFetchCalendarListResponse, status=201)
def fetch_calendar_list(call: Call) -> dict:
    return ok("Calendar list fetched successfully", queues.calendar(call.tenant, call.body.model_dump()), 201)


@api.delete("/social-media-posting/category/queues/{postId}/active-post", "deleteCurrentActivePostAndScheduleNext",
            scopes="socialplanner/category.write", tokens=LOCATION, query=models.FetchQueueByIdQuery,
            response=models.WrappedDeleteActivePostResponse)
def delete_current_active_post_and_schedule_next(call: Call) -> dict:
    items.delete_active_post(call.tenant, call.path["postId"])
    return ok("Current post deleted and next post scheduled successfully", {})


@api.put("/social-media-posting/category/queues/{queueId}/items/{itemId}/reset", "resetQueueItem",
         scopes="socialplanner/category.write", tokens=LOCATION, body=models.ResetQueueItemBody,
         response=models.WrappedResetQueueItemResponse)
def reset_queue_item(call: Call) -> dict:
    p = call.path
    item = items.reset_item(call.tenant, p["queueId"], p["itemId"], call.body.sessionId)
    return ok("Queue item reset successfully", {"queueItem": item})


@api.post("/social-media-posting/category/queues/{queueId}/items/{itemId}/clone", "cloneQueueItem",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.CloneQueueItemBody,
          response=models.WrappedCloneQueueItemResponse, status=201)
def clone_queue_item(call: Call) -> dict:
    p, b = call.path, call.body
    item = items.clone_item(call.tenant, p["queueId"], p["itemId"], b.sessionId, b.order)
    return ok("Queue item cloned successfully", {"queueItem": item}, 201)


@api.post("/social-media-posting/category/queues/{queueId}/create/item", "createQueueItem",
          scopes="socialplanner/category.write", tokens=LOCATION, body=models.CreateQueueItemBody,
          response=models.WrappedCreateQueueItemResponse, status=201)
def create_queue_item(call: Call) -> dict:
    item = items.create_item(call.tenant, call.path["queueId"], call.body.model_dump())
    return ok("Queue item created successfully", {"queueItem": item}, 201)
