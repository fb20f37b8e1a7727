"""Where the Google Ads area differs from ad-manager.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

_TESTS = "tests/apis/ad_google"
UNWALKED: dict[tuple[str, str, str], str] = {
    ("ad-manager.json", "GET", "/ad-publishing/google/reporting/campaign/{campaignId}"): (
        f"no operation lists the campaigns by a path the walk knows (``PUT /ads`` drafts one, ``/entity`` lists them "
        f"with a query): validated by {_TESTS}/test_reporting.py::"
        "test_figures_run_from_publishing_to_pausing_and_agree_across_reports"),
    ("ad-manager.json", "GET", "/ad-publishing/google/ads/{adId}"): (
        f"as the campaign report: validated by {_TESTS}/test_campaigns.py::"
        "test_a_draft_is_stored_with_ids_for_its_groups_and_ads"),
    ("ad-manager.json", "POST", "/ad-publishing/google/ads/{adId}/publish"): (
        f"as the campaign report: validated by {_TESTS}/test_campaigns.py::"
        "test_a_published_campaign_is_in_the_account_and_changes_wait_for_the_next_publish"),
    ("ad-manager.json", "DELETE", "/ad-publishing/google/ad-accounts/{adAccountId}"): (
        "the ad accounts are Google's (the control plane seeds them) and the walk deletes only what it created: "
        f"validated by {_TESTS}/test_accounts.py::test_removing_the_integrated_account_ends_the_integration"),
    ("ad-manager.json", "POST", "/ad-publishing/google/segments/offline-user-list-job"): (
        "it uploads to a customer-match list, which the walk's segment (its first type, a custom segment) is not: "
        f"validated by {_TESTS}/test_segments.py::test_uploading_contacts_sizes_the_customer_match_list"),
}
_UPSERTED = ("its records are made by a PUT upsert on the collection (no POST), which the walk does not create "
             "through, and the walk's reference starts with none: validated by ")
UNWALKED.update({
    ("ad-manager.json", "GET", "/ad-publishing/google/conversions/{conversionId}"):
        _UPSERTED + f"{_TESTS}/test_conversions.py::test_conversion_lifecycle",
    ("ad-manager.json", "DELETE", "/ad-publishing/google/conversions/{conversionId}"):
        _UPSERTED + f"{_TESTS}/test_conversions.py::test_conversion_lifecycle",
    ("ad-manager.json", "GET", "/ad-publishing/google/segments/{segmentId}"):
        _UPSERTED + f"{_TESTS}/test_segments.py::test_a_custom_segment_is_stored_listed_changed_and_deleted",
    ("ad-manager.json", "DELETE", "/ad-publishing/google/segments/{segmentId}"):
        _UPSERTED + f"{_TESTS}/test_segments.py::test_a_custom_segment_is_stored_listed_changed_and_deleted",
    ("ad-manager.json", "GET", "/ad-publishing/google/audiences/{audienceId}"):
        _UPSERTED + f"{_TESTS}/test_audiences.py::test_an_audience_is_stored_listed_and_changed_by_its_resource_name",
})

# DECISION: no contract seed connects the walk's location to Google: the reference mock would then answer these
# with success where any target not connected to Google (a second mock, a GHL account without the integration)
# refuses them, and verify would report the difference as a mismatch.
_CONNECTED = ("it needs the location connected to Google (the control plane's google-ads/connection seed, GHL's "
              "UI), which the walk does not do: validated by ")
UNWALKED.update({("ad-manager.json", method, f"/ad-publishing/google{path}"): _CONNECTED + f"{_TESTS}/{test}"
                 for method, path, test in (
    ("GET", "/me", "test_accounts.py::test_the_seeded_user_and_accounts_are_what_the_api_reads"),
    ("GET", "/ad-accounts/{adAccountId}", "test_accounts.py::test_the_seeded_user_and_accounts_are_what_the_api_reads"),
    ("GET", "/integration", "test_accounts.py::test_the_integration_picks_an_account_through_itself_or_its_manager"),
    ("POST", "/integration", "test_accounts.py::test_the_integration_picks_an_account_through_itself_or_its_manager"),
    ("PUT", "/conversions", "test_conversions.py::test_conversion_lifecycle"),
    ("POST", "/assets", "test_assets.py::test_assets_are_stored_listed_by_type_and_changed_by_resource_name"),
    ("PUT", "/segments", "test_segments.py::test_a_custom_segment_is_stored_listed_changed_and_deleted"),
    ("PUT", "/audiences", "test_audiences.py::test_an_audience_is_stored_listed_and_changed_by_its_resource_name"))})
