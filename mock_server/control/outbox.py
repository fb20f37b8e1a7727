"""The outbox control plane: what the built-in SMS and e-mail channels "sent" (no conversation provider).

| endpoint | what it does |
|---|---|
| ``GET /_mock/outbox/messages`` | every captured SMS and e-mail, oldest first (``?locationId=&companyId=&channel=SMS|Email``): recipient, sender, text/html, subject, status and error |

Set a location's built-in channels to fail with ``PUT /_mock/locations/{id}/messaging-settings``
(``builtInFailure``). The domain is ``mock_server/apis/conversations/outbox.py``.
"""

from __future__ import annotations

from typing import Literal

from starlette.requests import Request
from starlette.routing import Route

from mock_server.apis.conversations import outbox
from mock_server.control.http import json, query_as, world_of
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import QueryModel
from mock_server.platform.tenants import LOCATIONS
from mock_server.store import GLOBAL


class OutboxQuery(QueryModel):
    locationId: str | None = None
    companyId: str | None = None
    channel: Literal["SMS", "Email"] | None = None


def _locations(world, query: OutboxQuery) -> list[str]:
    if query.locationId:
        if not world.tenants.location_exists(query.locationId):
            raise BadRequest("Location not found")
        return [query.locationId]
    if query.companyId:
        if not world.tenants.company_exists(query.companyId):
            raise BadRequest("Company not found")
        return world.tenants.location_ids(query.companyId)
    return [loc["id"] for loc in world.store.scan(GLOBAL, LOCATIONS)]


async def messages(request: Request):
    """Every SMS and e-mail the built-in channels sent, oldest first, filtered by location, agency, channel."""
    world = world_of(request)
    query = query_as(request, OutboxQuery)
    found = [m for location_id in _locations(world, query)
             for m in outbox.sent_messages(world.tenant(location_id), query.channel)]
    found.sort(key=lambda m: m["sentAt"])  # stable: a location's own order kept
    return json({"messages": found})


routes = [Route("/outbox/messages", messages, methods=["GET"])]
