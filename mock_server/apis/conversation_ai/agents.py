"""A location's AI agents (GHL's "employees"): who answers its conversations, how and from which knowledge.

DECISION: the first agent of a location is its primary one (the file: "First agent created for a location is
primary by default"), and a location has one primary agent: making another primary makes the former not.
DECISION: an update changes only the fields sent (the file requires ``autoPilotMaxMessages`` on it, and the
mock requires it as the file does). DECISION: an agent's knowledge bases must be the location's (400 with
the knowledge-base area's text); deleting a knowledge base takes it off the agents naming it (``area.py``).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.conversation_ai.tables import ACTIONS, AGENTS
from mock_server.apis.knowledge_base.tables import KNOWLEDGE_BASES
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

# The file's defaults (CreateEmployeeDto).
DEFAULTS = {"mode": "off", "channels": [], "isPrimary": False, "waitTime": 2, "waitTimeUnit": "seconds",
            "sleepEnabled": False, "autoPilotMaxMessages": 75, "knowledgeBaseIds": [], "respondToImages": False,
            "respondToAudio": False}
# The file's maxima ("max 5 for minutes, 300 for seconds"; "max 2880 for minutes, 172800 for seconds, 48 for hours").
MAX_WAIT = {"minutes": 5, "seconds": 300}
MAX_SLEEP = {"minutes": 2880, "seconds": 172800, "hours": 48}
# DECISION: GHL's texts for these refusals are not known; they are class-validator-like.
WAIT_TOO_LONG = "waitTime must not be greater than {max} {unit}"
SLEEP_TOO_LONG = "sleepTime must not be greater than {max} {unit}"
MODE_FOR_PRIMARY = "mode is required when isPrimary is true"
UNKNOWN_CURSOR = "startAfter is not an agent of this location"


def create(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    now = iso_z(tenant.now())
    first = tenant.store.count(AGENTS) == 0
    agent = {**DEFAULTS, "isPrimary": first, **_given(fields), "id": tenant.new_id(),
             "locationId": tenant.location_id, "createdAt": now, "updatedAt": now}
    return _save(tenant, agent)


def get(tenant: Tenant, agent_id: str) -> dict[str, Any]:
    return tenant.require(AGENTS, agent_id)


def update(tenant: Tenant, agent_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    changes = _given(changes)
    if changes.get("isPrimary") and "mode" not in changes:
        raise Unprocessable([MODE_FOR_PRIMARY])
    agent = get(tenant, agent_id)
    return _save(tenant, {**agent, **changes, "updatedAt": iso_z(tenant.now())})


def delete(tenant: Tenant, agent_id: str) -> None:
    get(tenant, agent_id)
    tenant.delete(AGENTS, agent_id)  # its actions go with it (area.py)


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    # DECISION: a null is a field not sent, except sleepTime/sleepTimeUnit, whose null the file says means
    # "sleep indefinitely".
    return {key: value for key, value in fields.items()
            if value is not None or key in ("sleepTime", "sleepTimeUnit")}


def _save(tenant: Tenant, agent: dict[str, Any]) -> dict[str, Any]:
    problems = []
    wait_unit = agent["waitTimeUnit"]
    if agent["waitTime"] > MAX_WAIT[wait_unit]:
        problems.append(WAIT_TOO_LONG.format(max=MAX_WAIT[wait_unit], unit=wait_unit))
    sleep_unit, sleep = agent.get("sleepTimeUnit"), agent.get("sleepTime")
    if sleep is not None and sleep_unit and sleep > MAX_SLEEP[sleep_unit]:
        problems.append(SLEEP_TOO_LONG.format(max=MAX_SLEEP[sleep_unit], unit=sleep_unit))
    if problems:
        raise Unprocessable(problems)
    for base_id in agent["knowledgeBaseIds"]:
        tenant.require(KNOWLEDGE_BASES, base_id)
    agent["knowledgeBaseIds"] = list(dict.fromkeys(agent["knowledgeBaseIds"]))
    if agent["isPrimary"]:
        for other in tenant.store.find(AGENTS, "isPrimary", True):
            if other["id"] != agent["id"]:
                tenant.store.put(AGENTS, {**other, "isPrimary": False})
    return tenant.store.put(AGENTS, agent)


def view(tenant: Tenant, agent: dict[str, Any]) -> dict[str, Any]:
    """An agent as GHL answers it: its actions by id and type."""
    actions = [{"id": action["id"], "type": action["type"]} for action in tenant.store.find(ACTIONS, "agentId",
                                                                                               agent["id"])]
    # DECISION: a stored null sleepTime/sleepTimeUnit ("sleep indefinitely") is left out of the answer: the
    # file's answer schema types both as non-null, and clients read a missing key as unset.
    shown = {key: value for key, value in agent.items()
             if value is not None or key not in ("sleepTime", "sleepTimeUnit")}
    return {**shown, "actions": actions}


def search(tenant: Tenant, *, query: str | None, limit: float, start_after: str | None) -> dict[str, Any]:
    """The agents whose name contains ``query`` (any case), oldest first, after the agent ``startAfter`` names;
    ``totalCount`` counts the location's agents, ``count`` this page's."""
    agents = tenant.store.scan(AGENTS)
    needle = (query or "").lower()
    found = [agent for agent in agents if needle in agent["name"].lower()]
    start = 0
    if start_after:
        ids = [agent["id"] for agent in found]
        if start_after not in ids:
            raise BadRequest(UNKNOWN_CURSOR)
        start = ids.index(start_after) + 1
    page = [_list_item(tenant, agent) for agent in found[start:start + int(limit)]]
    return {"agents": page, "totalCount": len(agents), "count": len(page)}


def _list_item(tenant: Tenant, agent: dict[str, Any]) -> dict[str, Any]:
    # The listing spells the goal as an object (the file's EmployeeListItemDTO): a custom prompt.
    item = view(tenant, agent)
    item["goal"] = {"prompt": agent.get("goal", ""), "type": "custom", "actionId": None}
    for key in ("personality", "instructions", "respondToImages", "respondToAudio"):
        item.pop(key, None)
    return item


def forget_knowledge_bases(tenant: Tenant, base_ids: list[str]) -> None:
    """Cascade: deleted knowledge bases leave the agents that answered from them."""
    gone = set(base_ids)
    for base_id in base_ids:
        for agent in tenant.store.find(AGENTS, "knowledgeBaseIds", base_id):
            kept = [kept_id for kept_id in agent["knowledgeBaseIds"] if kept_id not in gone]
            tenant.store.put(AGENTS, {**agent, "knowledgeBaseIds": kept})
