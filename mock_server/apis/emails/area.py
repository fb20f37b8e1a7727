"""The E-mails area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.emails import (
    bulk_actions,
    campaign_routes,  # noqa: F401 - importing it declares its operations on v3_api
    routes,
    schedules,
    tables,
    template_routes,  # noqa: F401 - likewise
    v3_api,
    workflow_campaigns,
)
from mock_server.apis.files.tables import STORED_FILES
from mock_server.platform.area import Area, ContractSeed, Seed, Table, delete_children
from mock_server.platform.errors import NotFound

area = Area(
    "emails",
    serves=("E-mail builder templates (create, save content, list, delete, folders) and e-mail schedules (seeded, "
            "listed); v3: the same templates and folders (content served back), the schedules as e-mail "
            "campaigns (drafted, edited, scheduled and sent on the mock clock), their bulk actions, workflow "
            "campaigns (seeded) and delivery stats"),
    apis=(routes.api, v3_api.api),
    tables=(Table(tables.TEMPLATES, indexes=("parentId",), not_found=NotFound(tables.TEMPLATE_NOT_FOUND)),
            Table(tables.SCHEDULES, indexes=("parentId",), not_found=NotFound(tables.SCHEDULE_NOT_FOUND)),
            Table(tables.BULK_ACTIONS, not_found=NotFound(tables.CAMPAIGN_NOT_FOUND)),
            Table(tables.WORKFLOW_CAMPAIGNS, not_found=NotFound(tables.CAMPAIGN_NOT_FOUND))),
    seeds=(Seed("POST", "/locations/{locationId}/email-schedules", schedules.seed_schedule, body=schedules.ScheduleSeed,
                doc='`{"name"}` (`status`, `emailStatus`, `templateId`, `parentId`, `campaignType` ... optional): '
                    "seed an e-mail schedule (campaign), which GHL's API only lists"),
           Seed("POST", "/locations/{locationId}/email-bulk-actions", bulk_actions.seed, body=bulk_actions.BulkActionSeed,
                doc='`{"name"}` (`status`, `scheduleType`, `subject`, `fromName`, `fromEmail`, `templateId`, `stats` '
                    "optional): seed a bulk-action e-mail send, which GHL's UI makes from a contact list"),
           Seed("POST", "/locations/{locationId}/email-workflow-campaigns", workflow_campaigns.seed,
                body=workflow_campaigns.WorkflowCampaignSeed,
                doc='`{"workflowId", "steps": [{"name", "subject", "fromName", "fromEmail", "html", "stats"}]}`: '
                    "seed a workflow's e-mail campaign (its steps and their counters), which GHL's workflow "
                    "builder makes")),
    cascades=(delete_children(tables.TEMPLATES, tables.TEMPLATES, "parentId",
                              "deleting a template folder deletes the templates in it"),
              delete_children(tables.TEMPLATES, STORED_FILES, "ownerId", "and a template's stored content"),
              delete_children(tables.SCHEDULES, STORED_FILES, "ownerId", "and a campaign's"),
              delete_children(tables.WORKFLOW_CAMPAIGNS, STORED_FILES, "ownerId", "and its steps'")),
    contract_seeds=(ContractSeed("/locations/{locationId}/email-schedules", {"name": "Contract schedule"},
                                 {"scheduleId": "id"}),
                    ContractSeed("/locations/{locationId}/email-bulk-actions", {"name": "Contract bulk send"},
                                 {"bulkActionId": "id"}),
                    ContractSeed("/locations/{locationId}/email-workflow-campaigns", {"workflowId": "{workflowId}"},
                                 {"workflowCampaignId": "id"})),
    factories="mock_server.apis.emails.factories:EmailFactories",
    demo="mock_server.apis.emails.demo:load",
    upstream_allowlist="mock_server.apis.emails.upstream",
)
