"""Where the Phone System area's walk differs from phone-system.json, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST: tuple[Allowed, ...] = ()
UNWALKED: dict[tuple[str, str, str], str] = {
    ("phone-system.json", "POST", "/phone-system/numbers/location/{locationId}/purchase"):
        "buying a number charges a real account, so the contract kit never performs it (charges_the_account); "
        "its answer is validated by tests/apis/phone_system/test_inventory.py",
}
