"""``ghl.media_folder()`` and ``ghl.media_file()``: media library items made through the API."""

from __future__ import annotations

from typing import Any

import httpx

from mock_server.testing.factories import Factories, RecordRefused, Ref, ref_id
from mock_server.testing.transport import GHL_BASE_URL


class MediaFactories(Factories):
    def media_folder(self, name: str | None = None, parent: Ref | None = None) -> dict[str, Any]:
        """A folder of the location's media library (in ``parent``, else at the root)."""
        body: dict[str, Any] = {"altId": self.location_id, "altType": "location",
                                "name": name or self._folder_name()}
        if parent is not None:
            body["parentId"] = ref_id(parent)
        return self.api("POST", "/medias/folder", body, what="ghl.media_folder()")

    def media_file(self, content: bytes | None = None, name: str = "picture.png", mimetype: str = "image/png",
                   folder: Ref | None = None) -> dict[str, Any]:
        """Upload ``content`` (a few bytes if none) as ``name``; returns ``{"fileId", "url"}``, the URL serving
        the bytes back."""
        data = {"parentId": ref_id(folder)} if folder is not None else {}
        request = httpx.Request("POST", GHL_BASE_URL + "/medias/upload-file", data=data,
                                files={"file": (name, content if content is not None else self._bytes(), mimetype)},
                                headers=self._fixture_headers(False))
        response = self._transport().handle_request(request)
        response.read()
        if not response.is_success:
            raise RecordRefused("ghl.media_file()", response)
        return response.json()

    def _folder_name(self) -> str:
        with self.fake.draw("media folder") as (faker, _):
            return f"{faker.word().title()} assets"

    def _bytes(self) -> bytes:
        with self.fake.draw("media file") as (faker, _):
            return faker.binary(length=64)
