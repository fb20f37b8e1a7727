"""The Users area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.users import events, routes, service
from mock_server.platform.area import Area, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "users",
    serves="Users",
    apis=(routes.api,),
    tables=(Table(service.USERS, scope="agency", indexes=("email",),  # the duplicate check stays constant-time
                  not_found=BadRequest(service.USER_NOT_FOUND)),),
    factories="mock_server.apis.users.factories:UserFactories",
    demo="mock_server.apis.users.demo:load",
    upstream_allowlist="mock_server.apis.users.upstream",
    events=(events.USER_CREATE,),
)
