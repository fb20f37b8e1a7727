"""Who is a user of a location, and the refusal every body field naming anyone else gets.

Fields that name a user of the location (``assignedTo`` of contacts, tasks and opportunities,
``followers`` added to contacts and opportunities, a note's ``userId``, an appointment's
``assignedUserId``, a calendar's team members, a schedule's or blocked slot's user) accept only a
user of the location: a live user of the location's agency whose ``roles.locationIds`` holds the
location, exactly the users ``GET /users/?locationId=`` lists. A user of another agency, of another
location of the same agency, a deleted user or an id that names no one is refused with the same 400,
so the answer never tells a foreign id from an unknown one.

DECISION: agency-level users (``roles.type`` "agency") count like any other user: when their
``locationIds`` hold the location. GHL gives agency users sub-account access through that same
list, and the assignee pickers of a sub-account list the users who have access to it.

DECISION: the refusal is a 400 with GHL's text for a user that does not exist. No public report
shows GHL's answer for an unknown user id inside a body. The closest known wording is that of
``GET /users/{userId}`` for a user that does not exist (GoHighLevel/highlevel-api-docs issue #205):
``{"statusCode": 401, "message": "The user does not exist.", "error": "Unauthorized"}``. Its
message is kept, but not its 401: there the user is the caller-facing resource checked by GHL's IAM,
and the same issue reports that a 401 sends clients into their token-refresh path. Unknown ids in
bodies get 400 elsewhere (public integrations report ``Contact with id ... not found`` as a 400).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mock_server.apis.users.service import USERS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

USER_NOT_IN_LOCATION = "The user does not exist."


def is_location_user(user: dict[str, Any], location_id: str | None) -> bool:
    """Whether a stored user is a live user of the location (see the module's docstring)."""
    return not user.get("deleted") and location_id in ((user.get("roles") or {}).get("locationIds") or ())


def location_user(tenant: Tenant, user_id: Any) -> dict[str, Any]:
    """The user ``user_id`` of ``tenant``'s location, or GHL's 400 when it is not one."""
    user = tenant.agency.store.get(USERS, user_id) if isinstance(user_id, str) and user_id else None
    if user is None or not is_location_user(user, tenant.location_id):
        raise BadRequest(USER_NOT_IN_LOCATION)
    return user


def ensure_optional_user(tenant: Tenant, user_id: Any) -> None:
    """An optional field's user: empty (None or "": it names no one) or a user of the location."""
    if user_id:
        location_user(tenant, user_id)


def ensure_location_users(tenant: Tenant, user_ids: Iterable[Any]) -> None:
    """Every id a user of the location, checked before anything is written: one bad id refuses all."""
    for user_id in dict.fromkeys(user_ids):
        location_user(tenant, user_id)
