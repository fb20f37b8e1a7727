"""What LinkedIn's side holds, made deterministic: its numeric ids and URNs, and a connection's defaults.

DECISION: GHL's API cannot reach LinkedIn, so LinkedIn's ids are derived from the mock's own record ids (the
same record always gets the same LinkedIn id; two records practically never share one), and a LinkedIn
connection the control plane makes without details gets a member and two ad accounts derived from the
location's id.
"""

from __future__ import annotations

import hashlib
from typing import Any

ACCOUNT_URN = "urn:li:sponsoredAccount:{}"
GROUP_URN = "urn:li:sponsoredCampaignGroup:{}"
CAMPAIGN_URN = "urn:li:sponsoredCampaign:{}"
CREATIVE_URN = "urn:li:sponsoredCreative:{}"
FORM_URN = "urn:li:adForm:{}"
ORGANIZATION_URN = "urn:li:organization:{}"


def digest(*parts: str) -> int:
    """A stable number from ``parts`` (the figures and ids built on it never change between runs)."""
    return int.from_bytes(hashlib.sha256(":".join(parts).encode()).digest()[:8], "big")


def number(kind: str, record_id: str) -> str:
    """LinkedIn's id of one of the mock's records: 9 digits, as LinkedIn's campaign and creative ids look."""
    return str(100_000_000 + digest(kind, record_id) % 900_000_000)


def default_member(location_id: str) -> dict[str, Any]:
    return {"id": f"li{digest('member', location_id) % 10**10:010d}", "firstName": "Lin", "lastName": "Kedin",
            "email": f"ads-{location_id.lower()}@example.com"}


def default_ad_accounts(location_id: str) -> list[dict[str, Any]]:
    organization = str(10_000_000 + digest("organization", location_id) % 90_000_000)
    return [{"id": number("adAccount", f"{location_id}:{n}"), "name": name, "currency": "USD",
             "organizationId": organization, "status": "ACTIVE"}
            for n, name in enumerate(("Main ad account", "Second ad account"))]


def account_view(account: dict[str, Any]) -> dict[str, Any]:
    """An ad account as LinkedIn's adAccounts answer it (GHL relays them)."""
    return {**account, "type": "BUSINESS", "reference": ORGANIZATION_URN.format(account["organizationId"]),
            "urn": ACCOUNT_URN.format(account["id"]), "test": False}
