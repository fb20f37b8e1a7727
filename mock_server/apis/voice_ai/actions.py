"""What a voice agent may do during a call: transfer it, book an appointment, send an SMS, start a workflow ...

Each action belongs to one agent of the location and goes with it. Its ``actionParameters`` must be the ones
its ``actionType`` takes (the file types them as any of eight shapes), and the records they name must exist
in the location: the workflow it starts, the calendar it books in, the contact field it fills.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars.tables import CALENDARS
from mock_server.apis.custom_fields.tables import CUSTOM_FIELDS
from mock_server.apis.formats import iso_z
from mock_server.apis.voice_ai import agents
from mock_server.apis.voice_ai.tables import ACTIONS
from mock_server.apis.workflows.service import WORKFLOWS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

_TRIGGER = ("triggerPrompt", "triggerMessage")
_EXTRACTION = ({"contactFieldId", "description", "examples"}, {"overwriteExistingValue"})
# actionType -> (the parameters it requires, those it may take besides)
PARAMETERS: dict[str, tuple[set[str], set[str]]] = {
    "CALL_TRANSFER": ({*_TRIGGER, "transferToType", "transferToValue"}, {"hearWhisperMessage"}),
    "DATA_EXTRACTION": _EXTRACTION,
    "IN_CALL_DATA_EXTRACTION": _EXTRACTION,
    "WORKFLOW_TRIGGER": ({*_TRIGGER, "workflowId"}, set()),
    "SMS": ({*_TRIGGER, "messageBody"}, set()),
    "APPOINTMENT_BOOKING": ({"calendarId", "daysOfOfferingDates", "slotsPerDay", "hoursBetweenSlots"}, set()),
    "CUSTOM_ACTION": ({*_TRIGGER, "apiDetails"}, {"selectedPaths"}),
    "KNOWLEDGE_BASE": ({"triggerPrompt", "knowledgeBaseId"}, set()),
}
# The records a parameter names, by the table that holds them (each table's own not-found error answers).
REFERENCES = {"workflowId": WORKFLOWS, "calendarId": CALENDARS, "contactFieldId": CUSTOM_FIELDS}
MAX_EXAMPLES = 5  # the file's prose: at least one example, at most five

# DECISION: GHL's texts for these refusals are not known; 422 lists them as its DTO validation does.
WRONG_PARAMETERS = "actionParameters must be the parameters of a {type} action"
EXAMPLES_COUNT = f"actionParameters.examples must contain between 1 and {MAX_EXAMPLES} elements"
OTHER_AGENT = "Action {id} does not belong to agent {agent}"


def create_action(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    fields = agents.without_nulls(fields)
    agents.get_agent(tenant, fields["agentId"])
    _check(tenant, fields["actionType"], fields["actionParameters"])
    action = {"id": tenant.new_id(), "agentId": fields["agentId"], "locationId": tenant.location_id,
              "actionType": fields["actionType"], "name": fields["name"],
              "actionParameters": fields["actionParameters"], "createdAt": iso_z(tenant.now())}
    return tenant.store.put(ACTIONS, action)


def get_action(tenant: Tenant, action_id: str) -> dict[str, Any]:
    return tenant.require(ACTIONS, action_id)


def update_action(tenant: Tenant, action_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """PUT: the action becomes what was sent (its type and parameters included); it stays with its agent."""
    fields = agents.without_nulls(fields)
    action = _of_agent(tenant, action_id, fields["agentId"])
    _check(tenant, fields["actionType"], fields["actionParameters"])
    action.update(actionType=fields["actionType"], name=fields["name"], actionParameters=fields["actionParameters"])
    return tenant.store.put(ACTIONS, action)


def delete_action(tenant: Tenant, action_id: str, agent_id: str) -> None:
    _of_agent(tenant, action_id, agent_id)
    tenant.delete(ACTIONS, action_id)


view = agents.action_view


def _of_agent(tenant: Tenant, action_id: str, agent_id: str) -> dict[str, Any]:
    agents.get_agent(tenant, agent_id)
    action = get_action(tenant, action_id)
    if action["agentId"] != agent_id:
        raise BadRequest(OTHER_AGENT.format(id=action_id, agent=agent_id))
    return action


def _check(tenant: Tenant, action_type: str, parameters: dict[str, Any]) -> None:
    required, optional = PARAMETERS[action_type]
    if not required <= parameters.keys() <= required | optional:
        raise Unprocessable([WRONG_PARAMETERS.format(type=action_type)])
    if "examples" in parameters and not 1 <= len(parameters["examples"]) <= MAX_EXAMPLES:
        raise Unprocessable([EXAMPLES_COUNT])
    for key, table in REFERENCES.items():
        if key in parameters:
            tenant.require(table, parameters[key])
