"""Normalising what a client sends into what GHL stores: names, email, phone (E.164), tags, DND.

Phone numbers are parsed with ``phonenumbers`` (Google's libphonenumber), in the region of the
contact's country, else the location's, else the US.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import phonenumbers

from mock_server.apis.common import iso_z
from mock_server.platform.errors import Unprocessable

# DECISION: national numbers are read in the contact's country, else the location's, else the US.
DEFAULT_PHONE_REGION = "US"
# DECISION: GHL's answer to an unreadable phone number is not known; a class-validator-style 422.
PHONE_INVALID = "phone must be a valid phone number"
# The v3 DTOs spell the DND channels in camelCase; GHL stores (and v2 answers) the v2 spelling.
DND_CHANNELS = {"call": "Call", "email": "Email", "sms": "SMS", "whatsApp": "WhatsApp", "gmb": "GMB", "fb": "FB"}
DND_CHANNELS_V3 = {v2: v3 for v3, v2 in DND_CHANNELS.items()}


def e164(phone: str, region: str | None) -> str:
    """The number in E.164 (``+14155550123``); a number that cannot be a phone number is refused."""
    try:
        number = phonenumbers.parse(phone, (region or DEFAULT_PHONE_REGION).upper())
    except phonenumbers.NumberParseException:
        raise Unprocessable([PHONE_INVALID]) from None
    # "Possible" (right length for the region), not "valid": test numbers such as 555-01xx must pass.
    if not phonenumbers.is_possible_number(number):
        raise Unprocessable([PHONE_INVALID])
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email_key(email: str) -> str:
    return email.strip().lower()


def tag_list(tags: list[str]) -> list[str]:
    """DECISION: GHL stores tags trimmed and lower-cased; duplicates collapse, order is kept."""
    return list(dict.fromkeys(t.strip().lower() for t in tags if t and t.strip()))


def name_fields(first: str | None, last: str | None) -> dict[str, Any]:
    """``name`` and the lower-cased name fields GHL derives from first and last name."""
    full = " ".join(p for p in (first, last) if p) or None
    return {
        "firstName": first, "lastName": last, "name": full,
        "firstNameLowerCase": first.lower() if first else None,
        "lastNameLowerCase": last.lower() if last else None,
        "fullNameLowerCase": full.lower() if full else None,
    }


def split_name(name: str | None) -> tuple[str | None, str | None]:
    """DECISION: a contact given only ``name`` gets first name = its first word, last name = the rest."""
    if not name or not name.strip():
        return None, None
    first, _, last = name.strip().partition(" ")
    return first, last.strip() or None


def dnd_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Channels in the v2 spelling, whichever spelling the client used."""
    return {DND_CHANNELS.get(channel, channel): value for channel, value in settings.items() if value is not None}


def dnd_settings_v3(settings: dict[str, Any]) -> dict[str, Any]:
    return {DND_CHANNELS_V3.get(channel, channel): value for channel, value in settings.items()}


def iso_from_epoch_ms(value: int | float) -> str:
    """GHL's timestamp for epoch milliseconds; ValueError for an instant no calendar holds."""
    try:
        return iso_z(datetime.fromtimestamp(value / 1000, UTC))
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"{value} is not an instant in epoch milliseconds") from None
