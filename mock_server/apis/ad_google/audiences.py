"""Audiences of the integrated Google Ads account: who an ad group reaches (ages, genders, parental statuses)
and which segments and interests, with what to exclude.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mock_server.apis.ad_google import accounts, catalog
from mock_server.apis.ad_google.models import AudienceDimension, UpsertAudienceBody
from mock_server.apis.ad_google.segments import CUSTOM, DATA
from mock_server.apis.ad_google.tables import AUDIENCE_NOT_FOUND, AUDIENCES, SEGMENTS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known.
UNKNOWN_SEGMENT = "Segment {id} not found"
UNKNOWN_INTEREST = "User interest {id} not found"


def upsert(tenant: Tenant, body: UpsertAudienceBody) -> dict[str, Any]:
    """Create an audience, or update the one ``resourceName`` names (Google's name of it, as answered)."""
    account_id = accounts.account_id_of(tenant)
    for dimension in (body.dimensions, body.exclusionDimension):
        _check(tenant, dimension)
    now = iso_z(tenant.now())
    fields = body.model_dump(exclude={"locationId", "resourceName"}, exclude_none=True)
    if body.resourceName:
        earlier = next((a for a in tenant.store.scan(AUDIENCES) if a["resourceName"] == body.resourceName), None)
        if earlier is None:
            raise BadRequest(AUDIENCE_NOT_FOUND)
        return tenant.store.put(AUDIENCES, {**earlier, **fields, "updatedAt": now})
    audience_id = tenant.new_id()
    return tenant.store.put(AUDIENCES, {
        "id": audience_id, "locationId": tenant.location_id, **fields, "status": "ENABLED",
        "resourceName": f"customers/{account_id}/audiences/{audience_id}", "createdAt": now, "updatedAt": now})


def _check(tenant: Tenant, dimension: AudienceDimension | None) -> None:
    """The segments a dimension names must be the location's, of the kind it names them as."""
    segments = dimension.audienceSegments if dimension is not None else None
    if segments is None:
        return
    for ids, kind in ((segments.userLists, DATA), (segments.customAudiences, CUSTOM)):
        for segment_id in ids or ():
            segment = tenant.store.get(SEGMENTS, segment_id)
            if segment is None or segment["kind"] != kind:
                raise BadRequest(UNKNOWN_SEGMENT.format(id=segment_id))
    for interest_id in segments.userInterests or ():
        if catalog.interest(interest_id) is None:
            raise BadRequest(UNKNOWN_INTEREST.format(id=interest_id))


def get(tenant: Tenant, audience_id: str) -> dict[str, Any]:
    return tenant.require(AUDIENCES, audience_id)


def listing(tenant: Tenant) -> list[dict[str, Any]]:
    return sorted(tenant.store.scan(AUDIENCES), key=lambda a: a["createdAt"])


def forget_segments(tenant: Tenant, ids: Iterable[str]) -> None:
    """A deleted segment leaves the audiences that named it."""
    gone = set(ids)
    for audience in tenant.store.scan(AUDIENCES):
        changed = False
        for key in ("dimensions", "exclusionDimension"):
            segments = (audience.get(key) or {}).get("audienceSegments") or {}
            for field in ("userLists", "customAudiences"):
                kept = [s for s in segments.get(field) or () if s not in gone]
                if field in segments and kept != segments[field]:
                    segments[field], changed = kept, True
        if changed:
            tenant.store.put(AUDIENCES, audience)
