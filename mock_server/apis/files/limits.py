"""What an upload operation accepts: a size per file and kinds of file, checked before anything is stored.

Each area declares its own ``Limits`` (GHL's limits differ by operation) with its own refusals; ``check``
raises the first broken rule, so a refused request leaves nothing behind.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mock_server.platform.errors import GhlError
from mock_server.platform.inputs import UploadedFile

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """``max_bytes`` per file (``max_bytes_for`` may raise it by kind: a video's larger limit); ``extensions``
    the accepted file name endings (lowercase, with the dot), None for any; the two refusals as GHL words them."""

    max_bytes: int
    extensions: frozenset[str] | None
    too_large: Callable[[UploadedFile], GhlError]
    wrong_kind: Callable[[UploadedFile], GhlError]
    max_bytes_for: Callable[[str, str], int] | None = None

    def limit_for(self, filename: str, mimetype: str) -> int:
        return self.max_bytes_for(filename, mimetype) if self.max_bytes_for else self.max_bytes

    @property
    def largest(self) -> int:
        """The largest file any kind may be: what the operation's body limit must let through."""
        return max(self.max_bytes, self.max_bytes_for("largest.mp4", "video/mp4") if self.max_bytes_for else 0)

    def accepts_kind(self, filename: str) -> bool:
        return self.extensions is None or extension(filename) in self.extensions


def extension(filename: str) -> str:
    return posixpath.splitext(filename)[1].lower()


def check(limits: Limits, files: Iterable[UploadedFile]) -> None:
    """Raise the refusal of the first file of a forbidden kind or over its size limit."""
    for upload in files:
        if not limits.accepts_kind(upload.filename):
            raise limits.wrong_kind(upload)
        if len(upload.content) > limits.limit_for(upload.filename, upload.mimetype):
            raise limits.too_large(upload)


# Room for the multipart framing and text fields around the largest file.
BODY_OVERHEAD = MIB


def body_limit(limits: Limits) -> int:
    """The body limit an operation taking files under ``limits`` declares (``Operation.max_body_bytes``)."""
    return limits.largest + BODY_OVERHEAD
