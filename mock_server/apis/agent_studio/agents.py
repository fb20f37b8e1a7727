"""Agent Studio agents of a location: their metadata, and their versions as GHL lists them.

An agent is made with its first version in the ``staging`` state; publishing a version (``versions.publish``)
makes it the agent's ``prod`` version. Only ``active`` agents are listed, read and executed: an inactive or
archived one answers 404 until its status is set back (``updateAgentMetadata`` reaches it whatever its status).
Deleting an agent deletes its versions and executions (cascades).
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.agent_studio.tables import AGENT_NOT_AVAILABLE, AGENTS, VERSIONS
from mock_server.apis.formats import iso_z
from mock_server.platform.errors import NotFound, Unprocessable
from mock_server.platform.tenant_context import Tenant

PRODUCT = "agent_studio"
# DECISION: an agent the request does not name is called this (the file does not require a name).
UNNAMED = "Untitled Agent"
# DECISION: agents live in the location's default folder (GHL's UI folders are not in the API).
DEFAULT_FOLDER = "Default Agents"
# The parts of a version's graph and configuration, and the empty value each starts as.
VERSION_PARTS: dict[str, Any] = {
    "scopes": [], "nodes": [], "edges": [], "uiNodes": [], "uiEdges": [], "globalVariables": [],
    "inputVariables": [], "runtimeVariables": [], "globalConfig": {}, "viewport": {"x": 0, "y": 0, "zoom": 1},
}
# DECISION: the file types ``version`` as any object; what it names is checked as the update checks it.
NOT_A_LIST = "version.{key} must be an array of objects"
NOT_AN_OBJECT = "version.{key} must be an object"
NOT_TEXT = "version.{key} must be a string"
SUMMARY = ("name", "description", "locationId", "status", "createdAt", "updatedAt")


def create_agent(tenant: Tenant, body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A new agent and its first version (``staging``), from ``body["version"]``'s graph and configuration."""
    # DECISION: a null is a field not sent (the file declares none nullable).
    body = {key: value for key, value in body.items() if value is not None}
    parts = check_version(body["version"])
    now = iso_z(tenant.now())
    agent = {"id": tenant.new_id(), "uuid": tenant.new_uuid(), "name": body.get("name") or UNNAMED,
             "description": body.get("description", ""), "agencyId": tenant.company_id,
             "locationId": tenant.location_id, "productSlug": PRODUCT, "productId": PRODUCT,
             "authorId": body.get("authorId"), "authorName": body.get("authorName"),
             "authorEmail": body.get("authorEmail"), "status": body["status"], "folderId": tenant.location_id,
             "folderName": DEFAULT_FOLDER, "createdAt": now, "updatedAt": now, "deleted": False}
    tenant.store.put(AGENTS, agent)
    version = new_version(tenant, agent, 1, "staging", {
        **parts, "versionName": parts.get("versionName") or f"{agent['name']} v1",
        "description": parts.get("description", agent["description"])})
    return agent, version


def new_version(tenant: Tenant, agent: dict[str, Any], number: int, state: str,
                parts: dict[str, Any]) -> dict[str, Any]:
    now = iso_z(tenant.now())
    version = {**VERSION_PARTS, "id": tenant.new_id(), "uuid": tenant.new_uuid(), "agentId": agent["id"],
               "agencyId": agent["agencyId"], "locationId": agent["locationId"], "versionName": "", "description": "",
               **parts, "state": state, "isPublished": False, "version": number, "createdAt": now, "updatedAt": now,
               "deleted": False}
    return tenant.store.put(VERSIONS, version)


def check_version(fields: dict[str, Any]) -> dict[str, Any]:
    """The known parts of a version object, each of its type (422 listing every one that is not)."""
    problems = []
    for key, value in fields.items():
        if key in VERSION_PARTS and isinstance(VERSION_PARTS[key], list) and not (
                isinstance(value, list) and all(isinstance(item, dict | str) if key == "scopes" else
                                                isinstance(item, dict) for item in value)):
            problems.append(NOT_A_LIST.format(key=key))
        elif key in VERSION_PARTS and isinstance(VERSION_PARTS[key], dict) and not isinstance(value, dict):
            problems.append(NOT_AN_OBJECT.format(key=key))
        elif key in ("versionName", "description") and not isinstance(value, str):
            problems.append(NOT_TEXT.format(key=key))
    if problems:
        raise Unprocessable(problems)
    return {key: value for key, value in fields.items() if key in VERSION_PARTS or key in ("versionName", "description")}


def get_agent(tenant: Tenant, agent_id: str, *, active: bool = True) -> dict[str, Any]:
    """The agent; with ``active``, only if it is active (others are not available: 404)."""
    agent = tenant.require(AGENTS, agent_id)
    if active and agent["status"] != "active":
        raise NotFound(AGENT_NOT_AVAILABLE)
    return agent


def update_metadata(tenant: Tenant, agent_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    agent = get_agent(tenant, agent_id, active=False)
    agent.update({key: value for key, value in changes.items() if key != "locationId" and value is not None},
                 updatedAt=iso_z(tenant.now()))
    return tenant.store.put(AGENTS, agent)


def delete_agent(tenant: Tenant, agent_id: str) -> None:
    get_agent(tenant, agent_id, active=False)
    tenant.delete(AGENTS, agent_id)


def list_agents(tenant: Tenant, *, published_only: bool, offset: str, limit: str) -> dict[str, Any]:
    """The active agents (with a ``prod`` version if ``published_only``), newest first, one page of them."""
    found = [a for a in tenant.store.scan(AGENTS)
             if a["status"] == "active" and (not published_only or production(tenant, a["id"]) is not None)]
    # Newest first; agents made in the same millisecond, the later-made first (the store keeps insertion order).
    found = [agent for _, agent in sorted(enumerate(found), key=lambda pair: (pair[1]["createdAt"], pair[0]),
                                             reverse=True)]
    start, size = int(offset), int(limit)
    return {"success": True, "message": "Agents retrieved successfully",
            "agents": [summary(agent) for agent in found[start:start + size]],
            "pagination": {"total": len(found), "limit": size, "offset": start, "hasMore": start + size < len(found)}}


def versions_of(tenant: Tenant, agent_id: str) -> list[dict[str, Any]]:
    """The agent's versions that are not retired, oldest first."""
    return sorted((v for v in tenant.store.find(VERSIONS, "agentId", agent_id) if not v["deleted"]),
                  key=lambda version: version["version"])


def production(tenant: Tenant, agent_id: str) -> dict[str, Any] | None:
    return next((v for v in versions_of(tenant, agent_id) if v["state"] == "prod"), None)


def summary(agent: dict[str, Any]) -> dict[str, Any]:
    return {"agentId": agent["id"], **{key: agent[key] for key in SUMMARY}}


def view(tenant: Tenant, agent: dict[str, Any]) -> dict[str, Any]:
    """The agent with all its versions, as ``getAgentById`` answers it."""
    prod = production(tenant, agent["id"])
    shown = {"id": agent["uuid"], "agentId": agent["id"],
             **{k: v for k, v in agent.items() if k not in ("id", "uuid", "authorName", "authorEmail")}}
    shown["productionVersion"] = None if prod is None else {
        "versionId": prod["id"], "versionName": prod["versionName"], "isPublished": True,
        "inputVariables": prod["inputVariables"], "updatedAt": prod["updatedAt"]}
    shown["versions"] = [version_view(v) for v in versions_of(tenant, agent["id"])]
    return shown


def version_view(version: dict[str, Any]) -> dict[str, Any]:
    return {"id": version["uuid"], "versionId": version["id"],
            **{k: v for k, v in version.items() if k not in ("id", "uuid")}}


def version_summary(version: dict[str, Any]) -> dict[str, Any]:
    """A version as creation and publishing list it: its ids, name, state and number."""
    keys = ("agentId", "versionName", "state", "isPublished", "version", "createdAt", "publishedAt", "publishedBy",
            "publishedByName", "publishedByEmail")
    return {"versionId": version["id"], **{key: version[key] for key in keys if key in version}}
