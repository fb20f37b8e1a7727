"""Where the LinkedIn Ads area differs from ad-manager.json (and ad-publishing-v3.json) on purpose, each with
its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

_VALIDATED = "validated by tests/apis/ad_linkedin/test_upstream_conformance.py"
_GROUP = ("the walk creates no campaign group: they are created by PUT /ad-publishing/linkedin/ads (no POST "
          "collection, nothing lists them) and the walk writes only on records it created; " + _VALIDATED)
UNWALKED: dict[tuple[str, str, str], str] = {
    **{("ad-manager.json", method, path): _GROUP for method, path in (
        ("GET", "/ad-publishing/linkedin/ads/{adId}"), ("POST", "/ad-publishing/linkedin/ads/{adId}/publish"),
        ("PATCH", "/ad-publishing/linkedin/{adId}/status"), ("GET", "/ad-publishing/linkedin/reporting/list"),
        ("GET", "/ad-publishing/linkedin/reporting/campaign-group/{campaignGroupId}"))},
    ("ad-manager.json", "POST", "/ad-publishing/linkedin/{accountId}/form"): (
        "the walk writes only under records it created, and the ad account is LinkedIn's (a contract seed); "
        + _VALIDATED),
    ("ad-manager.json", "DELETE", "/ad-publishing/linkedin/ad-account"): (
        "the walk never deletes what it did not create (the integration's ad account comes from a contract "
        "seed); " + _VALIDATED),
}
