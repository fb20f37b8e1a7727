"""What an agent may do in a conversation (book, hand over, stop, follow up ...): its actions.

The rules are the file's, which states them in prose on each DTO ("required when ...", "cannot be true when
...", "minimum 2"); DECISION: they are refused with 422 and class-validator-like texts (GHL's are not known).
The records an action names (calendar, workflows, user, agent) must be the location's: 400 with their areas'
texts, as GHL answers unknown ids. DECISION: the contact field an ``updateContactField`` action names is not
checked: it may be a standard field, which no table holds.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.calendars.tables import CALENDARS
from mock_server.apis.conversation_ai.tables import ACTION_NOT_FOUND, ACTIONS, AGENTS
from mock_server.apis.users.service import USERS
from mock_server.apis.workflows.service import WORKFLOWS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

REQUIRED_WHEN = "{field} is required when {when}"
NOT_WITH = "{field} cannot be true when onlySendLink is true"
AT_LEAST_TWO = "{field} must contain at least 2 elements"
TOO_LONG = "followupSequence.{n}.followupTime must not be greater than {max} {unit}"
SELF_TRANSFER = "An agent cannot transfer to itself"
NOT_FOLLOWUP = "Action {id} is not an advanced followup action of this agent"
# The file's maxima for a followup step: "max: 60 minutes, 24 hours, or 180 days".
MAX_FOLLOWUP = {"minutes": 60, "hours": 24, "days": 180}


def create(tenant: Tenant, agent_id: str, body: dict[str, Any]) -> dict[str, Any]:
    tenant.require(AGENTS, agent_id)
    action = {"id": tenant.new_id(), "agentId": agent_id, **_checked(tenant, agent_id, body)}
    return tenant.store.put(ACTIONS, action)


def get(tenant: Tenant, agent_id: str, action_id: str) -> dict[str, Any]:
    tenant.require(AGENTS, agent_id)
    action = tenant.require(ACTIONS, action_id)
    if action["agentId"] != agent_id:
        raise BadRequest(ACTION_NOT_FOUND)
    return action


def of_agent(tenant: Tenant, agent_id: str) -> list[dict[str, Any]]:
    tenant.require(AGENTS, agent_id)
    return tenant.store.find(ACTIONS, "agentId", agent_id)


def update(tenant: Tenant, agent_id: str, action_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """The action replaced by ``body`` (the file sends the whole action again, its type included)."""
    action = get(tenant, agent_id, action_id)
    return tenant.store.put(ACTIONS, {"id": action["id"], "agentId": agent_id, **_checked(tenant, agent_id, body)})


def delete(tenant: Tenant, agent_id: str, action_id: str) -> None:
    get(tenant, agent_id, action_id)
    tenant.delete(ACTIONS, action_id)


def update_followup_settings(tenant: Tenant, agent_id: str, action_ids: list[str],
                             settings: dict[str, Any]) -> dict[str, Any]:
    """Set the followup settings of the agent's advanced-followup actions; answers the first of them.

    DECISION: the answer holds one action (the file's ``data`` is one ActionDataDTO): the first id's."""
    actions = [get(tenant, agent_id, action_id) for action_id in dict.fromkeys(action_ids)]
    wrong = [action["id"] for action in actions if action["type"] != "advancedFollowup"]
    if wrong or not actions:
        raise BadRequest(NOT_FOLLOWUP.format(id=(wrong or ["[]"])[0]))
    saved = [tenant.store.put(ACTIONS, {**action, "details": {**action["details"], "followupSettings": settings}})
             for action in actions]
    return saved[0]


def _checked(tenant: Tenant, agent_id: str, body: dict[str, Any]) -> dict[str, Any]:
    details = body["details"]
    problems = RULES[body["type"]](details)
    if problems:
        raise Unprocessable(problems)
    _names_known_records(tenant, agent_id, body["type"], details)
    return {"name": body["name"], "type": body["type"], "details": details}


def _required(details: dict[str, Any], when: str, *fields: str) -> list[str]:
    return [REQUIRED_WHEN.format(field=field, when=f"{when} is true") for field in fields
            if details.get(when) and details.get(field) in (None, "", [])]


def _two(details: dict[str, Any], field: str) -> list[str]:
    return [AT_LEAST_TWO.format(field=field)] if len(details.get(field) or []) < 2 else []


def _booking(d: dict[str, Any]) -> list[str]:
    problems = [NOT_WITH.format(field=field) for field in ("triggerWorkflow", "sleepAfterBooking", "transferBot",
                                                          "rescheduleEnabled", "cancelEnabled")
                if d["onlySendLink"] and d.get(field)]
    return problems + _required(d, "triggerWorkflow", "workflowIds") + \
        _required(d, "sleepAfterBooking", "sleepTime", "sleepTimeUnit") + _required(d, "transferBot", "transferAgent")


def _stop(d: dict[str, Any]) -> list[str]:
    return _two(d, "stopBotExamples") + _required(d, "reactivateEnabled", "sleepTime", "sleepTimeUnit")


def _handover(d: dict[str, Any]) -> list[str]:
    problems = _required(d, "reactivateEnabled", "sleepTime", "sleepTimeUnit")
    if d["handoverType"] in ("custom", "contactRequest") and not d.get("examples"):
        problems.append(REQUIRED_WHEN.format(field="examples", when=f"handoverType is {d['handoverType']}"))
    return problems


def _transfer(d: dict[str, Any]) -> list[str]:
    if d["transferBotType"] != "Custom":
        return []
    missing = [] if d.get("transferBotTriggerCondition") else [
        REQUIRED_WHEN.format(field="transferBotTriggerCondition", when="transferBotType is Custom")]
    return missing + _two(d, "transferBotExamples")


def _followup(d: dict[str, Any]) -> list[str]:
    problems = [] if d["followupSequence"] else ["followupSequence should not be empty"]
    for n, step in enumerate(d["followupSequence"]):
        limit = MAX_FOLLOWUP[step["followupTimeUnit"]]
        if step["followupTime"] > limit:
            problems.append(TOO_LONG.format(n=n, max=limit, unit=step["followupTimeUnit"]))
        problems += [f"followupSequence.{n}.{p}" for p in _required(step, "triggerWorkflow", "workflowId")]
        if step.get("aiEnabledMessage") is False and not step.get("customMessage"):
            problems.append(f"followupSequence.{n}.customMessage is required when aiEnabledMessage is false")
    return problems


def _workflows(d: dict[str, Any]) -> list[str]:
    return [] if d["workflowIds"] else ["workflowIds should not be empty"]


RULES = {"triggerWorkflow": _workflows, "updateContactField": lambda d: [], "appointmentBooking": _booking,
         "stopBot": _stop, "humanHandOver": _handover, "advancedFollowup": _followup, "transferBot": _transfer}


def _names_known_records(tenant: Tenant, agent_id: str, kind: str, d: dict[str, Any]) -> None:
    workflows = list(d.get("workflowIds") or []) if kind in ("triggerWorkflow", "appointmentBooking") else []
    workflows += [step["workflowId"] for step in d.get("followupSequence") or [] if step.get("workflowId")]
    for workflow_id in workflows:
        tenant.require(WORKFLOWS, workflow_id)
    if kind == "appointmentBooking":
        tenant.require(CALENDARS, d["calendarId"])
    if kind == "humanHandOver" and d.get("assignToUserId"):
        tenant.require(USERS, d["assignToUserId"])
    other = d.get("transferToBot") if kind == "transferBot" else d.get("transferAgent") if d.get("transferBot") \
        else None
    if other == agent_id:
        raise BadRequest(SELF_TRANSFER)
    if other:
        tenant.require(AGENTS, other)
