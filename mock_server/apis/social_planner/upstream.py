"""Where the Social Planner area differs from social-media-posting.json (and social-planner-v3.json) on purpose,
each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

ALLOWLIST: tuple[Allowed, ...] = ()
