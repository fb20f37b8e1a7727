"""The Store area's tables: their names, and what GHL answers for an unknown id."""

ZONES = "shippingZones"
RATES = "shippingRates"
CARRIERS = "shippingCarriers"
SETTINGS = "storeSettings"

# DECISION: GHL's texts for unknown ids are not known; these name the record and its id.
ZONE_NOT_FOUND = "Shipping zone with id {id} not found"
RATE_NOT_FOUND = "Shipping rate with id {id} not found"
CARRIER_NOT_FOUND = "Shipping carrier with id {id} not found"
SETTINGS_NOT_FOUND = "Store settings not found for this location"
