"""Where custom-field definitions live: ONE table of the location's tenant, read by every API that shows them.

``customFields`` holds the fields (``documentType: "field"``) and their folders (``documentType: "folder"``)
of every object key: ``contact`` and ``opportunity`` (also served by the location API's
``/locations/{id}/customFields``), ``business`` and ``custom_objects.<key>``. Indexed by ``objectKey``
(an object's fields) and ``parentId`` (a folder's fields).
"""

from __future__ import annotations

CUSTOM_FIELDS = "customFields"
# DECISION: GHL's text for an unknown custom field (or folder) id is not known.
CUSTOM_FIELD_NOT_FOUND = "Custom field not found"
