"""The calls voice agents took, as GHL's Voice AI dashboard lists them.

DECISION: GHL records a call log when an agent answers a real call (or a trial call from its UI); the mock
places no calls, so the control plane seeds them (``POST /_mock/locations/{locationId}/voice-ai/call-logs``)
for one of the location's agents, naming which of its actions the call executed. A log keeps a copy of each
executed action as it was then (deleting the action or the agent later leaves the log as it was, and the log
then reads ``isAgentDeleted: true``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import Field

from mock_server.apis.formats import iso_z
from mock_server.apis.voice_ai import actions, agents
from mock_server.apis.voice_ai.tables import AGENTS, CALL_LOGS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's texts for a half or inverted date range are not known; the file's prose states both rules.
DATES_TOGETHER = "Both startDate and endDate must be provided together"
DATES_ORDER = "startDate must be less than endDate"
UNKNOWN_ACTION_TYPE = "actionType must be a comma-separated list of: {types}"


class CallLogSeed(BodyModel):
    """A call one of the location's agents took (GHL's API only lists and reads them)."""

    agentId: str
    contactId: str | None = None
    fromNumber: str | None = None
    duration: float = Field(60, ge=0, le=86_400)
    trialCall: bool = False
    summary: str = ""
    transcript: str = ""
    actionIds: list[str] = Field([], description="the agent's actions the call executed, in order")
    extractedData: dict[str, Any] = {}
    messageId: str | None = None
    translation: dict[str, Any] | None = None


def seed_call_log(tenant: Tenant, body: CallLogSeed) -> dict[str, Any]:
    agent = agents.get_agent(tenant, body.agentId)
    if body.contactId:
        tenant.require("contacts", body.contactId)
    started = tenant.now()
    executed = []
    for n, action_id in enumerate(body.actionIds, start=1):
        action = actions.get_action(tenant, action_id)
        if action["agentId"] != agent["id"]:
            raise BadRequest(actions.OTHER_AGENT.format(id=action_id, agent=agent["id"]))
        # each action is asked for at the n-th ten seconds of the call and done a second later
        executed.append({"actionId": action["id"], "actionType": action["actionType"], "actionName": action["name"],
                         "actionParameters": action["actionParameters"],
                         "triggerReceivedAt": iso_z(started + timedelta(seconds=10 * n)),
                         "executedAt": iso_z(started + timedelta(seconds=10 * n + 1))})
    log = {**body.model_dump(exclude={"actionIds"}, exclude_none=True), "id": tenant.new_id(),
           "locationId": tenant.location_id, "createdAt": iso_z(started), "executedCallActions": executed}
    return view(tenant, tenant.store.put(CALL_LOGS, log))


def get_call_log(tenant: Tenant, call_id: str) -> dict[str, Any]:
    return view(tenant, tenant.require(CALL_LOGS, call_id))


def list_call_logs(tenant: Tenant, q: Any) -> dict[str, Any]:
    """The logs matching every filter given, newest first unless ``sortBy`` says otherwise, one page of them."""
    logs = tenant.store.find(CALL_LOGS, "agentId", q.agentId) if q.agentId else tenant.store.scan(CALL_LOGS)
    if q.contactId:
        contacts = set(q.contactId.split(","))
        logs = [log for log in logs if log.get("contactId") in contacts]
    if q.callType:
        logs = [log for log in logs if log["trialCall"] == (q.callType == "TRIAL")]
    if (q.startDate is None) != (q.endDate is None):
        raise BadRequest(DATES_TOGETHER)
    if q.startDate is not None:
        if q.startDate >= q.endDate:
            raise BadRequest(DATES_ORDER)
        logs = [log for log in logs if q.startDate <= _millis(log["createdAt"]) <= q.endDate]
    if q.actionType:
        wanted = set(q.actionType.split(","))
        if not wanted <= actions.PARAMETERS.keys():
            raise Unprocessable([UNKNOWN_ACTION_TYPE.format(types=", ".join(actions.PARAMETERS))])
        logs = [log for log in logs if wanted & {a["actionType"] for a in log["executedCallActions"]}]
    field = q.sortBy or "createdAt"
    logs = sorted(logs, key=lambda log: log[field], reverse=not q.sortBy or q.sort != "ascend")
    start = int((q.page - 1) * q.pageSize)
    return {"total": len(logs), "page": q.page, "pageSize": q.pageSize,
            "callLogs": [view(tenant, log) for log in logs[start:start + int(q.pageSize)]]}


def view(tenant: Tenant, log: dict[str, Any]) -> dict[str, Any]:
    shown = {key: value for key, value in log.items() if key != "locationId"}
    shown["isAgentDeleted"] = tenant.store.get(AGENTS, log["agentId"]) is None
    return shown


def _millis(instant: str) -> int:
    return int(datetime.fromisoformat(instant).timestamp() * 1000)
