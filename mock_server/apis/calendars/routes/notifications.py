"""Calendar notification operations (bare JSON arrays in and out, as GHL has them)."""

from __future__ import annotations

from mock_server.apis.calendars import notifications
from mock_server.apis.calendars.models import notifications as models
from mock_server.apis.calendars.routes.spec import api, sent
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION

READ, WRITE = "calendars/events.readonly", "calendars/events.write"
NOTIFICATIONS = "/calendars/{calendarId}/notifications"
ONE = NOTIFICATIONS + "/{notificationId}"


@api.get(NOTIFICATIONS, "get-event-notification", scopes=READ, tokens=LOCATION, query=models.NotificationsQuery,
         response=models.NotificationsResponse, summary="Get notifications")
def get_notifications(call: Call) -> list:
    q = call.query
    return notifications.list_notifications(call.tenant, call.path["calendarId"],
                                            is_active=q.isActive, deleted=q.deleted, skip=int(q.skip),
                                            limit=int(q.limit))


@api.post(NOTIFICATIONS, "create-event-notification", scopes=WRITE, tokens=LOCATION,
          body=models.CreateNotificationsBody, response=models.NotificationsResponse, status=200,
          summary="Create notification")
def create_notifications(call: Call) -> list:
    items = [item.model_dump(exclude_none=True) for item in call.body]
    return notifications.create_notifications(call.tenant, call.path["calendarId"], items)


@api.get(ONE, "find-event-notification", scopes=READ, tokens=LOCATION, response=models.NotificationOut,
         summary="Get notification")
def get_notification(call: Call) -> dict:
    return notifications.get_notification(call.tenant, call.path["calendarId"],
                                          call.path["notificationId"])


@api.put(ONE, "update-event-notification", scopes=WRITE, tokens=LOCATION, body=models.UpdateNotificationBody,
         response=models.NotificationMessage, summary="Update notification")
def update_notification(call: Call) -> dict:
    message = notifications.update_notification(call.tenant, call.path["calendarId"],
                                                call.path["notificationId"], sent(call.body))
    return {"message": message}


@api.delete(ONE, "delete-event-notification", scopes=WRITE, tokens=LOCATION, response=models.NotificationMessage,
            summary="Delete Notification")
def delete_notification(call: Call) -> dict:
    message = notifications.delete_notification(call.tenant, call.path["calendarId"],
                                                call.path["notificationId"])
    return {"message": message}
