"""POST /opportunities/upsert: update the opportunity named by ``id``, else the contact's opportunity in
the pipeline (one per contact and pipeline, as GHL matches), else create one.

``followers`` with ``followersActionType`` add / remove changes the followers; ``isRemoveAllFollowers``
first removes every follower.

DECISION: the official DTO has no ``contactId``, yet matching by pipeline and contact (and creating)
needs one: the mock takes it. Creating needs a contact (400 without one) and defaults ``name`` to the
contact's name and ``status`` to open. When a location allows duplicate opportunities
(``allowDuplicateOpportunity``) an upsert without ``id`` still updates the match: GHL does not document
otherwise.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import follow, unfollow
from mock_server.apis.contacts import records as contacts
from mock_server.apis.opportunities import records
from mock_server.apis.opportunities.tables import OPPORTUNITIES
from mock_server.apis.users import location_users
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known.
NEED_CONTACT = "contactId is required to create an opportunity"
FOLLOWER_KEYS = ("followers", "isRemoveAllFollowers", "followersActionType")
DEFAULT_NAME = "Opportunity"


def upsert_opportunity(tenant: Tenant, body: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """``(opportunity, new)``."""
    changes = {k: v for k, v in body.items() if k not in (*FOLLOWER_KEYS, "id") and v is not None}
    if body["followersActionType"] == "add":  # before anything is written: one bad id refuses the upsert
        location_users.ensure_location_users(tenant, body["followers"])
    existing = _match(tenant, body)
    if existing is None:
        if not body.get("contactId"):
            raise BadRequest(NEED_CONTACT)
        contact = contacts.get_contact(tenant, body["contactId"])
        default_name = records.contact_name(contact) or DEFAULT_NAME
        record = records.create_opportunity(tenant, {"name": default_name, "status": "open", **changes})
        new = True
    else:
        record = records.update_opportunity(tenant, existing["id"], changes)
        new = False
    followers = list(record.get("followers", []))
    if body.get("isRemoveAllFollowers"):
        followers = []
    if body["followersActionType"] == "add":
        followers = follow(followers, body["followers"])[0]
    else:
        followers = unfollow(followers, body["followers"])[0]
    if followers != record.get("followers", []):
        record = tenant.store.put(OPPORTUNITIES, {**record, "followers": followers})
    return record, new


def _match(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any] | None:
    if body.get("id"):
        return records.get_opportunity(tenant, body["id"])
    if not body.get("contactId"):
        return None
    for opportunity_id in sorted(tenant.store.ids_where(OPPORTUNITIES, "contactId", body["contactId"])):
        found = tenant.store.get(OPPORTUNITIES, opportunity_id)
        if found is not None and found["pipelineId"] == body["pipelineId"]:
            return found
    return None
