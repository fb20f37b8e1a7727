"""Where uploaded bytes live: tables of the location's tenant.

``storedFiles`` holds each file (its content base64, so every store backend keeps it, transactionally, and it
goes when its location is dropped); ``fileUploadSlots`` the signed-URL uploads started and not yet completed.
"""

from __future__ import annotations

STORED_FILES = "storedFiles"
UPLOAD_SLOTS = "fileUploadSlots"
