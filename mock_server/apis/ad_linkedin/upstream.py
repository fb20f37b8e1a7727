"""Where the LinkedIn Ads area differs from ad-manager.json (and ad-publishing-v3.json) on purpose, each with
its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

# Every operation needs the location's LinkedIn connection, which GHL makes by OAuth in its UI (the mock's
# control plane here). No contract seed makes one: ``contract verify`` compares these reads with a target that
# has none, and a seeded reference would answer 200 where the target rightly answers 400. The official files
# declare no success body for these operations, so the walk would validate no answer either.
_OPERATIONS = (
    ("GET", "integration"), ("POST", "integration"), ("GET", "ad-accounts"), ("GET", "ad-account"),
    ("DELETE", "ad-account"), ("GET", "me"), ("GET", "ads/{adId}"), ("POST", "ads/{adId}/publish"), ("PUT", "ads"),
    ("GET", "targeting/search"), ("GET", "{accountId}/forms"), ("POST", "{accountId}/form"),
    ("PATCH", "{adId}/status"), ("GET", "reporting"), ("GET", "reporting/list"),
    ("GET", "reporting/campaign-group/{campaignGroupId}"))
UNWALKED: dict[tuple[str, str, str], str] = {
    ("ad-manager.json", method, f"/ad-publishing/linkedin/{path}"): (
        "needs a LinkedIn connection, which GHL makes by OAuth in its UI: answers validated by "
        "tests/apis/ad_linkedin/test_upstream_conformance.py") for method, path in _OPERATIONS}
