"""The tables the Locations area keeps in each location's tenant (beside ``service.CUSTOM_FIELDS``)."""

from __future__ import annotations

TAGS = "locationTags"
CUSTOM_VALUES = "customValues"
RECURRING_TASKS = "recurringTasks"
TEMPLATES = "locationTemplates"
UPLOADS = "customFieldUploads"
# One record per location: what PUT /locations/{id}/permissions set (v3).
PERMISSION_SETS = "locationPermissions"
# One record per location: the messaging providers its twilio/mailgun settings configured.
PROVIDERS = "locationProviders"
