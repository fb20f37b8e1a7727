"""Where the values of a field are held, read to refuse a definition change that would orphan them.

Contacts, opportunities and businesses keep ``customFields: [{"id", "value"}]``; custom-object records keep
``properties: {<short key>: value}`` (tables named by their areas).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.businesses.tables import BUSINESSES
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.objects.tables import RECORDS
from mock_server.apis.opportunities.tables import OPPORTUNITIES
from mock_server.platform.tenant_context import Tenant

LISTED_VALUES = {"contact": CONTACTS, "opportunity": OPPORTUNITIES, "business": BUSINESSES}


def values_of(tenant: Tenant, field: dict[str, Any]) -> list[Any]:
    """Every value the location's records hold for ``field``."""
    table = LISTED_VALUES.get(field["objectKey"])
    if table is not None:
        return [v["value"] for record in tenant.store.scan(table) for v in record.get("customFields") or ()
                if v["id"] == field["id"]]
    short = field["fieldKey"][len(field["objectKey"]) + 1:]
    return [r["properties"][short] for r in tenant.store.find(RECORDS, "objectKey", field["objectKey"])
            if short in r.get("properties", {})]
