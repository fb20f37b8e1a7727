"""Invoice and estimate numbers: per location, counting up from 1, never given twice."""

from __future__ import annotations

from typing import Any

from mock_server.apis.invoices.tables import INVOICE_SETTINGS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL refuses a number already used in the location; its text is not documented.
NUMBER_TAKEN = "{kind} number {number} already exists"


def peek(tenant: Tenant, kind: str, taken: set[str]) -> int:
    """The number the next ``kind`` ("invoice", "estimate") gets when the client names none."""
    number = _counter(tenant, kind) + 1
    while str(number) in taken:
        number += 1
    return number


def take(tenant: Tenant, kind: str, requested: Any, *, taken: set[str]) -> str:
    """The client's number (refused if used), else the next free one; the counter moves past it."""
    if requested not in (None, ""):
        number = str(requested)
        if number in taken:
            raise BadRequest(NUMBER_TAKEN.format(kind=kind.capitalize(), number=number))
    else:
        number = str(peek(tenant, kind, taken))
    if number.isdigit() and int(number) > _counter(tenant, kind):
        settings = _settings(tenant)
        settings[f"{kind}Counter"] = int(number)
        tenant.store.put(INVOICE_SETTINGS, settings)
    return number


def _counter(tenant: Tenant, kind: str) -> int:
    return int(_settings(tenant).get(f"{kind}Counter", 0))


def _settings(tenant: Tenant) -> dict[str, Any]:
    settings_id = f"invoice-settings-{tenant.location_id}"  # ids are unique across tables: not the location's
    return tenant.store.get(INVOICE_SETTINGS, settings_id) or {"id": settings_id}
