"""Where the Facebook integration area differs from ad-manager.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py). ad-manager.json
declares no success schema for any of these operations: the walk checks their requests and statuses only.

DECISION: the contract kit's reference is not seeded with a Facebook connection. Every operation but the
conversation forms reads or writes what the connected Facebook user holds, which GHL receives from Facebook
(OAuth in its UI) and no API makes; a seeded reference would answer as a connected location does (the user's
profile, a pixel created on the ad account) where a ``verify`` target not connected to Facebook answers 400,
a mismatch of the seed and not of the mock. So both answer as an unconnected location does, and the operations
that need the connection are exercised by the area's tests (named below), on seeded connections.
"""

from __future__ import annotations

ALLOWLIST = ()

TESTS = "tests/apis/ad_facebook/"
NEEDS_FACEBOOK = ("needs the location's Facebook connection, which GHL receives from Facebook and the reference is "
                  "not seeded with (see this module); exercised by " + TESTS)
INTEGRATION = "test_integration.py::test_integration_lifecycle"
PAGES = "test_integration.py::test_pages_say_which_are_connected_and_the_default"
LEAD_FORMS = "test_lead_forms.py::test_a_published_form_is_listed_and_read_as_meta_defines_it"
PIXELS = "test_pixels.py::test_the_ad_accounts_pixels_are_listed_and_a_new_one_joins_them"
EXERCISED_BY = {
    ("POST", "/ad-publishing/facebook/integration"): INTEGRATION,
    ("GET", "/ad-publishing/facebook/integration"): INTEGRATION,
    ("DELETE", "/ad-publishing/facebook/integration"): INTEGRATION,
    ("GET", "/ad-publishing/facebook/me"): "test_connection.py::test_the_seeded_user_is_the_current_facebook_user",
    ("GET", "/ad-publishing/facebook/pages"): PAGES,
    ("PUT", "/ad-publishing/facebook/page/default"): PAGES,
    ("DELETE", "/ad-publishing/facebook/page"): PAGES,
    ("GET", "/ad-publishing/facebook/page/{pageId}/instagram"):
        "test_facebook.py::test_a_pages_instagram_accounts_are_listed_as_facebook_gave_them",
    ("GET", "/ad-publishing/facebook/page/{pageId}/forms"): LEAD_FORMS,
    ("POST", "/ad-publishing/facebook/page/{pageId}/forms"): LEAD_FORMS,
    ("GET", "/ad-publishing/facebook/lead-form/{leadFormId}"): LEAD_FORMS,
    ("GET", "/ad-publishing/facebook/ad-accounts"):
        "test_accounts.py::test_ad_accounts_are_listed_with_the_one_the_integration_uses",
    ("GET", "/ad-publishing/facebook/ad-accounts/{adAccountId}"):
        "test_accounts.py::test_an_ad_account_reads_with_its_time_zone",
    ("DELETE", "/ad-publishing/facebook/ad-accounts/{adAccountId}"):
        "test_accounts.py::test_deleting_the_ad_account_disconnects_it_from_the_integration",
    ("GET", "/ad-publishing/facebook/pixels"): PIXELS,
    ("PUT", "/ad-publishing/facebook/pixels"): PIXELS,
}
UNWALKED: dict[tuple[str, str, str], str] = {
    ("ad-manager.json", method, path): NEEDS_FACEBOOK + test for (method, path), test in EXERCISED_BY.items()}
