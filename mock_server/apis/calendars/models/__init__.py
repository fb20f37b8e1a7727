"""Request and response models of calendars.json, one module per resource, GHL field names verbatim."""
