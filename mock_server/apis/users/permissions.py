"""A user's permission flags: plain data the models and the domain share (the domain writes the sandbox's
admin user at start-up, before the models are imported)."""

from __future__ import annotations

# The permission flags and GHL's default for each (true unless listed off).
PERMISSION_DEFAULTS: dict[str, bool] = {
    name: name not in {"campaignsReadOnly", "workflowsReadOnly", "websitesEnabled", "assignedDataOnly",
                       "adwordsReportingEnabled", "membershipEnabled", "facebookAdsReportingEnabled",
                       "attributionsReportingEnabled", "botService"}
    for name in (
        "campaignsEnabled", "campaignsReadOnly", "contactsEnabled", "workflowsEnabled", "workflowsReadOnly",
        "triggersEnabled", "funnelsEnabled", "websitesEnabled", "opportunitiesEnabled", "dashboardStatsEnabled",
        "bulkRequestsEnabled", "appointmentsEnabled", "reviewsEnabled", "onlineListingsEnabled",
        "phoneCallEnabled", "conversationsEnabled", "assignedDataOnly", "adwordsReportingEnabled",
        "membershipEnabled", "facebookAdsReportingEnabled", "attributionsReportingEnabled", "settingsEnabled",
        "tagsEnabled", "leadValueEnabled", "marketingEnabled", "agentReportingEnabled", "botService",
        "socialPlanner", "bloggingEnabled", "invoiceEnabled", "affiliateManagerEnabled", "contentAiEnabled",
        "refundsEnabled", "recordPaymentEnabled", "cancelSubscriptionEnabled", "paymentsEnabled",
        "communitiesEnabled", "exportPaymentsEnabled",
    )
}
