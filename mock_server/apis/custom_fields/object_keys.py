"""Object keys: what custom fields, associations and records belong to.

GHL's standard objects the mock keeps (``contact``, ``opportunity``, ``business``) and the location's custom
objects (``custom_objects.<key>``, made through the Objects API, table ``customObjects``).
"""

from __future__ import annotations

import re

from mock_server.apis.objects.tables import CUSTOM_OBJECTS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

STANDARD_OBJECT_KEYS = ("contact", "opportunity", "business")
CUSTOM_PREFIX = "custom_objects."
CUSTOM_KEY = re.compile(r"^custom_objects\.[a-z0-9_]+$")
# DECISION: GHL's text for an object key the location does not have is not known.
UNKNOWN_OBJECT_KEY = "Object with key {key} not found"


def is_custom(object_key: str) -> bool:
    return object_key.startswith(CUSTOM_PREFIX)


def exists(tenant: Tenant, object_key: str) -> bool:
    if object_key in STANDARD_OBJECT_KEYS:
        return True
    return bool(CUSTOM_KEY.match(object_key)) and bool(tenant.store.ids_where(CUSTOM_OBJECTS, "key", object_key))


def require(tenant: Tenant, object_key: str) -> str:
    """``object_key`` if the location has that object, else GHL's 400."""
    if not exists(tenant, object_key):
        raise BadRequest(UNKNOWN_OBJECT_KEY.format(key=object_key))
    return object_key
