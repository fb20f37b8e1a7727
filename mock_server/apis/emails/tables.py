"""The tables the E-mails area keeps in each location's tenant, and what GHL answers for an unknown id."""

TEMPLATES = "emailTemplates"
SCHEDULES = "emailSchedules"
# DECISION: GHL's text for an unknown template is not known; emails.json declares a 404 for each builder
# operation, so an unknown template is a 404 with this text.
TEMPLATE_NOT_FOUND = "Template not found"
SCHEDULE_NOT_FOUND = "Schedule not found"
