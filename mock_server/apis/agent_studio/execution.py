"""Running an agent: one message in, the agent's answer out, in a session (``executionId``) that remembers.

DECISION: GHL runs the version's graph with a language model; the mock runs no model and answers
deterministically by walking the graph: a session starts at the start node (``isStartNode``, or type
``start``, or the first node) and each message moves it one edge on (the first edge leaving the node it is
at; it stays put at a node with none). The answer is the reached node's ``nodeConfig.prompt`` (else its
``nodeName``) with ``{{variable}}``s filled from the session's input variables; reaching a node of type
``end`` completes the goal. A version with no nodes answers ``<agent name> received: <message>``.
Each session keeps its messages and answers, so the same conversation gives the same answers.
"""

from __future__ import annotations

import re
from typing import Any

from mock_server.apis.agent_studio import agents
from mock_server.apis.agent_studio.tables import EXECUTIONS, VERSIONS
from mock_server.apis.formats import iso_z
from mock_server.platform.errors import BadRequest, Forbidden
from mock_server.platform.tenant_context import Tenant

# The texts of the file's 400 and 403 for an inactive agent and missing scopes.
NOT_ACTIVE = "Agent is not active"
MISSING_SCOPES = "User does not have required scopes to execute this agent"
# DECISION: GHL's texts for these are not known.
NOTHING_PUBLISHED = "Agent has no published version"
NOT_PUBLISHED = "Version {id} is not published"
OTHER_SESSION = "Execution {id} does not belong to agent {agent}"
_VARIABLE = re.compile(r"\{\{\s*([\w.-]+)\s*\}\}")


def execute(tenant: Tenant, agent_id: str, body: dict[str, Any], scopes: frozenset[str]) -> dict[str, Any]:
    agent = agents.get_agent(tenant, agent_id, active=False)
    if agent["status"] != "active":
        raise BadRequest(NOT_ACTIVE)
    session = _session(tenant, agent, body)
    version = tenant.require(VERSIONS, session["versionId"])
    if not {s for s in version["scopes"] if isinstance(s, str)} <= scopes:
        raise Forbidden(MISSING_SCOPES)
    if body.get("contactId"):
        tenant.require("contacts", body["contactId"])
        session["contactId"] = body["contactId"]
    session["inputVariables"].update(body.get("inputVariables") or {})
    node = _next_node(version, session.get("nodeId"))
    if node is None:
        answer, done = f"{agent['name']} received: {body['message']}", False
    else:
        session["nodeId"] = node["nodeId"]
        text = (node.get("nodeConfig") or {}).get("prompt") or node.get("nodeName") or node["nodeId"]
        answer = _VARIABLE.sub(lambda m: str(session["inputVariables"].get(m.group(1), m.group(0))), str(text))
        done = node.get("type") == "end"
    interaction_id = tenant.new_id()
    session["interactions"].append({"interactionId": interaction_id, "message": body["message"], "response": answer,
                                    "attachments": body.get("attachments") or [], "createdAt": iso_z(tenant.now())})
    session.update(goalCompletion=done, updatedAt=iso_z(tenant.now()))
    tenant.store.put(EXECUTIONS, session)
    return {"success": True, "executionId": session["id"], "interactionId": interaction_id, "response": answer,
            "type": "text", "nextExpectedInput": "none" if done else "text", "goalCompletion": done,
            "executionStatus": "completed", "flowSwitch": False, "attachments": [], "generativeOutputs": []}


def _session(tenant: Tenant, agent: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The session ``executionId`` names (it stays on its version), or a new one on the version asked for."""
    if body.get("executionId"):
        session = tenant.require(EXECUTIONS, body["executionId"])
        if session["agentId"] != agent["id"]:
            raise BadRequest(OTHER_SESSION.format(id=session["id"], agent=agent["id"]))
        return session
    if body.get("versionId"):
        version = tenant.require(VERSIONS, body["versionId"])
        if version["agentId"] != agent["id"] or version["deleted"]:
            raise tenant.world.areas.table(VERSIONS).missing(body["versionId"])
        if not version["isPublished"]:
            raise BadRequest(NOT_PUBLISHED.format(id=version["id"]))
    else:
        version = agents.production(tenant, agent["id"])
        if version is None:
            raise BadRequest(NOTHING_PUBLISHED)
    now = iso_z(tenant.now())
    return {"id": tenant.new_id(), "agentId": agent["id"], "versionId": version["id"], "locationId": tenant.location_id,
            "inputVariables": {}, "interactions": [], "createdAt": now}


def _next_node(version: dict[str, Any], at: str | None) -> dict[str, Any] | None:
    nodes = {node["nodeId"]: node for node in version["nodes"] if isinstance(node.get("nodeId"), str)}
    if not nodes:
        return None
    if at is None:
        at = next((i for i, n in nodes.items() if n.get("isStartNode") or n.get("type") == "start"), next(iter(nodes)))
    following = next((e["endNode"] for e in version["edges"] if e.get("startNode") == at and e.get("endNode") in nodes),
                     at)
    return nodes[following]
