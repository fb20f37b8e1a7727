"""The Agent Studio area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.agent_studio import routes, tables
from mock_server.platform.area import Area, Table, delete_children
from mock_server.platform.errors import BadRequest, NotFound

area = Area(
    "agent_studio",
    serves=("Agent Studio: agents and their versions (staging, draft, prod), publishing, sessions that walk the "
            "published graph deterministically"),
    apis=(routes.api,),
    tables=(
        Table(tables.AGENTS, not_found=NotFound(tables.AGENT_NOT_FOUND)),
        Table(tables.VERSIONS, indexes=("agentId",), not_found=NotFound(tables.VERSION_NOT_FOUND)),
        Table(tables.EXECUTIONS, indexes=("agentId",), not_found=BadRequest(tables.EXECUTION_NOT_FOUND)),
    ),
    cascades=(
        delete_children(tables.AGENTS, tables.VERSIONS, "agentId", "deleting an agent deletes its versions"),
        delete_children(tables.AGENTS, tables.EXECUTIONS, "agentId", "deleting an agent deletes its sessions"),
    ),
    factories="mock_server.apis.agent_studio.factories:AgentStudioFactories",
    demo="mock_server.apis.agent_studio.demo:load",
    upstream_allowlist="mock_server.apis.agent_studio.upstream",
)
