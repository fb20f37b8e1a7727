"""Email verification (LC Email's verifier): is an address, or a contact's address, worth sending to?

DECISION: the mock makes no DNS or SMTP call, so its verdicts are deterministic: an address that is not an
email (email-validator's syntax check, no deliverability lookup) is ``undeliverable`` with ``high`` risk; any
other is ``deliverable`` with ``low`` risk, unless the control plane set its outcome
(``POST /_mock/locations/{locationId}/email-verification/outcomes``: a test makes an address bounce). A
location whose verification the control plane disabled answers GHL's "not verified" shape, with the text the
official file gives. Every verification made is kept (GHL bills each to the location), readable on the
control plane.
"""

from __future__ import annotations

from typing import Any, Literal

from email_validator import EmailNotValidError, validate_email
from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.email_isv.tables import OUTCOMES, SETTINGS, SETTINGS_ID, VERIFICATIONS
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

Result = Literal["deliverable", "undeliverable", "do_not_send", "unknown", "catch_all"]
Risk = Literal["high", "low", "medium", "unknown"]
# The official file's example text for a location whose verification is off.
DISABLED = "Validation is disabled / proper config not found"
# DECISION: GHL's text for a contact with no email is not known.
NO_EMAIL = "Contact does not have an email address"
# DECISION: the reason a malformed address gets (the file's example reason is "mailbox_does_not_exist").
INVALID_SYNTAX = "invalid_syntax"


def verify(tenant: Tenant, kind: str, target: str, *, v3: bool) -> dict[str, Any]:
    """The verdict on ``target``: an address (``kind`` "email") or a contact id (``kind`` "contact", whose
    email is verified; an unknown contact is the contacts' 400)."""
    address = target.strip()
    if kind == "contact":
        address = (tenant.require(CONTACTS, target).get("email") or "").strip()
        if not address:
            return {"verified": False, "message": NO_EMAIL}
    settings = tenant.store.get(SETTINGS, SETTINGS_ID)
    if settings is not None and not settings["enabled"]:
        return {"verified": False, "message": DISABLED, "address": address}
    verdict = outcome(tenant, address)
    tenant.store.put(VERIFICATIONS, {"id": tenant.new_id(), "address": address, "type": kind,
                                     "verifiedAt": iso_z(tenant.now()), **verdict})
    # DECISION: LeadConnector recommends sending only to a deliverable address. The files spell the key
    # differently (v2 "leadconnectorRecomendation", required; v3 "leadConnectorRecommendation") and which one
    # live GHL sends is unknown: a v2 request gets v2's key, a v3 request both, so a client written from either
    # file finds what it reads (and the answer still holds what email-isv.json requires).
    recommendation = {"isEmailValid": verdict["result"] == "deliverable"}
    answer = {**verdict, "address": address, "leadconnectorRecomendation": recommendation}
    if v3:
        answer["leadConnectorRecommendation"] = dict(recommendation)
    return answer


def outcome(tenant: Tenant, address: str) -> dict[str, Any]:
    seeded = tenant.store.get(OUTCOMES, address.lower())
    if seeded is not None:
        return {"result": seeded["result"], "risk": seeded["risk"], "reason": seeded["reason"]}
    try:
        validate_email(address, check_deliverability=False, test_environment=True)
    except EmailNotValidError:
        return {"result": "undeliverable", "risk": "high", "reason": [INVALID_SYNTAX]}
    return {"result": "deliverable", "risk": "low", "reason": []}


# -- the control plane -------------------------------------------------------------------------------------
class OutcomeSeed(BodyModel):
    address: str = Field(min_length=1, max_length=320)
    result: Result
    risk: Risk = "high"
    reason: list[str] = []


def seed_outcome(tenant: Tenant, body: OutcomeSeed) -> dict[str, Any]:
    """What the verifier answers for ``address`` from now on."""
    record = {"id": body.address.strip().lower(), "result": body.result, "risk": body.risk, "reason": body.reason}
    tenant.store.put(OUTCOMES, record)
    return {"address": record["id"], **{k: v for k, v in record.items() if k != "id"}}


class SettingsSeed(BodyModel):
    enabled: bool


def seed_settings(tenant: Tenant, body: SettingsSeed) -> dict[str, Any]:
    """Turn the location's email verification on or off (on until set)."""
    tenant.store.put(SETTINGS, {"id": SETTINGS_ID, "enabled": body.enabled})
    return {"locationId": tenant.location_id, "enabled": body.enabled}


def verifications(tenant: Tenant) -> dict[str, Any]:
    """The verifications made for the location, oldest first (GHL bills each one)."""
    made = sorted(tenant.store.scan(VERIFICATIONS), key=lambda v: v["verifiedAt"])
    return {"verifications": [{k: v for k, v in record.items() if k != "id"} for record in made],
            "count": len(made)}
