"""Segments of the integrated Google Ads account: custom segments (keywords, URLs, apps people search or use)
and data segments (Google's user lists: website visitors, customer match, lookalikes of other lists), and the
jobs that upload a location's contacts to a customer-match list.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.ad_google import accounts
from mock_server.apis.ad_google.models import CreateOfflineUserListJobBody, UpsertSegmentBody
from mock_server.apis.ad_google.tables import SEGMENT_NOT_FOUND, SEGMENTS, USER_LIST_JOBS
from mock_server.apis.common import iso_z
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.models import sent_fields
from mock_server.platform.tenant_context import Tenant

CUSTOM, DATA = "CUSTOM_SEGMENTS", "DATA_SEGMENTS"
DATA_TYPES = ("WEBSITE_VISITOR", "CUSTOMER_MATCH", "LOOKALIKE")
# Google keeps list members at most 540 days; 10000 means "no expiry" (UserList.membership_life_span).
LIFESPANS = "membershipLifeSpan must be between 0 and 540 days, or 10000 (no expiry)"
# DECISION: GHL's texts for these refusals are not known.
MEMBERS_REQUIRED = "members must contain at least one keyword, URL or app"
RULES_REQUIRED = "ruleBasedUserList is required for a WEBSITE_VISITOR segment"
SEEDS_REQUIRED = "seedUserListIds and countryCodes are required for a LOOKALIKE segment"
SEED_NOT_A_LIST = "Seed user list {id} not found"
NOT_CUSTOMER_MATCH = "userListId must be a CUSTOMER_MATCH segment of this location"
NOTHING_TO_UPLOAD = "smartListIds or csvPath is required"
USER_LIST_REQUIRED = "userListId is required"


def kind_of(segment_type: str) -> str:
    return CUSTOM if segment_type == CUSTOM else DATA


def upsert(tenant: Tenant, segment_type: str, body: UpsertSegmentBody) -> dict[str, Any]:
    """Create a segment of ``segment_type`` (the query's), or update the one ``id`` names (of the same kind)."""
    account_id = accounts.account_id_of(tenant)
    earlier = get(tenant, body.id, kind_of(segment_type)) if body.id else {}
    # an update sends only what changes: what it leaves out is checked as it was
    kept = {k: earlier[k] for k in ("members", "ruleBasedUserList", "seedUserListIds", "countryCodes") if k in earlier}
    _check(tenant, segment_type, UpsertSegmentBody.model_validate({**kept, **sent_fields(body)}))
    now = iso_z(tenant.now())
    fields = body.model_dump(exclude={"id"}, exclude_none=True)
    if earlier:
        return tenant.store.put(SEGMENTS, {**earlier, **fields, "segmentType": segment_type, "updatedAt": now})
    segment_id = tenant.new_id()
    kind = kind_of(segment_type)
    collection = "customAudiences" if kind == CUSTOM else "userLists"
    record = {"id": segment_id, "locationId": tenant.location_id, "kind": kind, "segmentType": segment_type,
              "status": "ENABLED", **fields, "resourceName": f"customers/{account_id}/{collection}/{segment_id}",
              "createdAt": now, "updatedAt": now}
    if kind == DATA:
        record = {"membershipStatus": "OPEN", "membershipLifeSpan": 540,
                  **({"expansionLevel": "BALANCED"} if segment_type == "LOOKALIKE" else {}),
                  **record, "sizeForSearch": 0, "sizeForDisplay": 0}
    return tenant.store.put(SEGMENTS, record)


def _check(tenant: Tenant, segment_type: str, body: UpsertSegmentBody) -> None:
    if body.membershipLifeSpan is not None and not (0 <= body.membershipLifeSpan <= 540
                                                    or body.membershipLifeSpan == 10000):
        raise Unprocessable([LIFESPANS])
    if segment_type == CUSTOM:
        if not body.members:
            raise BadRequest(MEMBERS_REQUIRED)
        problems = [f"members.{n}.{member.memberType.lower()} is required for a {member.memberType} member"
                    for n, member in enumerate(body.members) if not getattr(member, member.memberType.lower())]
        if problems:
            raise Unprocessable(problems)
    elif segment_type == "WEBSITE_VISITOR" and body.ruleBasedUserList is None:
        raise BadRequest(RULES_REQUIRED)
    elif segment_type == "LOOKALIKE":
        if not body.seedUserListIds or not body.countryCodes:
            raise BadRequest(SEEDS_REQUIRED)
        for seed_id in body.seedUserListIds:
            seed = tenant.store.get(SEGMENTS, seed_id)
            if seed is None or seed["segmentType"] not in ("WEBSITE_VISITOR", "CUSTOMER_MATCH"):
                raise BadRequest(SEED_NOT_A_LIST.format(id=seed_id))


def get(tenant: Tenant, segment_id: str, kind: str) -> dict[str, Any]:
    """The segment, which must be of ``kind`` (CUSTOM_SEGMENTS or DATA_SEGMENTS): another kind's is unknown."""
    segment = tenant.require(SEGMENTS, segment_id)
    if segment["kind"] != kind:
        raise BadRequest(SEGMENT_NOT_FOUND)
    return segment


def delete(tenant: Tenant, segment_id: str, kind: str) -> dict[str, Any]:
    get(tenant, segment_id, kind)
    tenant.delete(SEGMENTS, segment_id)
    return {"success": True, "segmentId": segment_id}


def listing(tenant: Tenant, segment_type: str | None) -> list[dict[str, Any]]:
    """The location's segments, oldest first: all, one kind (CUSTOM_SEGMENTS, DATA_SEGMENTS) or one type."""
    known = (CUSTOM, DATA, *DATA_TYPES)
    if segment_type is not None and segment_type not in known:
        raise Unprocessable([f"type must be one of the following values: {', '.join(known)}"])
    found = sorted(tenant.store.scan(SEGMENTS), key=lambda s: s["createdAt"])
    return [s for s in found if segment_type is None or segment_type in (s["kind"], s["segmentType"])]


def upload_contacts(tenant: Tenant, body: CreateOfflineUserListJobBody) -> dict[str, Any]:
    """Upload contacts to a customer-match list: Google matches them and the list's size follows.

    DECISION: the job completes at once. The mock keeps no smart lists: ``smartListIds`` uploads every contact of
    the location with an e-mail or a phone (each once); a ``csvPath`` is recorded, its file is not read, so it
    matches nobody. The list's size is the contacts matched by its latest job.
    """
    accounts.account_id_of(tenant)
    if not body.userListId:
        raise BadRequest(USER_LIST_REQUIRED)
    segment = tenant.store.get(SEGMENTS, body.userListId)
    if segment is None or segment["segmentType"] != "CUSTOMER_MATCH":
        raise BadRequest(NOT_CUSTOMER_MATCH)
    if not body.smartListIds and not body.csvPath:
        raise BadRequest(NOTHING_TO_UPLOAD)
    matched = 0
    if body.smartListIds:
        matched = sum(1 for contact in tenant.store.scan(CONTACTS) if contact.get("email") or contact.get("phone"))
    now = iso_z(tenant.now())
    job = tenant.store.put(USER_LIST_JOBS, {
        "id": tenant.new_id(), "locationId": tenant.location_id, "userListId": segment["id"],
        "smartListIds": body.smartListIds or [], "csvPath": body.csvPath, "isDynamic": bool(body.isDynamic),
        "status": "SUCCESS", "uploadedCount": matched, "createdAt": now, "completedAt": now})
    tenant.store.put(SEGMENTS, {**segment, "sizeForSearch": matched, "sizeForDisplay": matched,
                                "isDynamic": bool(body.isDynamic), "lastJobId": job["id"], "updatedAt": now})
    return {**job, "jobId": job["id"]}
