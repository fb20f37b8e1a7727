"""A location's voice AI agents: who answers its calls, how, and on which number.

GHL fills in what a new agent is not given (only ``locationId`` is required), so every agent reads back whole.
An agent's number must be one the location owns, and answers for that agent only; the workflows it starts when
a call ends must exist. Deleting an agent deletes its actions (a cascade) and keeps its call logs, which then
read ``isAgentDeleted: true``.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.formats import iso_z
from mock_server.apis.phone_system.tables import NUMBER_POOLS, PHONE_NUMBERS
from mock_server.apis.voice_ai.tables import ACTIONS, AGENTS
from mock_server.apis.workflows.service import WORKFLOWS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's defaults for an agent created with only its location are not documented; these are the
# values its UI starts a new agent with where known (English, medium patience, 5-minute calls, idle reminders
# after 8 s), the location's name and time zone otherwise.
DEFAULT_VOICE_ID = "voice-en-us-female-1"
DEFAULTS: dict[str, Any] = {
    "agentPrompt": "", "voiceId": DEFAULT_VOICE_ID, "language": "en-US", "patienceLevel": "medium",
    "maxCallDuration": 300, "sendUserIdleReminders": True, "reminderAfterIdleTimeSeconds": 8,
    "isAgentAsBackupDisabled": False, "callEndWorkflowIds": [],
}
DEFAULT_TIMEZONE = "America/New_York"
# DECISION: GHL's texts for these refusals are not known.
NUMBER_NOT_OWNED = "Phone number {number} does not belong to this location"
NUMBER_TAKEN = "Phone number {number} is already assigned to agent {agent}"
POOL_NOT_FOUND = "Number pool {id} not found"
TIMES_INVERTED = "agentWorkingHours.{day}: an interval must end after it starts"


def create_agent(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    location = tenant.require("locations", tenant.location_id)
    business = location.get("name") or "My Business"
    now = iso_z(tenant.now())
    agent = {**DEFAULTS, "agentName": f"{business} Agent"[:40], "businessName": business,
             "welcomeMessage": f"Hi, thanks for calling {business}. How can I help you today?"[:190],
             "timezone": location.get("timezone") or DEFAULT_TIMEZONE, **_given(fields),
             "id": tenant.new_id(), "locationId": tenant.location_id, "createdAt": now, "updatedAt": now}
    return _save(tenant, agent)


def get_agent(tenant: Tenant, agent_id: str) -> dict[str, Any]:
    return tenant.require(AGENTS, agent_id)


def patch_agent(tenant: Tenant, agent_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    agent = {**get_agent(tenant, agent_id), **_given(changes), "updatedAt": iso_z(tenant.now())}
    return _save(tenant, agent)


def delete_agent(tenant: Tenant, agent_id: str) -> None:
    get_agent(tenant, agent_id)
    tenant.delete(AGENTS, agent_id)


def list_agents(tenant: Tenant, *, query: str | None, page: float, page_size: float) -> dict[str, Any]:
    """The agents whose name contains ``query`` (any case), newest first, a page of them with their actions."""
    needle = (query or "").casefold()
    found = [a for a in tenant.store.scan(AGENTS) if needle in a["agentName"].casefold()]
    # Newest first; agents made in the same millisecond, the later-made first (the store keeps insertion order).
    found = [agent for _, agent in sorted(enumerate(found), key=lambda pair: (pair[1]["createdAt"], pair[0]),
                                             reverse=True)]
    start = int((page - 1) * page_size)
    return {"total": len(found), "page": page, "pageSize": page_size,
            "agents": [view(tenant, agent) for agent in found[start:start + int(page_size)]]}


def view(tenant: Tenant, agent: dict[str, Any], *, with_actions: bool = True) -> dict[str, Any]:
    """The agent as GHL answers it; reads (get, list) carry its actions, writes do not."""
    shown = {key: value for key, value in agent.items() if key not in ("createdAt", "updatedAt")}
    if with_actions:
        actions = sorted(tenant.store.find(ACTIONS, "agentId", agent["id"]), key=lambda a: a["createdAt"])
        shown["actions"] = [action_view(action) for action in actions]
    return shown


def action_view(action: dict[str, Any]) -> dict[str, Any]:
    """An action as GHL answers it, alone or in its agent's ``actions``."""
    return {key: action[key] for key in ("id", "actionType", "name", "actionParameters")}


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in without_nulls(fields).items() if key != "locationId"}


def without_nulls(value: Any) -> Any:
    """``value`` without its null fields, at any depth.

    DECISION: a null is a field not sent (the file declares none nullable), on create as on update."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def _save(tenant: Tenant, agent: dict[str, Any]) -> dict[str, Any]:
    """Check what the agent names (number, pool, workflows, hours), then store it."""
    number = agent.get("inboundNumber")
    if number:
        if not tenant.store.find(PHONE_NUMBERS, "phoneNumber", number):
            raise BadRequest(NUMBER_NOT_OWNED.format(number=number))
        holder = next((a for a in tenant.store.find(AGENTS, "inboundNumber", number) if a["id"] != agent["id"]), None)
        if holder is not None:
            raise BadRequest(NUMBER_TAKEN.format(number=number, agent=holder["id"]))
    if agent.get("numberPoolId") and tenant.store.get(NUMBER_POOLS, agent["numberPoolId"]) is None:
        raise BadRequest(POOL_NOT_FOUND.format(id=agent["numberPoolId"]))
    for workflow_id in agent.get("callEndWorkflowIds") or ():
        tenant.require(WORKFLOWS, workflow_id)
    for day in agent.get("agentWorkingHours") or ():
        for interval in day["intervals"]:
            if (interval["endHour"], interval["endMinute"]) <= (interval["startHour"], interval["startMinute"]):
                raise BadRequest(TIMES_INVERTED.format(day=day["dayOfTheWeek"]))
    return tenant.store.put(AGENTS, agent)
