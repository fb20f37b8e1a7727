"""The Email Verification area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.email_isv import routes, tables, verification
from mock_server.platform.area import Area, Seed, Table

_BASE = "/locations/{locationId}/email-verification"

area = Area(
    "email_isv",
    serves="Email verification (LC Email): an address's or a contact's deliverability, deterministic (outcomes "
           "and the location's setting seeded by the control plane), every verification kept",
    apis=(routes.api,),
    tables=(Table(tables.OUTCOMES), Table(tables.SETTINGS), Table(tables.VERIFICATIONS)),
    seeds=(
        Seed("POST", f"{_BASE}/outcomes", verification.seed_outcome, body=verification.OutcomeSeed, status=200,
             doc='`{"address", "result", "risk", "reason"}`: what verifying this address answers (else: '
                 "deliverable when well formed, undeliverable when not)"),
        Seed("POST", _BASE, verification.seed_settings, body=verification.SettingsSeed, status=200,
             doc='`{"enabled"}`: turn the location\'s email verification off (answers "not verified") or on'),
        Seed("GET", f"{_BASE}/verifications", verification.verifications, status=200,
             doc="the verifications the location made (GHL bills each one), oldest first"),
    ),
    factories="mock_server.apis.email_isv.factories:EmailVerificationFactories",
    demo="mock_server.apis.email_isv.demo:load",
    upstream_allowlist="mock_server.apis.email_isv.upstream",
)
