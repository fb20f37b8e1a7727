"""Where the Category Queue area differs from social-planner-v3.json on purpose, each with its reason.

Read by the contract kit's upstream check (contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

V3 = "v3/social-planner-v3.json"

ALLOWLIST: tuple[Allowed, ...] = ()
