"""The Email Verification area's tables (each a table of the location's tenant)."""

# What the verifier answers for an address, set by the control plane (id: the address, lowercased).
OUTCOMES = "emailVerificationOutcomes"
# Whether verification is set up for the location (one record, id SETTINGS, only once the control plane sets it).
SETTINGS = "emailVerificationSettings"
SETTINGS_ID = "settings"
# Every verification made: GHL bills each one to the location (or its agency's wallet).
VERIFICATIONS = "emailVerifications"
