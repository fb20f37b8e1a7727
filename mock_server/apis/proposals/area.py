"""The Documents area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.proposals import routes
from mock_server.platform.area import Area

# REVIEW: seeds, cascades, factories, demo data,
# contract seeds and events are not in the official file: declare those the area needs.
area = Area(
    "proposals",
    serves="Documents",
    apis=(routes.api,),
)
