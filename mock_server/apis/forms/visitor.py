"""What a visitor's answers do to the contact: a submission creates the contact, or updates the one it matches.

GHL files a submission under a contact (the answer's ``contactId``), creating or updating it; which contact
it picks is not documented. DECISION: the contacts area's upsert rule: the contact whose email (else phone)
the visitor typed, per the location's duplicate-contact setting, else a new one. A submission goes through
that rule, so the contact changes send ContactCreate / ContactUpdate as any other creation or update does.

An answer is keyed by the form field's key. The standard contact fields use GHL's form keys (those of the
official ``fieldsOriSequance`` example, and its other standard fields); a key that names one of the location's
contact custom fields (its id, ``contact.<key>`` or ``<key>``) sets that field; any other key is kept with the
submission only.
DECISION: the standard keys and the contact fields they set are ``STANDARD`` below (GHL does not publish the
list); a standard answer must be a string (422 otherwise, nothing stored).
"""

from __future__ import annotations

from typing import Any

from email_validator import EmailNotValidError, validate_email

from mock_server.apis.common import country_codes
from mock_server.apis.contacts import upsert
from mock_server.apis.custom_fields import definitions as custom_fields
from mock_server.platform.errors import Unprocessable
from mock_server.platform.tenant_context import Tenant

STANDARD = {"full_name": "name", "first_name": "firstName", "last_name": "lastName", "email": "email",
            "phone": "phone", "address": "address1", "city": "city", "state": "state", "country": "country",
            "postal_code": "postalCode", "organization": "companyName", "website": "website"}
# DECISION: class-validator's wording, as the contacts area answers for the same fields.
NOT_A_STRING = "{key} must be a string"
NOT_AN_EMAIL = "email must be an email"
NOT_A_COUNTRY = "country must be a valid country code"


def contact_changes(tenant: Tenant, answers: dict[str, Any]) -> dict[str, Any]:
    """The contact fields the answers set (``customFields`` for the custom ones), or a 422 listing the problems."""
    problems: list[str] = []
    changes: dict[str, Any] = {}
    for key, field in STANDARD.items():
        value = answers.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            problems.append(NOT_A_STRING.format(key=key))
        elif key == "email" and not _is_email(value):
            problems.append(NOT_AN_EMAIL)
        elif key == "country" and value.strip().upper() not in country_codes():
            problems.append(NOT_A_COUNTRY)
        elif key == "country":
            changes[field] = value.strip().upper()
        else:
            changes[field] = value.strip()
    if "name" in changes and ("firstName" in changes or "lastName" in changes):
        del changes["name"]  # the name parts win over the full name
    custom = custom_fields.by_key(tenant, "contact")
    by_id = {d["id"]: d for d in custom.values()}
    values = [{"id": (by_id.get(key) or custom[key])["id"], "field_value": value}
              for key, value in answers.items() if key not in STANDARD and (key in by_id or key in custom)]
    if problems:
        raise Unprocessable(problems)
    if values:
        changes["customFields"] = values
    return changes


def file_under_contact(tenant: Tenant, answers: dict[str, Any]) -> dict[str, Any]:
    """The contact the submission belongs to, created or updated from the answers (contacts' upsert rule)."""
    contact, _new = upsert.upsert_contact(tenant, contact_changes(tenant, answers))
    return contact


def _is_email(value: str) -> bool:
    try:
        validate_email(value, check_deliverability=False, test_environment=True)
    except EmailNotValidError:
        return False
    return True
