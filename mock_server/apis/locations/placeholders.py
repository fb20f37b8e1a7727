"""GHL's merge fields, rendered in the text a location sends: ``{{ custom_values.<key> }}`` (the location's custom
values), ``{{contact.first_name}}`` and the contact's other standard fields, ``{{contact.<custom field key>}}``
(the contact's custom field values, by the field's ``fieldKey``), and ``{{location.name}}`` and its kin.

Spaces inside the braces do not matter (``{{custom_values.x}}`` and ``{{ custom_values.x }}`` are the same
placeholder, as GHL's editors write both). Anything that is not a placeholder of these families is left as
written, so a message that mentions ``{{`` for another reason reaches the contact unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from mock_server.apis.custom_fields import definitions
from mock_server.apis.locations import custom_values
from mock_server.apis.locations.service import get_location
from mock_server.platform.tenant_context import Tenant

_PLACEHOLDER = re.compile(r"\{\{\s*(custom_values|contact|location)\.([A-Za-z0-9_.]+)\s*\}\}")

# GHL's snake-case merge-field names for the contact's and the location's standard fields.
CONTACT_FIELDS = {
    "first_name": "firstName", "last_name": "lastName", "email": "email", "phone": "phone",
    "company_name": "companyName", "address1": "address1", "city": "city", "state": "state",
    "country": "country", "postal_code": "postalCode", "date_of_birth": "dateOfBirth", "source": "source",
    "website": "website", "timezone": "timezone", "id": "id",
}
LOCATION_FIELDS = {
    "id": "id", "name": "name", "email": "email", "phone": "phone", "address": "address", "city": "city",
    "state": "state", "country": "country", "postal_code": "postalCode", "website": "website",
    "timezone": "timezone",
}


def render(tenant: Tenant, text: str, contact: Mapping[str, Any] | None = None) -> str:
    """``text`` with its merge fields replaced by the values they name.

    DECISION: a merge field that names a known family (custom value, contact, location) but has no value, or names
    a key that does not exist, renders as an empty string: GHL sends "Hi ," to a contact without a first name,
    and an unknown custom value is the same case to the sender. The mock's outbox and provider deliveries show
    exactly what the contact would receive.
    """
    if "{{" not in text:
        return text
    lookups = _Lookups(tenant, contact)
    return _PLACEHOLDER.sub(lambda match: lookups.value(match.group(1), match.group(2)), text)


class _Lookups:
    """Reads each source once per render, only if a placeholder asks for it."""

    def __init__(self, tenant: Tenant, contact: Mapping[str, Any] | None) -> None:
        self.tenant, self.contact = tenant, contact or {}
        self._custom_values: dict[str, str] | None = None
        self._contact_fields: dict[str, Any] | None = None
        self._location: dict[str, Any] | None = None

    def value(self, family: str, key: str) -> str:
        if family == "custom_values":
            return self.custom_values().get(key, "")
        if family == "location":
            return _text(self.location().get(LOCATION_FIELDS.get(key, ""), ""))
        return self.contact_value(key)

    def custom_values(self) -> dict[str, str]:
        if self._custom_values is None:
            self._custom_values = {custom_values.key_of(v["name"]): v.get("value") or ""
                                   for v in custom_values.list_values(self.tenant)}
        return self._custom_values

    def location(self) -> dict[str, Any]:
        if self._location is None:
            self._location = get_location(self.tenant)
        return self._location

    def contact_value(self, key: str) -> str:
        if key in ("name", "full_name"):
            return " ".join(p for p in (self.contact.get("firstName"), self.contact.get("lastName")) if p) \
                or _text(self.contact.get("name"))
        if key in CONTACT_FIELDS:
            return _text(self.contact.get(CONTACT_FIELDS[key]))
        field = self.contact_fields().get(key)
        if field is None:
            return ""
        stored = next((v for v in self.contact.get("customFields") or () if v.get("id") == field["id"]), None)
        return _text(stored.get("value") if stored else None)

    def contact_fields(self) -> dict[str, Any]:
        if self._contact_fields is None:
            self._contact_fields = {definitions.short_key(f): f for f in definitions.fields_of(self.tenant, "contact")}
        return self._contact_fields


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)
