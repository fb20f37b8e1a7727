"""Bulk posts from a CSV file: uploaded, given accounts, reviewed row by row, then finalized into posts.

GHL's flow, kept as state: ``upload-csv`` reads the file and answers where it keeps it (``filePath``) and how
many rows it has; ``set-accounts`` turns that upload into an import of its first ``rowsCount`` rows for some
connected accounts (status ``pending``); its rows are draft posts, listed by ``get-csv-post`` and removable one
by one, until ``start-csv-finalize`` makes each valid row a post of the location (source ``csv``, scheduled or
published on the mock clock as any post) and the import ``completed``.

DECISION: the file is GHL's "basic" sample format: a header row with ``postAtSpecificTime (YYYY-MM-DD HH:mm:ss)``,
``content`` and ``link (OGmetaUrl)`` (the headers v3's CSVErrorResponseDTO names as required) and optionally
``imageUrls``, ``gifUrl``, ``videoUrls`` (URLs separated by commas); times are read as UTC. A row with neither
content nor media, or a time that does not parse, is kept with its ``errorMessage`` and not posted.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from mock_server.apis.common import iso_z, page
from mock_server.apis.files import limits
from mock_server.apis.social_planner import accounts, posts
from mock_server.apis.social_planner.tables import CSV_IMPORTS, CSV_POSTS, CSV_UPLOADS
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.inputs import UploadedFile
from mock_server.platform.tenant_context import Tenant

DATE, CONTENT, LINK = "postAtSpecificTime (YYYY-MM-DD HH:mm:ss)", "content", "link (OGmetaUrl)"
REQUIRED_HEADERS = (DATE, CONTENT, LINK)
MEDIA_HEADERS = {"imageUrls": "image/png", "gifUrl": "image/gif", "videoUrls": "video/mp4"}

# v3's CSVFileRequiredBadRequestDTO and CSVErrorResponseDTO give these texts and codes.
FILE_REQUIRED = "File is required"
FILE_FIELD = "file"
UNEXPECTED_FIELD = "Unexpected field"  # multer's refusal of a file part under another name (or a second one)
HEADERS_MISSING = "CSV headers are not identical to sample file."
# DECISION: the texts GHL answers with the other CSV error codes are not known.
EMPTY_FILE = "CSV file is empty"
INVALID_FORMAT = "CSV file could not be read"
NO_ROWS = "CSV file has no posts"
NO_VALID_POST = "CSV file has no valid post"
UNSUPPORTED = "Only CSV files are supported"
TOO_LARGE = "CSV file is too large"
UPLOAD_NOT_FOUND = "File not found"
ROWS_COUNT = "rowsCount must be between 1 and number of posts in CSV"
NOT_PENDING = "CSV is already finalized"
ROW_NOT_FOUND = "Post not found"
ROW_NO_CONTENT = "Post content or media is required"
ROW_BAD_DATE = "Invalid date format"


def _csv_error(code: str, message: str, **extra: Any) -> BadRequest:
    return BadRequest(message, code=code, fileType="CSV", csvFileType="basic", **extra)


# DECISION: a CSV of up to 1 MiB (GHL's limit is not documented; the sample file is a few KiB).
LIMITS = limits.Limits(limits.MIB, frozenset({".csv"}),
                       too_large=lambda f: _csv_error("CSV_PROCESSING_ERROR", TOO_LARGE),
                       wrong_kind=lambda f: _csv_error("CSV_UNSUPPORTED_EXTENSION", UNSUPPORTED))


def upload(tenant: Tenant, files: tuple[UploadedFile, ...]) -> dict[str, Any]:
    """Read the CSV (every refusal before anything is kept) and keep its rows for ``set-accounts``."""
    if any(f.fieldname != FILE_FIELD for f in files):
        raise BadRequest(UNEXPECTED_FIELD)
    if len(files) != 1:
        raise BadRequest(FILE_REQUIRED)
    limits.check(LIMITS, files)
    rows = _rows(files[0].content)
    upload_id = tenant.new_uuid()
    file_path = f"{tenant.location_id}/social-import/{upload_id}.csv"
    tenant.store.put(CSV_UPLOADS, {"id": upload_id, "filePath": file_path, "fileName": files[0].filename,
                                   "rows": rows, "createdAt": iso_z(tenant.now())})
    return {"filePath": file_path, "rowsCount": len(rows), "fileName": files[0].filename}


def _rows(content: bytes) -> list[dict[str, Any]]:
    try:
        text = content.decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(text)))
    except (UnicodeDecodeError, csv.Error):
        raise _csv_error("CSV_INVALID_FORMAT", INVALID_FORMAT) from None
    table = [row for row in table if any(cell.strip() for cell in row)]
    if not table:
        raise _csv_error("CSV_EMPTY_FILE", EMPTY_FILE)
    headers = [h.strip() for h in table[0]]
    missing = [h for h in REQUIRED_HEADERS if h not in headers]
    if missing:
        raise _csv_error("CSV_MISSING_HEADERS", HEADERS_MISSING, missingHeaders=", ".join(missing))
    rows = [_row(dict(zip(headers, (c.strip() for c in cells), strict=False))) for cells in table[1:]]
    if not rows:
        raise _csv_error("CSV_MISSING_REQUIRED_ROWS", NO_ROWS)
    if all("errorMessage" in r for r in rows):
        raise _csv_error("CSV_NO_VALID_POST", NO_VALID_POST)
    return rows


def _row(cells: dict[str, str]) -> dict[str, Any]:
    """One CSV row as the draft post GHL shows for it (CSVPostSchema)."""
    medias = [{"url": url.strip(), "type": mime} for header, mime in MEDIA_HEADERS.items()
              for url in (cells.get(header) or "").split(",") if url.strip()]
    row: dict[str, Any] = {"summary": cells.get(CONTENT) or "", "medias": medias, "type": "post"}
    if cells.get(LINK):
        row["link"] = {"url": cells[LINK]}
    when = cells.get(DATE) or ""
    try:
        if when:
            row["scheduleDate"] = iso_z(datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC))
    except ValueError:
        row["errorMessage"] = ROW_BAD_DATE
    if not row["summary"] and not medias:
        row["errorMessage"] = ROW_NO_CONTENT
    return row


def set_accounts(tenant: Tenant, body: dict[str, Any]) -> dict[str, Any]:
    """Make the upload at ``filePath`` an import of its first ``rowsCount`` rows for ``accountIds``."""
    accounts.require_accounts(tenant, body["accountIds"])
    upload_id = body["filePath"].rsplit("/", 1)[-1].removesuffix(".csv")
    uploaded = tenant.store.get(CSV_UPLOADS, upload_id)
    if uploaded is None or uploaded["filePath"] != body["filePath"]:
        raise BadRequest(UPLOAD_NOT_FOUND)
    count = body["rowsCount"]
    if count != int(count) or not 1 <= count <= len(uploaded["rows"]):
        raise Unprocessable([ROWS_COUNT])
    csv_id, now = tenant.new_id(), iso_z(tenant.now())
    record = {"_id": csv_id, "id": csv_id, "locationId": tenant.location_id, "fileName": body["fileName"],
              "accountIds": list(dict.fromkeys(body["accountIds"])), "file": body["filePath"], "status": "pending",
              "count": int(count), "createdBy": body.get("userId"), "approver": body.get("approver"),
              "csvFileType": body.get("csvFileType") or "basic", "createdAt": now, "updatedAt": now}
    tenant.store.put(CSV_IMPORTS, {k: v for k, v in record.items() if v is not None})
    for row in uploaded["rows"][:int(count)]:
        row_id = tenant.new_id()
        tenant.store.put(CSV_POSTS, {**row, "_id": row_id, "id": row_id, "csvId": csv_id,
                                     "accountIds": list(dict.fromkeys(body["accountIds"]))})
    tenant.store.delete(CSV_UPLOADS, upload_id)  # an upload is imported once
    return {"csvId": csv_id}


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("csvId",)}


def list_imports(tenant: Tenant, query: dict[str, Any]) -> dict[str, Any]:
    """get-upload-status: the location's imports, newest first (``userId``: only those it made)."""
    found = [c for c in tenant.store.scan(CSV_IMPORTS) if not query.get("userId")
             or c.get("createdBy") == query["userId"]]
    found.sort(key=lambda c: c["createdAt"], reverse=True)
    shown = [_public(c) for c in page(found, query.get("skip"), query.get("limit"), 10)]
    if query.get("includeUsers") == "true":
        for item in shown:
            user = posts.author(tenant, item.get("createdBy"))
            if user:
                item["user"] = user
    return {"csvs": shown, "count": len(found)}


def get_import(tenant: Tenant, csv_id: str, skip: str | None, limit: str | None) -> dict[str, Any]:
    """get-csv-post: an import and its rows (draft posts)."""
    record = tenant.require(CSV_IMPORTS, csv_id)
    rows = tenant.store.find(CSV_POSTS, "csvId", csv_id)
    return {"csv": _public(record), "count": len(rows),
            "posts": [_public(r) for r in page(rows, skip, limit, len(rows) or 1)]}


def _pending(tenant: Tenant, csv_id: str) -> dict[str, Any]:
    record = tenant.require(CSV_IMPORTS, csv_id)
    if record["status"] != "pending":
        raise BadRequest(NOT_PENDING)
    return record


def finalize(tenant: Tenant, csv_id: str, user_id: str | None) -> None:
    """Each valid row becomes a post of the location (for review first when the import names an approver)."""
    record = _pending(tenant, csv_id)
    approval = {"approver": record["approver"], "approvalStatus": "pending"} if record.get("approver") else None
    for row in tenant.store.find(CSV_POSTS, "csvId", csv_id):
        if "errorMessage" in row:
            continue
        fields = {"accountIds": row["accountIds"], "summary": row["summary"], "type": row["type"],
                  "media": [{"url": m["url"], "type": m["type"]} for m in row["medias"]],
                  "userId": user_id or record.get("createdBy"), "scheduleDate": row.get("scheduleDate"),
                  "ogTagsDetails": {"metaLink": row["link"]["url"]} if row.get("link") else None,
                  "postApprovalDetails": approval}
        posts.create_post(tenant, {k: v for k, v in fields.items() if v is not None}, source="csv", csv_id=csv_id)
    record.update(status="completed", updatedAt=iso_z(tenant.now()))
    tenant.store.put(CSV_IMPORTS, record)


def delete_import(tenant: Tenant, csv_id: str) -> dict[str, Any]:
    """Delete an import and its rows (the posts a finalized import made stay: they are the location's now)."""
    record = tenant.require(CSV_IMPORTS, csv_id)
    tenant.delete(CSV_IMPORTS, csv_id)
    return {"csv": {k: v for k, v in _public(record).items() if k not in ("_id", "id", "createdAt", "updatedAt")}}


def delete_row(tenant: Tenant, csv_id: str, row_id: str) -> dict[str, Any]:
    """Drop one row of a pending import."""
    record = _pending(tenant, csv_id)
    row = tenant.store.get(CSV_POSTS, row_id)
    if row is None or row["csvId"] != csv_id:
        raise BadRequest(ROW_NOT_FOUND)
    tenant.store.delete(CSV_POSTS, row_id)
    record.update(count=record["count"] - 1, updatedAt=iso_z(tenant.now()))
    tenant.store.put(CSV_IMPORTS, record)
    return {"postId": row_id}
