"""The Businesses API (businesses.json): companies contacts belong to (``contact.businessId``)."""
