"""Medias operations (medias.json): a location's media library. Literal paths (files, folder, upload-file,
update-files, delete-files) win over ``/medias/{id}``."""

from __future__ import annotations

from mock_server.apis.files.limits import body_limit
from mock_server.apis.medias import kinds, library
from mock_server.apis.medias import models as m
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("medias.json", tag="Medias")

READ, WRITE = "medias.readonly", "medias.write"


@api.get("/medias/files", "fetch-media-content", scopes=READ, tokens=LOCATION, query=m.ListQuery,
         response=m.ListResponse, summary="Get List of Files/ Folders")
def fetch_media_content(call: Call) -> dict:
    """Files or folders of one folder (the root by default), searched by name, sorted and paged."""
    return library.listing(call.tenant, call.query)


@api.post("/medias/upload-file", "upload-media-content", scopes=WRITE, tokens=LOCATION, body=m.UploadForm,
          body_media_types=("multipart/form-data",), accepts_files=True, max_body_bytes=body_limit(kinds.LIMITS),
          response=m.UploadResponse, summary="Upload File into Media Storage",
          names_records_only="tests/apis/medias/test_library.py::test_another_locations_folder_is_not_found")
def upload_media_content(call: Call) -> dict:
    """Store the ``file`` part (served back at the answered URL), or record a ``hosted`` ``fileUrl``."""
    return library.upload(call.tenant, call.body.model_dump(exclude={"file"}), call.files)


@api.post("/medias/{id}", "update-media-object", tokens=LOCATION, body=m.RenameBody,
          response=m.UpdatedResponse, summary="Update File/ Folder")
def update_media_object(call: Call) -> dict:
    """Rename a file or folder."""
    return library.rename(call.tenant, call.path["id"], call.body.name)


@api.delete("/medias/{id}", "delete-media-content", scopes=WRITE, tokens=LOCATION, query=m.OwnerQuery,
            summary="Delete File or Folder")
def delete_media_content(call: Call) -> dict:
    """Delete a file (its URL stops answering) or a folder with everything in it."""
    return library.delete(call.tenant, call.path["id"])


@api.post("/medias/folder", "create-media-folder", tokens=LOCATION, body=m.CreateFolderBody,
          response=m.FolderResponse, summary="Create Folder")
def create_media_folder(call: Call) -> dict:
    return library.create_folder(call.tenant, call.body.name, call.body.parentId)


@api.put("/medias/update-files", "bulk-update-media-objects", tokens=LOCATION, body=m.BulkRenameBody,
         summary="Bulk Update Files/ Folders")
def bulk_update_media_objects(call: Call) -> list:
    """Rename several items; an unknown id refuses the request before anything changes."""
    return library.bulk_rename(call.tenant, [(item.id, item.name) for item in call.body.filesToBeUpdated])


@api.put("/medias/delete-files", "bulk-delete-media-objects", tokens=LOCATION, body=m.BulkDeleteBody,
         summary="Bulk Delete / Trash Files or Folders")
def bulk_delete_media_objects(call: Call) -> list:
    """Delete (``deleted``) or trash (``trashed``) several items; an unknown id refuses the whole request."""
    return library.bulk_delete(call.tenant, [item.id_ for item in call.body.filesToBeDeleted], call.body.status)
