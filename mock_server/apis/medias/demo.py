"""The Medias area's part of the demo (``Area.demo``): a folder of brand assets holding a logo."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mock_server.fixtures.demo import DemoLoader

# A 1x1 transparent PNG: a real image any viewer opens, served back byte for byte at its URL.
LOGO = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


def load(demo: DemoLoader) -> None:
    """A "Brand assets" folder with a logo in the main location's media library."""
    headers = {"Version": "2021-07-28", "Authorization": f"Bearer {demo.main_token}"}
    folder = demo.call("POST", "/medias/folder", token=demo.main_token,
                       json={"altId": demo.main, "altType": "location", "name": "Brand assets"})
    response = demo.http.post("/medias/upload-file", headers=headers, data={"parentId": folder["_id"]},
                              files={"file": ("logo.png", LOGO, "image/png")})
    if not response.is_success:
        from mock_server.fixtures.demo import DemoError

        raise DemoError(f"POST /medias/upload-file was refused: {response.status_code} {response.text}")
    demo.summary.update(mediaFiles=1, mediaFolders=1)
