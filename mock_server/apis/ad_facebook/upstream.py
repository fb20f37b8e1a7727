"""Where the Facebook integration area differs from ad-manager.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py). ad-manager.json
declares no success schema for any of these operations, so the walk validates statuses and requests only.
"""

from __future__ import annotations

ALLOWLIST = ()

FILE = "ad-manager.json"
TESTS = "tests/apis/ad_facebook/"
TENANT_DELETE = ("the walk deletes only records it created, and the integration and its pages are the location's own "
                 "(named by locationId alone); exercised by ")
SEEDED_RECORD = ("the walk writes only on records it created, and a Facebook page or ad account comes from the "
                 "connection seed (GHL receives them from Facebook); exercised by ")
UNWALKED: dict[tuple[str, str, str], str] = {
    (FILE, "DELETE", "/ad-publishing/facebook/integration"):
        TENANT_DELETE + TESTS + "test_integration.py::test_integration_lifecycle",
    (FILE, "DELETE", "/ad-publishing/facebook/page"):
        TENANT_DELETE + TESTS + "test_integration.py::test_pages_say_which_are_connected_and_the_default",
    (FILE, "POST", "/ad-publishing/facebook/page/{pageId}/forms"):
        SEEDED_RECORD + TESTS + "test_lead_forms.py::test_a_published_form_is_listed_and_read_as_meta_defines_it",
    (FILE, "DELETE", "/ad-publishing/facebook/ad-accounts/{adAccountId}"):
        SEEDED_RECORD + TESTS + "test_accounts.py::test_deleting_the_ad_account_disconnects_it_from_the_integration",
}
