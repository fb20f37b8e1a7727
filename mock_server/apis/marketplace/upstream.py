"""Where the Marketplace area differs from marketplace.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST: tuple[Allowed, ...] = ()

UNWALKED: dict[tuple[str, str, str], str] = {
    ("marketplace.json", method, path): (
        "the walk has no Marketplace app token (these operations are the calling app's own: its charges, its "
        "installation, its pricing): the answer is validated by tests/apis/marketplace/test_upstream_conformance.py")
    for method, path in (("POST", "/marketplace/billing/charges"), ("GET", "/marketplace/billing/charges/{chargeId}"),
                         ("DELETE", "/marketplace/billing/charges/{chargeId}"),
                         ("GET", "/marketplace/app/{appId}/installations"),
                         ("DELETE", "/marketplace/app/{appId}/installations"),
                         ("GET", "/marketplace/app/{appId}/rebilling-config/location/{locationId}"),
                         ("POST", "/marketplace/external-auth/migration"))
}
