"""Where the Facebook campaigns area differs from ad-manager.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

DOCS_BODY = ("GHL's reference pages (marketplace.gohighlevel.com, fb-duplicate-adset/fb-duplicate-ad, 2026-08) show "
             "a body with the locationId, as the campaign's duplicate has; both files declare none. Accepted, not "
             "required")
ALLOWLIST = (
    Allowed("ad-manager.json", "POST", "/ad-publishing/facebook/adsets/{adsetId}/duplicate",
            "body_property_undocumented", "locationId", DOCS_BODY),
    Allowed("ad-manager.json", "POST", "/ad-publishing/facebook/ads/{adId}/duplicate",
            "body_property_undocumented", "locationId", DOCS_BODY),
    Allowed("ad-manager.json", "GET", "/ad-publishing/facebook/reporting", "required_query_differs", "groupBy",
            "GHL's reference page (fb-get-reporting, 2026-08) has groupBy optional: without it, one row covers the "
            "whole range; both files mark it required"),
)

_CONFORMANCE = "tests/apis/ad_facebook_campaigns/test_upstream_conformance.py"
_TREE = ("the walk makes records through POST collections: GHL makes campaigns, ad sets and ads by PUT upserts, in "
         "the ad account of the location's Facebook integration (which the walk's reference has not connected), and "
         f"a publish before the figures: nothing of the tree exists to read, pause or report on; validated by {_CONFORMANCE}")
_AUDIENCE = ("GHL's API creates no custom audience: they live in the ad account of the location's Facebook "
             "connection, which the reference is not seeded with (mock_server/apis/ad_facebook/upstream.py says why); "
             f"validated by {_CONFORMANCE}")
_CHOSEN = ("the walk's generic values are not a targeting type, a date or a metric GHL takes; validated by "
           f"{_CONFORMANCE}")
_BASE = "/ad-publishing/facebook"
UNWALKED: dict[tuple[str, str, str], str] = {
    **{("ad-manager.json", method, _BASE + path): _TREE for method, path in (
        ("PUT", "/campaigns"), ("GET", "/campaign/{campaignId}"), ("POST", "/campaigns/{campaignId}/publish"),
        *(("POST", f"/{kind}/{{{param}}}/{verb}") for kind, param in (("campaigns", "campaignId"),
                                                                      ("adsets", "adsetId"), ("ads", "adId"))
          for verb in ("pause", "resume", "duplicate")),
        ("DELETE", "/campaigns/{campaignId}"), ("DELETE", "/adsets/{adsetId}"), ("DELETE", "/ads/{adId}"),
        ("PUT", "/adsets"), ("PUT", "/ads-v2"), ("GET", "/reporting/campaign/{campaignId}"),
        ("GET", "/reporting/list"))},
    ("v3/ad-publishing-v3.json", "GET", _BASE + "/campaigns/{campaignId}/publishing-progress"): _TREE,
    **{("ad-manager.json", method, _BASE + path): _AUDIENCE for method, path in (
        ("GET", "/custom-audience"), ("GET", "/custom-audience/{audienceId}"), ("PUT", "/custom-audience/{audienceId}"),
        ("DELETE", "/custom-audience/{audienceId}"),
        ("PUT", "/custom-audience/{audienceId}/member"), ("DELETE", "/custom-audience/{audienceId}/member"),
        ("PUT", "/custom-audience/{audienceId}/member/batch"))},
    **{("ad-manager.json", "GET", _BASE + path): _CHOSEN for path in ("/targeting/search", "/reporting")},
}
