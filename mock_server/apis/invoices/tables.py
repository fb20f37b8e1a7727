"""The Estimate area's tables: their names, and what GHL answers for an unknown id."""

TEMPLATES = "templates"
# DECISION: GHL's text for an unknown template is not known.
TEMPLATE_NOT_FOUND = "Template not found"
SCHEDULES = "schedules"
# DECISION: GHL's text for an unknown schedule is not known.
SCHEDULE_NOT_FOUND = "Schedule not found"
INVOICES = "invoices"
# DECISION: GHL's text for an unknown invoice is not known.
INVOICE_NOT_FOUND = "Invoice not found"
ESTIMATES = "estimates"
# DECISION: GHL's text for an unknown estimate is not known.
ESTIMATE_NOT_FOUND = "Estimate not found"
