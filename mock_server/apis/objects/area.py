"""The Objects area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.custom_fields.tables import CUSTOM_FIELDS
from mock_server.apis.objects import business_records, events, records, routes, seeds
from mock_server.apis.objects.tables import CUSTOM_OBJECTS, OBJECT_NOT_FOUND, RECORD_NOT_FOUND, RECORDS
from mock_server.platform.area import Area, Cascade, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "objects",
    serves="Custom objects and their records",
    apis=(routes.api,),
    tables=(
        Table(CUSTOM_OBJECTS, indexes=("key",), not_found=BadRequest(OBJECT_NOT_FOUND)),
        # Indexed: one object's records, and equality on any property, without reading the others.
        Table(RECORDS, indexes=("objectKey", records.PROPERTY_INDEX), not_found=BadRequest(RECORD_NOT_FOUND)),
    ),
    seeds=(Seed("POST", "/locations/{locationId}/objects/{schemaKey}/records", seeds.load_records, body=seeds.RecordsSeed,
                doc='`{"records":[...]}`: load many records of a custom object in one transaction, all or none'),),
    cascades=(
        Cascade(CUSTOM_FIELDS, records.forget_fields, "deleting a custom field removes its values from every record"),
        Cascade(CUSTOM_FIELDS, business_records.forget_fields,
                "deleting a custom field removes its values from every business"),
    ),
    factories="mock_server.apis.objects.factories:ObjectFactories",
    demo="mock_server.apis.objects.demo:load",
    upstream_allowlist="mock_server.apis.objects.upstream",
    events=events.EVENTS,
)
