"""The Agents area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.voice_ai import routes, tables
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

# REVIEW: the tables are named from the operations' paths (agents, calls, actions). Seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "voice_ai",
    serves="Agents",
    apis=(routes.api,),
    tables=(Table(tables.AGENTS, not_found=BadRequest(tables.AGENT_NOT_FOUND)), Table(tables.CALLS, not_found=BadRequest(tables.CALL_NOT_FOUND)), Table(tables.ACTIONS, not_found=BadRequest(tables.ACTION_NOT_FOUND)),),
)
