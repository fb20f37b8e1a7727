"""The OAuth area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.oauth import events, routes, service
from mock_server.platform.area import Area, Table

area = Area(
    "oauth",
    serves="OAuth: token (code, refresh, client credentials), location token, installed locations",
    apis=(routes.api,),
    tables=(Table(service.APPS, scope="global"), Table(service.CODES, scope="global"),
            Table(service.INSTALLS, scope="global")),
    upstream_allowlist="mock_server.apis.oauth.upstream",
    events=(events.INSTALL, events.UNINSTALL),
)
