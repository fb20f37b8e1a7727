"""An agent's versions: edited while unpublished (``staging``, ``draft``), then promoted to production.

DECISION: the file makes a new agent's version ``staging`` and promotes "only draft versions"; its publish
example answers the ``prod`` version and a new ``draft`` numbered after it. So both unpublished states are
promotable (else a new agent could never be published through the API); publishing makes the version the
agent's one ``prod`` version and opens the next ``draft`` (a copy of it, the next number), where editing
continues: a published version is not edited. The ``prod`` version it replaces is retired (``deleted``: no
longer listed), so an agent has at most one version of each state, as GHL lists them.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.agent_studio import agents
from mock_server.apis.agent_studio.tables import VERSIONS
from mock_server.apis.formats import iso_z
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

UNPUBLISHED = ("draft", "staging")
ONLY_DRAFTS = "Only draft versions can be promoted"  # the text of the file's 400
# DECISION: GHL's texts for these are not known.
PUBLISHED_IS_FINAL = "Only draft versions can be updated"
NODE_IDS = "nodes must each have a nodeId, and no two the same"
UNKNOWN_NODE = "edges.{n}.{end} {node} is not a node of the version"
EDITABLE = ("versionName", "description", "nodes", "edges", "globalVariables", "inputVariables", "runtimeVariables",
            "globalConfig")


def get_version(tenant: Tenant, version_id: str) -> dict[str, Any]:
    version = tenant.require(VERSIONS, version_id)
    if version["deleted"]:
        raise tenant.world.areas.table(VERSIONS).missing(version_id)
    agents.get_agent(tenant, version["agentId"], active=False)
    return version


def update_version(tenant: Tenant, version_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """The version with what was sent: lists (nodes, edges, variables) replace the version's whole."""
    version = get_version(tenant, version_id)
    if version["state"] not in UNPUBLISHED:
        raise BadRequest(PUBLISHED_IS_FINAL)
    version.update({key: changes[key] for key in EDITABLE if changes.get(key) is not None})
    _check_graph(version["nodes"], version["edges"])
    if changes.get("userId"):
        version.update(updatedBy=changes["userId"], updatedByName=changes.get("userName"))
    version["updatedAt"] = iso_z(tenant.now())
    return tenant.store.put(VERSIONS, version)


def publish(tenant: Tenant, version_id: str, by: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(production, new draft)``: the version goes to production and the agent's next draft starts from it."""
    version = get_version(tenant, version_id)
    if version["state"] not in UNPUBLISHED:
        raise BadRequest(ONLY_DRAFTS)
    agent = agents.get_agent(tenant, version["agentId"], active=False)
    previous = agents.production(tenant, agent["id"])
    if previous is not None:
        tenant.store.put(VERSIONS, {**previous, "deleted": True, "isPublished": False})
    now = iso_z(tenant.now())
    version.update(state="prod", isPublished=True, publishedAt=now, updatedAt=now, publishedBy=by.get("userId"),
                   publishedByName=by.get("userName"), publishedByEmail=by.get("userEmail"))
    tenant.store.put(VERSIONS, version)
    number = max(v["version"] for v in tenant.store.find(VERSIONS, "agentId", agent["id"])) + 1
    copied = {key: version[key] for key in (*agents.VERSION_PARTS, "description")}
    draft = agents.new_version(tenant, agent, number, "draft",
                               {**copied, "versionName": f"{agent['name']} v{number}"})
    return version, draft


def _check_graph(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
    """Nodes are named by distinct ``nodeId``s, and edges join nodes of the version."""
    ids = [node.get("nodeId") for node in nodes]
    if not all(isinstance(node_id, str) for node_id in ids) or len(set(ids)) != len(ids):
        raise Unprocessable([NODE_IDS])
    problems = [UNKNOWN_NODE.format(n=n, end=end, node=edge.get(end))
                for n, edge in enumerate(edges) for end in ("startNode", "endNode") if edge.get(end) not in ids]
    if problems:
        raise Unprocessable(problems)
