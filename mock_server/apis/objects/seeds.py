"""The Objects area's control-plane endpoint: bulk-loading records of one custom object.

``POST /_mock/locations/{locationId}/objects/{schemaKey}/records`` loads many records in one transaction, each
as ``POST /objects/{schemaKey}/records`` takes it (properties checked against the object's fields, owner and
followers against the location's users): if any is refused, none is stored and the error names it
(``records.<n>: ...``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.custom_fields import definitions
from mock_server.apis.objects import records, schemas
from mock_server.apis.objects.models import RecordBody
from mock_server.platform.errors import BadRequest, GhlError
from mock_server.platform.models import BodyModel, sent_fields
from mock_server.platform.tenant_context import Tenant

# DECISION: the seed loads custom-object records only (businesses are made through their API).
CUSTOM_ONLY = "The records seed loads records of custom objects only"


class RecordsSeed(BodyModel):
    records: list[RecordBody]


def load_records(tenant: Tenant, body: RecordsSeed, *, schema_key: str) -> dict[str, Any]:
    """Create every record of ``body`` (the caller's transaction makes it all or none)."""
    schema = schemas.records_of(tenant, schema_key)
    if schema["standard"]:
        raise BadRequest(CUSTOM_ONLY)
    fields = definitions.by_key(tenant, schema["key"])
    ids: list[str] = []
    for n, record in enumerate(body.records):
        try:
            ids.append(records.create_checked(tenant, schema, fields, sent_fields(record))["id"])
        except GhlError as error:
            messages = error.message if isinstance(error.message, list) else [error.message]
            raise GhlError([f"records.{n}: {m}" for m in messages], status=error.status, **error.extra) from None
    return {"created": len(ids), "ids": ids}
