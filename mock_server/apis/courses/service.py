"""Courses imported into a location's memberships: products (courses) with their categories, sub-categories,
posts (lessons) and post materials, each given an id.

GHL's API can only import them: what an import made is read through the control plane
(``GET /_mock/locations/{locationId}/courses``, declared in ``area.py``).
DECISION: every import creates new products, even under a title the location already has.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.users.location_users import ensure_optional_user
from mock_server.platform.tenant_context import Tenant

COURSES = "courseProducts"
CHILDREN = ("categories", "subCategories", "posts")


def import_courses(tenant: Tenant, payload: dict[str, Any]) -> list[dict[str, Any]]:
    """Store every product of ``payload``, all or none (one transaction); ``userId``, if given, is the
    location's user who imported them."""
    ensure_optional_user(tenant, payload.get("userId"))
    imported = {"locationId": tenant.location_id, "importedBy": payload.get("userId"), "importedAt": iso_z(tenant.now())}
    return [tenant.store.put(COURSES, {"id": tenant.new_id(), **_with_ids(tenant, product), **imported})
            for product in payload["products"]]


def imported_courses(tenant: Tenant) -> dict[str, Any]:
    """The location's imported products, oldest import first."""
    return {"products": tenant.store.scan(COURSES)}


def _with_ids(tenant: Tenant, node: dict[str, Any]) -> dict[str, Any]:
    # DECISION: a null is a field not sent (courses.json declares none nullable), so a null list of children
    # is no children rather than a crash.
    return {key: [{"id": tenant.new_id(), **_with_ids(tenant, child)} for child in value] if key in CHILDREN else value
            for key, value in node.items() if value is not None}
