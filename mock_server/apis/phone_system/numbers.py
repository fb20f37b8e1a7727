"""A location's phone numbers: seeded or bought from its inventory, listed, and the one an SMS is sent from.

The location's first number is its default (``isDefaultNumber``); a number in a number pool is left out of
the listing unless ``skipNumberPool=false``. Buying takes the number out of the inventory (``inventory.py``)
and answers the location's Twilio account, made with its first number.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.phone_system.tables import ACCOUNTS, INVENTORY, PHONE_NUMBERS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for these refusals are not known.
NOT_AVAILABLE = "Phone number {number} is not available for purchase"
ALREADY_OWNED = "Phone number {number} is already in use by this location"
# The purchase body's number types, as the listing's types name them.
LISTED_TYPE = {"local": "local", "tollFree": "toll-free", "mobile": "mobile"}


def add_number(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """Give the location a number (a seed, or a purchase); its first is its default."""
    if tenant.store.find(PHONE_NUMBERS, "phoneNumber", fields["phoneNumber"]):
        raise BadRequest(ALREADY_OWNED.format(number=fields["phoneNumber"]))
    first = tenant.store.count(PHONE_NUMBERS) == 0
    if fields.get("isDefaultNumber"):
        for other in tenant.store.scan(PHONE_NUMBERS):
            if other["isDefaultNumber"]:
                tenant.store.put(PHONE_NUMBERS, {**other, "isDefaultNumber": False})
    now = iso_z(tenant.now())
    record = {"id": tenant.new_id(), "phoneNumber": fields["phoneNumber"],
              "friendlyName": fields.get("friendlyName") or _friendly(fields["phoneNumber"]),
              "sid": "PN" + tenant.new_uuid().replace("-", ""), "countryCode": fields.get("countryCode") or "US",
              "capabilities": fields.get("capabilities") or {"voice": True, "sms": True, "mms": True, "fax": False},
              "type": fields.get("type") or "local", "isDefaultNumber": bool(fields.get("isDefaultNumber") or first),
              "linkedUser": None, "linkedRingAllUsers": [], "inboundCallService": None,
              "forwardingNumber": fields.get("forwardingNumber"),
              # GHL's: group conversations are for US/CA numbers that text
              "isGroupConversationEnabled": False, "addressSid": fields.get("addressSid"),
              "bundleSid": fields.get("bundleSid"), "dateAdded": now, "dateUpdated": now, "origin": "twilio",
              "numberPoolId": None,
              "seq": tenant.store.count(PHONE_NUMBERS)}  # the order numbers came in (one instant may hold several)
    tenant.store.put(PHONE_NUMBERS, record)
    _account(tenant)
    return view(record)


def purchase(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """``POST .../purchase``: the number must be in the location's inventory; it leaves it for the location."""
    number = body["phoneNumber"]
    stock = tenant.store.find(INVENTORY, "phoneNumber", number)
    if tenant.store.find(PHONE_NUMBERS, "phoneNumber", number):
        raise BadRequest(ALREADY_OWNED.format(number=number))
    if not stock:
        raise BadRequest(NOT_AVAILABLE.format(number=number))
    offered = stock[0]
    tenant.store.delete(INVENTORY, offered["id"])
    caps = offered["capabilities"]
    add_number(tenant, {"phoneNumber": number, "friendlyName": offered.get("friendlyName"),
                        "countryCode": body.get("countryCode") or offered["isoCountry"],
                        "type": LISTED_TYPE[body.get("numberType") or offered["numberType"]],
                        "capabilities": {"voice": caps["voice"], "sms": caps["sms"], "mms": caps["mms"], "fax": False},
                        "addressSid": body.get("addressSid"), "bundleSid": body.get("bundleSid")})
    return account_view(tenant)


def listing(tenant: Tenant, q: Any) -> dict[str, Any]:
    """``GET /phone-system/numbers/location/{locationId}``: the location's numbers, oldest first, paged."""
    numbers = sorted(tenant.store.scan(PHONE_NUMBERS), key=lambda n: (n["dateAdded"], n["seq"]))
    if q.skipNumberPool:
        numbers = [n for n in numbers if not n.get("numberPoolId")]
    if q.searchFilter:
        needle = q.searchFilter.casefold()
        numbers = [n for n in numbers if needle in n["phoneNumber"] or needle in (n["friendlyName"] or "").casefold()]
    size, page = int(q.pageSize), int(q.page)
    return {"numbers": [view(n) for n in numbers[page * size:(page + 1) * size]], "isUnderGhl": True,
            "pageSize": size, "page": page, "accountStatus": "active"}


def sending_number(tenant: Tenant, requested: str | None = None) -> str | None:
    """The number an SMS of the location goes out from: ``requested`` when the location owns it, else its default
    number, else any that texts; None when it has none (conversations then leave ``from`` out)."""
    numbers = [n for n in tenant.store.scan(PHONE_NUMBERS) if n["capabilities"].get("sms", True)]
    if requested and any(n["phoneNumber"] == requested for n in numbers):
        return requested
    numbers.sort(key=lambda n: (not n["isDefaultNumber"], n["dateAdded"], n["seq"]))
    return numbers[0]["phoneNumber"] if numbers else None


def sms_addresses(tenant: Tenant, from_number: str | None, to_number: str | None) -> dict[str, str]:
    """What conversations records on an SMS it sends: ``from`` (``sending_number``) and ``to``, those known.

    DECISION: a ``fromNumber`` the location does not own is replaced by its default number rather than refused
    (GHL's answer to one is not known)."""
    found = {"from": sending_number(tenant, from_number), "to": to_number}
    return {k: v for k, v in found.items() if v}


VIEW_KEYS = ("phoneNumber", "friendlyName", "sid", "countryCode", "capabilities", "type", "isDefaultNumber",
             "linkedUser", "linkedRingAllUsers", "inboundCallService", "forwardingNumber",
             "isGroupConversationEnabled", "addressSid", "bundleSid", "dateAdded", "dateUpdated", "origin")


def view(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record.get(k) for k in VIEW_KEYS}


def account_view(tenant: Tenant) -> dict[str, Any]:
    """The location's Twilio account as the purchase answers it: every number it holds, by service and name."""
    account = _account(tenant)
    numbers = sorted(tenant.store.scan(PHONE_NUMBERS), key=lambda n: (n["dateAdded"], n["seq"]))
    return {"id": account["id"], "account_sid": account["account_sid"], "under_ghl_account": True,
            "validate_sms": True, "location_id": tenant.location_id, "migration_status": None,
            "migration_numbers": [], "assigned_to_numbers": {},
            "numbers": {n["phoneNumber"]: "conversation" for n in numbers},
            "number_name": {n["phoneNumber"]: n["friendlyName"] for n in numbers}, "new_account_sid": ""}


def _account(tenant: Tenant) -> dict[str, Any]:
    found = tenant.store.scan(ACCOUNTS)
    if found:
        return found[0]
    return tenant.store.put(ACCOUNTS, {"id": tenant.new_id(), "account_sid": "AC" + tenant.new_uuid().replace("-", "")})


def _friendly(number: str) -> str:
    """``+14155552671`` -> ``(415) 555-2671`` for North American numbers; others as they are."""
    digits = number[2:] if number.startswith("+1") and len(number) == 12 else ""
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}" if digits else number
