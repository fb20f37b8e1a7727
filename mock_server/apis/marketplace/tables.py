"""The Marketplace area's tables: their names, and what GHL answers for an unknown id."""

CHARGES = "marketplaceCharges"
WALLETS = "marketplaceWallets"  # one record per location (id WALLET), only once the control plane sets it
REBILLING = "marketplaceRebillingConfigs"  # per location, keyed by the app's id
CONNECTIONS = "marketplaceExternalAuthConnections"  # per location

WALLET = "wallet"
# The official file's example for an unknown charge (deleteCharge and getSpecificCharge, 404).
CHARGE_NOT_FOUND = "Charge not found"
