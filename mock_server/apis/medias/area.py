"""The Medias area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.files.tables import STORED_FILES
from mock_server.apis.medias import routes
from mock_server.apis.medias.tables import MEDIA_NOT_FOUND, MEDIAS
from mock_server.platform.area import Area, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "medias",
    apis=(routes.api,),
    tables=(Table(MEDIAS, indexes=("parentId",), not_found=BadRequest(MEDIA_NOT_FOUND)),),
    cascades=(
        delete_children(MEDIAS, MEDIAS, "parentId", "deleting a folder deletes what it holds"),
        delete_children(MEDIAS, STORED_FILES, "ownerId", "deleting a media file deletes its stored bytes"),
    ),
    factories="mock_server.apis.medias.factories:MediaFactories",
    demo="mock_server.apis.medias.demo:load",
    upstream_allowlist="mock_server.apis.medias.upstream",
)
