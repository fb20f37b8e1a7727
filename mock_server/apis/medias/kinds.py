"""What the media library accepts: GHL's documented sizes, and the kinds of file a media library holds.

- 25 MB a file, 500 MB a video (medias.json's and medias-v3.json's upload description: the only published
  upload limits of the library). A MB is taken as 1024 * 1024 bytes (multer's ``fileSize`` is in bytes; GHL's
  UI says MB): DECISION.
- DECISION: the kinds: images, video, audio, documents, archives, fonts and a few web files (what a media
  library of a website and funnel builder holds; GHL publishes no list). Executables and scripts are refused
  (``.exe``, ``.sh``, ``.js`` ...): anything not listed is a 415, as the conversations upload answers one.
"""

from __future__ import annotations

from mock_server.apis.files.limits import MIB, Limits, extension
from mock_server.platform.errors import PayloadTooLarge, UnsupportedMediaType

MAX_FILE_BYTES = 25 * MIB
MAX_VIDEO_BYTES = 500 * MIB
VIDEO_EXTENSIONS = frozenset({".mp4", ".mov", ".avi", ".wmv", ".webm", ".mkv", ".m4v", ".mpeg", ".mpg", ".3gp"})
EXTENSIONS = VIDEO_EXTENSIONS | frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".ico", ".tif", ".tiff", ".heic", ".avif",
    ".mp3", ".wav", ".ogg", ".m4a", ".aac", ".flac", ".weba",
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".txt", ".csv", ".rtf", ".odt", ".ods", ".odp",
    ".zip", ".rar", ".7z", ".json", ".vcf", ".ics", ".woff", ".woff2", ".ttf", ".otf", ".css", ".html",
})
# multer's text for LIMIT_FILE_SIZE, as NestJS forwards it; the kind refusal is a DECISION.
TOO_LARGE = "File too large"
WRONG_KIND = "File type {ext} is not supported"


def _limit_for(filename: str, mimetype: str) -> int:
    return MAX_VIDEO_BYTES if extension(filename) in VIDEO_EXTENSIONS else MAX_FILE_BYTES


LIMITS = Limits(
    max_bytes=MAX_FILE_BYTES, extensions=EXTENSIONS, max_bytes_for=_limit_for,
    too_large=lambda upload: PayloadTooLarge(TOO_LARGE),
    wrong_kind=lambda upload: UnsupportedMediaType(WRONG_KIND.format(ext=extension(upload.filename) or "(none)")),
)
