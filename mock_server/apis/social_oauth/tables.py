"""The Social OAuth area's tables: their names, and what GHL answers for an unknown id."""

# The OAuth connections GHL keeps once a platform's consent comes back (the ``accountId`` of the paths), and
# the starts waiting for their consent (keyed by the OAuth ``state``).
OAUTH_ACCOUNTS = "socialOAuthAccounts"
OAUTH_STARTS = "socialOAuthStarts"

# DECISION: GHL's text for an unknown OAuth account id is not known; the mock's usual "<Thing> not found".
OAUTH_ACCOUNT_NOT_FOUND = "OAuth account not found"
