"""The E-mails area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.emails import routes, schedules, tables
from mock_server.platform.area import Area, ContractSeed, Seed, Table, delete_children
from mock_server.platform.errors import NotFound

area = Area(
    "emails",
    serves=("E-mail builder templates (create, save content, list, delete, folders) and e-mail schedules (seeded, "
            "listed)"),
    apis=(routes.api,),
    tables=(Table(tables.TEMPLATES, indexes=("parentId",), not_found=NotFound(tables.TEMPLATE_NOT_FOUND)),
            Table(tables.SCHEDULES, indexes=("parentId",), not_found=NotFound(tables.SCHEDULE_NOT_FOUND))),
    seeds=(Seed("POST", "/locations/{locationId}/email-schedules", schedules.seed_schedule, body=schedules.ScheduleSeed,
                doc='`{"name"}` (`status`, `emailStatus`, `templateId`, `parentId`, `campaignType` ... optional): '
                    "seed an e-mail schedule (campaign), which GHL's API only lists"),),
    cascades=(delete_children(tables.TEMPLATES, tables.TEMPLATES, "parentId",
                              "deleting a template folder deletes the templates in it"),),
    contract_seeds=(ContractSeed("/locations/{locationId}/email-schedules", {"name": "Contract schedule"},
                                 {"scheduleId": "id"}),),
    factories="mock_server.apis.emails.factories:EmailFactories",
    demo="mock_server.apis.emails.demo:load",
    upstream_allowlist="mock_server.apis.emails.upstream",
)
