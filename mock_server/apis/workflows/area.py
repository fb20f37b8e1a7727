"""The Workflows area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.workflows import routes, service
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "workflows",
    serves="Workflows (seeded, listed)",
    apis=(routes.api,),
    tables=(Table(service.WORKFLOWS, not_found=BadRequest(service.WORKFLOW_NOT_FOUND)),),
    seeds=(Seed("POST", "/locations/{locationId}/workflows", service.seed_workflow, body=service.AutomationSeed,
                doc='`{"name","status"}` (status `published` unless `draft`): seed a workflow, which GHL\'s API '
                    'only lists (contacts enroll in it)'),),
    contract_seeds=(ContractSeed("/locations/{locationId}/workflows",
                                 {"name": "Contract workflows", "status": "published"}, {"workflowId": "id"}),),
)
