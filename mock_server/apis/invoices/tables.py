"""The invoices area's tables: their names, and what GHL answers for an unknown id."""

INVOICE_TEMPLATES = "invoiceTemplates"
# DECISION: GHL's text for an unknown template is not known.
TEMPLATE_NOT_FOUND = "Template not found"
INVOICE_SCHEDULES = "invoiceSchedules"
# DECISION: GHL's text for an unknown schedule is not known.
SCHEDULE_NOT_FOUND = "Schedule not found"
INVOICES = "invoices"
# DECISION: GHL's text for an unknown invoice is not known.
INVOICE_NOT_FOUND = "Invoice not found"
ESTIMATES = "estimates"
# DECISION: GHL's text for an unknown estimate is not known.
ESTIMATE_NOT_FOUND = "Estimate not found"
ESTIMATE_TEMPLATES = "estimateTemplates"
# Per-location invoice and estimate settings and number counters (one record per location).
INVOICE_SETTINGS = "invoiceSettings"
