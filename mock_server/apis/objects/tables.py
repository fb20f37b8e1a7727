"""Where custom objects and their records live: tables of the location's tenant.

``customObjects`` holds the location's object schemas (indexed by ``key``: ``custom_objects.pet``);
``objectRecords`` their records (indexed by ``objectKey``, so one object's records are read without
the others'). Businesses are records of the standard ``business`` object, kept in the businesses area's
table and shown through the Objects API.
"""

from __future__ import annotations

CUSTOM_OBJECTS = "customObjects"
RECORDS = "objectRecords"
# DECISION: GHL's texts for an unknown schema or record are not known.
OBJECT_NOT_FOUND = "Custom object not found"
RECORD_NOT_FOUND = "Record not found"
