"""Users: they belong to an agency and, through ``roles.locationIds``, to some of its locations."""

from __future__ import annotations

from typing import Any

from mock_server.apis.formats import iso_z, page
from mock_server.apis.users import events
from mock_server.apis.users.permissions import PERMISSION_DEFAULTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

USERS = "users"
USER_NOT_FOUND = "User not found"  # DECISION: GHL answers unknown user ids with a 400
PRIVATE_FIELDS = ("password",)


def create_user(tenant: Tenant, fields: dict[str, Any], *, user_id: str | None = None) -> dict:
    """A user of ``tenant``'s agency (its ``locationIds`` name the locations it works in)."""
    users = tenant.agency.store
    email = fields["email"].strip().lower()
    if users.find(USERS, "email", email):
        raise BadRequest("User with this email already exists")  # DECISION: text not known
    location_ids = fields.pop("locationIds", [])
    user = {
        "id": user_id or tenant.new_id(),
        "companyId": tenant.company_id,
        "firstName": fields.get("firstName"),
        "lastName": fields.get("lastName"),
        "name": _full_name(fields.get("firstName"), fields.get("lastName")),
        "email": email,
        "phone": fields.get("phone"),
        "permissions": {**PERMISSION_DEFAULTS, **_given(fields.get("permissions"))},
        "scopes": fields.get("scopes") or [],
        "scopesAssignedToOnly": fields.get("scopesAssignedToOnly") or [],
        "roles": {"type": fields.get("type", "account"), "role": fields.get("role", "user"),
                  "locationIds": location_ids, "restrictSubAccount": False},
        "profilePhoto": fields.get("profilePhoto"),
        "lcPhone": fields.get("twilioPhone") or {},
        "platformLanguage": fields.get("platformLanguage") or "en_US",
        "deleted": False,
        "dateAdded": iso_z(tenant.now()),
    }
    stored = public(users.put(USERS, user))
    _announce(tenant, stored)
    return stored


def _announce(tenant: Tenant, user: dict) -> None:
    """UserCreate (events.py): per location for a sub-account user, once for an agency user."""
    roles = user.get("roles") or {}
    payload = {"id": user["id"], **{k: user[k] for k in ("firstName", "lastName", "email", "phone") if user.get(k)},
               "role": roles.get("role"), "permissions": user.get("permissions") or {}}
    if roles.get("type") == "agency" or not roles.get("locationIds"):
        tenant.agency.emit(events.USER_CREATE, {**payload, "locations": roles.get("locationIds") or []})
        return
    # Only the agency's own locations hear of it: a locationId naming another agency's location must not
    # reach the apps installed there.
    own = set(tenant.location_ids())
    for location_id in dict.fromkeys(roles["locationIds"]):
        if location_id in own:
            tenant.for_location(location_id).emit(events.USER_CREATE, payload)


def get_user(tenant: Tenant, user_id: str) -> dict:
    return public(tenant.require(USERS, user_id))


def _given(flags: dict[str, Any] | None) -> dict[str, Any]:
    """Permission flags actually set (null means "not given", as for the other optional fields)."""
    return {name: value for name, value in (flags or {}).items() if value is not None}


def update_user(tenant: Tenant, user_id: str, changes: dict[str, Any]) -> dict:
    user = tenant.require(USERS, user_id)
    # DECISION: UpdateUserDto's fields are @IsOptional, which lets null through as "not given"; GHL's
    # user answers declare these fields as strings, so a null never erases a stored value.
    changes = {key: value for key, value in changes.items() if value is not None}
    changes.pop("password", None)
    changes.pop("companyId", None)
    roles = dict(user.get("roles") or {})
    for key, target in (("type", "type"), ("role", "role"), ("locationIds", "locationIds")):
        if key in changes:
            roles[target] = changes.pop(key)
    if "permissions" in changes:
        user["permissions"] = {**user.get("permissions", {}), **_given(changes.pop("permissions"))}
    if "twilioPhone" in changes:
        user["lcPhone"] = changes.pop("twilioPhone") or {}
    if "email" in changes and changes["email"]:
        changes["email"] = changes["email"].strip().lower()
    user.update(changes)
    user["roles"] = roles
    user["name"] = _full_name(user.get("firstName"), user.get("lastName"))
    return public(tenant.agency.store.put(USERS, user))


def delete_user(tenant: Tenant, user_id: str) -> dict:
    user = tenant.require(USERS, user_id)
    tenant.agency.delete(USERS, user_id)
    return {
        "succeded": True,
        "message": f"Queued deleting user with e-mail {user.get('email')} and name {user.get('name')}. "
                   "Will take effect in a few minutes.",
    }


def search_users(tenant: Tenant, *, query: str | None = None, location_id: str | None = None,
                 user_type: str | None = None, role: str | None = None, ids: list[str] | None = None,
                 sort: str | None = None, descending: bool = False, skip: str = "0",
                 limit: str = "25") -> tuple[list[dict], int]:
    """The agency's live users; ``location_id`` keeps those working in that location."""
    users = [u for u in tenant.agency.store.scan(USERS) if not u.get("deleted")]
    if location_id:
        users = [u for u in users if location_id in (u.get("roles") or {}).get("locationIds", [])]
    if user_type:
        users = [u for u in users if (u.get("roles") or {}).get("type") == user_type]
    if role:
        users = [u for u in users if (u.get("roles") or {}).get("role") == role]
    if ids:
        users = [u for u in users if u["id"] in ids]
    if query:
        needle = query.lower()
        users = [u for u in users if any(needle in (u.get(f) or "").lower() for f in ("name", "email", "phone"))]
    key = sort if sort in ("dateAdded", "email", "firstName", "lastName") else "name"
    users.sort(key=lambda u: (u.get(key) or "").lower(), reverse=descending)
    return [public(u) for u in page(users, skip, limit, 25)], len(users)


def users_by_email(tenant: Tenant, emails: list[str], *, deleted: bool, skip: str,
                   limit: str) -> tuple[list[dict], int]:
    wanted = dict.fromkeys(e.strip().lower() for e in emails if e.strip())
    store = tenant.agency.store
    found = {u["id"]: u for email in wanted for u in store.find(USERS, "email", email)}
    users = [u for u in found.values() if bool(u.get("deleted")) == deleted]
    return [public(u) for u in page(users, skip, limit, 25)], len(users)


def public(user: dict) -> dict:
    """The user as the API shows it: no password, and unset fields left out (as GHL's documents omit them)."""
    return {k: v for k, v in user.items() if k not in PRIVATE_FIELDS and v is not None}


def _full_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)
