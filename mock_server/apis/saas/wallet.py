"""A SaaS sub-account's wallet as the agency reads and credits it (saas-v3.json's two wallet operations).

It is the one wallet of the location, the Marketplace area's (``mock_server/apis/marketplace/charges.py``):
app charges draw on it, complimentary credits first. DECISION: a location whose wallet was never set (no
balance from the control plane, no credits) has none to read: 404, which the official file declares.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.marketplace import charges
from mock_server.platform.errors import NotFound
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text is not known.
WALLET_NOT_FOUND = "Wallet not found for the location"


def balance(tenant: Tenant) -> dict[str, Any]:
    return _view(charges.wallet_record(tenant))


def add_complimentary_credits(tenant: Tenant, amount: float | None) -> dict[str, Any]:
    """Add ``amount`` to the wallet's complimentary credits. DECISION: the body is a partial update (the file
    speaks of AIP-134's update mask): without an amount nothing changes."""
    return _view(charges.add_credits(tenant, amount) if amount is not None else charges.wallet_record(tenant))


def _view(record: dict[str, Any] | None) -> dict[str, Any]:
    if record is None:
        raise NotFound(WALLET_NOT_FOUND)
    return {"walletId": record["walletId"], "balance": record["balance"],
            "complimentaryCredits": record["complimentaryCredits"]}
