"""Where the Facebook integration area differs from ad-manager.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()
