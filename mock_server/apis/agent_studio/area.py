"""The Agents area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.agent_studio import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import NotFound

# REVIEW: the tables are named from the operations' paths (versions, agents). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "agent_studio",
    serves="Agents",
    apis=(routes.api,),
    tables=(Table(tables.VERSIONS, not_found=NotFound(tables.VERSION_NOT_FOUND)), Table(tables.AGENTS, not_found=NotFound(tables.AGENT_NOT_FOUND)),),
)
