"""The Opportunities area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.custom_fields.tables import CUSTOM_FIELDS
from mock_server.apis.opportunities import events, pipelines, records, routes
from mock_server.apis.opportunities.tables import LOST_REASONS, OPPORTUNITIES, PIPELINES
from mock_server.platform.area import Area, Cascade, ContractSeed, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "opportunities",
    serves="Opportunities: records, status, upsert, followers, search, pipelines, lost reasons",
    apis=(routes.api,),
    tables=(
        Table(OPPORTUNITIES, indexes=("contactId",), not_found=BadRequest(records.OPPORTUNITY_NOT_FOUND)),
        Table(PIPELINES, not_found=BadRequest(pipelines.PIPELINE_NOT_FOUND)),
        Table(LOST_REASONS, not_found=BadRequest(pipelines.LOST_REASON_NOT_FOUND)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/pipelines", pipelines.seed_pipeline, body=pipelines.PipelineSeed,
             doc='`{"name","stages":[{"name"},...]}`: seed an opportunity pipeline; answers its id and its stages\' '
                 "ids"),
        Seed("POST", "/locations/{locationId}/lost-reasons", pipelines.seed_lost_reason,
             body=pipelines.LostReasonSeed,
             doc='`{"name"}`: seed a lost reason (GHL\'s API only lists pipelines and lost reasons)'),
    ),
    cascades=(
        # DECISION: GHL deletes a contact's opportunities with it: none is left naming a contact that cannot be read.
        delete_children(CONTACTS, OPPORTUNITIES, "contactId"),
        Cascade(CUSTOM_FIELDS, records.forget_custom_fields,
                "deleting a custom field removes its values from every opportunity"),
    ),
    factories="mock_server.apis.opportunities.factories:OpportunityFactories",
    demo="mock_server.apis.opportunities.demo:load",
    contract_seeds=(
        # Opportunities need a pipeline, a stage of it and (to mark one lost) a lost reason: GHL only lists those.
        ContractSeed("/locations/{locationId}/pipelines",
                     {"name": "Contract pipeline", "stages": [{"name": "First"}, {"name": "Second"}]},
                     {"pipelineId": "id", "pipelineStageId": "stages.0.id", "pipelineSecondStageId": "stages.1.id"}),
        ContractSeed("/locations/{locationId}/lost-reasons", {"name": "Contract lost reason"},
                     {"lostReasonId": "id"}),
    ),
    upstream_allowlist="mock_server.apis.opportunities.upstream",
    events=events.EVENTS,
)
