"""Slugs of groups and calendars: their format and their uniqueness within a location.

The format is checked while validating the body (a 422 in class-validator's words, see
``SLUG_FORMAT_MESSAGE``); uniqueness is a business rule (a 400 with ``SLUG_TAKEN``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from mock_server.apis.calendars import tables
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: a slug is lowercase ASCII letters and digits in words joined by single hyphens
# ("sales-team-2"), at most 100 characters: what GHL's UI produces and what a URL path segment
# holds without escaping. Upper case is refused rather than folded, so what is stored is what was sent.
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_MAX_LENGTH = 100
SLUG_FORMAT_MESSAGE = "{field} must contain only lowercase letters, numbers and single hyphens"

# DECISION: groups and calendars have separate slug namespaces in a location. GHL serves them
# under different widget paths (/widget/group/<slug>, /widget/booking/<slug>), so a group and a
# calendar may share a slug; two groups (or two calendars) of one location may not. Set this to
# True to make them share one namespace.
SHARED_NAMESPACE = False

# DECISION: GHL's text is not known.
SLUG_TAKEN = "Slug is already taken"


def _slug(value: str) -> str:
    if len(value) > SLUG_MAX_LENGTH or not SLUG_PATTERN.match(value):
        raise PydanticCustomError("ghl", SLUG_FORMAT_MESSAGE)
    return value


Slug = Annotated[str, AfterValidator(_slug)]


def is_taken(tenant: Tenant, table: str, slug: str, *, except_id: str | None = None) -> bool:
    """Whether ``slug`` is used in the namespace of ``table`` (groups or calendars) by another record."""
    namespaces = (tables.GROUPS, tables.CALENDARS) if SHARED_NAMESPACE else (table,)
    # By the declared "slug" index: a scan made each creation read every calendar of the location, and deriving
    # "name-2", "name-3" ... scan again per candidate.
    return any(record_id != except_id
               for name in namespaces for record_id in tenant.store.ids_where(name, "slug", slug))


def ensure_free(tenant: Tenant, table: str, slug: str, *, except_id: str | None = None) -> None:
    if is_taken(tenant, table, slug, except_id=except_id):
        raise BadRequest(SLUG_TAKEN)


def slugify(text: str, *, fallback: str, room: int = 4) -> str:
    """``text`` as a slug ("Sales Call!" -> "sales-call"), ``room`` characters short of the limit (for a
    "-2" suffix); ``fallback`` when nothing of it is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))[:SLUG_MAX_LENGTH - room].strip("-") or fallback


def derive(tenant: Tenant, table: str, name: str) -> str:
    """A free slug made from ``name`` ("Sales Call!" -> "sales-call", then "sales-call-2" ...)."""
    base = slugify(name, fallback="calendar")
    candidate, n = base, 1
    while is_taken(tenant, table, candidate):
        n += 1
        candidate = f"{base}-{n}"
    return candidate
