"""The tables the E-mails area keeps in each location's tenant, and what GHL answers for an unknown id."""

TEMPLATES = "emailTemplates"  # the builder's templates and folders, v2's and v3's alike (templates_v3.py)
SCHEDULES = "emailSchedules"  # v2's schedules are v3's e-mail campaigns (campaigns.py)
BULK_ACTIONS = "emailBulkActions"  # the sends of scheduled campaigns, and seeded ones (bulk_actions.py)
WORKFLOW_CAMPAIGNS = "emailWorkflowCampaigns"  # a workflow's e-mail steps, seeded (workflow_campaigns.py)
# DECISION: GHL's text for an unknown template is not known; emails.json declares a 404 for each builder
# operation, so an unknown template is a 404 with this text. Likewise (emails-v3.json declares 404s) below.
TEMPLATE_NOT_FOUND = "Template not found"
SCHEDULE_NOT_FOUND = "Schedule not found"
CAMPAIGN_NOT_FOUND = "Campaign not found"
