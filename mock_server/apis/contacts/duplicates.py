"""Duplicate contacts: the location setting, the check on create/update, and finding by email or phone.

A location forbids duplicates unless its ``settings.allowDuplicateContact`` is true (GHL's default is
false). Then a contact whose email, or else phone, is another contact's is refused with GHL's 400,
which names the existing contact in ``meta``. Matching is by email first, then by phone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mock_server.apis.contacts import fields
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.locations.service import get_location
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# GHL's text, with meta {contactId, contactName, matchingField}, as public integrations quote it.
DUPLICATE_CONTACT = "This location does not allow duplicated contacts."
MATCH_ORDER = ("email", "phone")


def allows_duplicates(tenant: Tenant) -> bool:
    return bool((get_location(tenant).get("settings") or {}).get("allowDuplicateContact"))


def find_by(tenant: Tenant, field: str, value: str | None, *,
            exclude: str | None = None) -> dict[str, Any] | None:
    """The oldest contact whose ``field`` (``email`` or ``phone``, normalised) is ``value``."""
    if not value or not (tenant.store.ids_where(CONTACTS, field, value) - {exclude}):
        return None  # the common case, answered from the index without copying anything
    for contact in tenant.store.find(CONTACTS, field, value):
        if contact["id"] != exclude:
            return contact
    return None


def match(tenant: Tenant, email: str | None, phone: str | None, *,
          exclude: str | None = None) -> tuple[dict[str, Any], str] | None:
    """The contact matching by email, else by phone, with the field that matched."""
    for field, value in zip(MATCH_ORDER, (email, phone), strict=True):
        found = find_by(tenant, field, value, exclude=exclude)
        if found is not None:
            return found, field
    return None


def ensure_unique(tenant: Tenant, record: dict[str, Any], checked: Iterable[str]) -> None:
    """Refuse ``record`` when one of its ``checked`` fields duplicates another contact's."""
    checked = set(checked)
    if not checked or allows_duplicates(tenant):
        return
    found = match(tenant, record.get("email") if "email" in checked else None,
                  record.get("phone") if "phone" in checked else None, exclude=record["id"])
    if found is not None:
        existing, field = found
        raise BadRequest(DUPLICATE_CONTACT, meta={
            "contactId": existing["id"], "contactName": existing.get("name") or existing.get("email") or "",
            "matchingField": field,
        })


def find_duplicate(tenant: Tenant, email: str | None, number: str | None) -> dict | None:
    """GET /contacts/search/duplicate: the contact with this email, else with this number."""
    phone = None
    if number:
        try:
            phone = fields.e164(number, get_location(tenant).get("country"))
        except Unprocessable:
            phone = None  # a number that cannot be a phone number matches no contact
    found = match(tenant, fields.email_key(email) if email else None, phone)
    return found[0] if found else None
