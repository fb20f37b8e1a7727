"""The Custom Fields V2 area's registrations (see ``mock_server/platform/area.py``).

Its table is the ONE definition store: the location API (``apis/locations``) serves the same records, and
contacts, opportunities and custom-object records declare the cascades that drop a deleted field's values.
"""

from __future__ import annotations

from mock_server.apis.custom_fields import routes
from mock_server.apis.custom_fields.tables import CUSTOM_FIELD_NOT_FOUND, CUSTOM_FIELDS
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "custom_fields",
    serves="Custom fields v2: fields and folders of any object, one store with the location API's",
    apis=(routes.api,),
    tables=(Table(CUSTOM_FIELDS, indexes=("objectKey", "parentId", "fieldKey"),
                  not_found=BadRequest(CUSTOM_FIELD_NOT_FOUND)),),
    factories="mock_server.apis.custom_fields.factories:CustomFieldFactories",
    upstream_allowlist="mock_server.apis.custom_fields.upstream",
)
