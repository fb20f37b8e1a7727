"""The Medias area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.files.tables import STORED_FILES
from mock_server.apis.medias import library, routes
from mock_server.apis.medias.models import MediaFileSeed
from mock_server.apis.medias.tables import MEDIA_NOT_FOUND, MEDIAS
from mock_server.platform.area import Area, ContractSeed, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "medias",
    serves=("Media library: files (uploaded, or hosted elsewhere) and folders, rename and delete (one or many), "
            "trash, search and paging; files served back at their URLs"),
    apis=(routes.api,),
    tables=(Table(MEDIAS, indexes=("parentId",), not_found=BadRequest(MEDIA_NOT_FOUND)),),
    # (a file's stored bytes go with it: a cascade of the files area, which owns them)
    cascades=(delete_children(MEDIAS, MEDIAS, "parentId", "deleting a folder deletes what it holds"),
              delete_children(MEDIAS, STORED_FILES, "ownerId", "deleting a media library file deletes its stored bytes")),
    seeds=(Seed("POST", "/locations/{locationId}/media-files", library.seed_file, body=MediaFileSeed,
                doc='`{"name","mimetype","contentBase64","parentId"}`: a media library file as if uploaded (same '
                    "limits; served back at its `url`)"),),
    contract_seeds=(ContractSeed("/locations/{locationId}/media-files",
                                 {"name": "contract.txt", "mimetype": "text/plain", "contentBase64": "aGVsbG8="}, {}),),
    factories="mock_server.apis.medias.factories:MediaFactories",
    demo="mock_server.apis.medias.demo:load",
    upstream_allowlist="mock_server.apis.medias.upstream",
)
