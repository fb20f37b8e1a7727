"""The body an app receives: the envelope around the event's payload, as exact bytes.

Order (GHL issue #264 shows a live body starting ``type, locationId, versionId, appId``; the rest is a
DECISION): ``type``, ``locationId`` (agency-level events: ``companyId``), ``versionId``, ``appId``, the
payload's fields, ``timestamp`` (ISO-8601 UTC on the mock clock), ``webhookId`` (one per event: the
same on every retry and for every app that receives it).
"""

from __future__ import annotations

from typing import Any

import orjson

from mock_server.webhooks import jsonjs
from mock_server.webhooks.oddities import type_value


def body(record: dict[str, Any], *, app_id: str | None, version_id: str | None) -> dict[str, Any]:
    """The body as a dict (the payload's own ``appId``/``locationId``... never duplicate the envelope's)."""
    payload = record["data"]
    head: dict[str, Any] = {"type": type_value(record["type"], payload)}
    if record.get("locationId"):
        head["locationId"] = record["locationId"]
    else:
        head["companyId"] = record["companyId"]
    if app_id is not None:
        head["versionId"] = version_id or app_id
        head["appId"] = app_id
    tail = {"timestamp": record["timestamp"], "webhookId": record["id"]}
    middle = {k: v for k, v in payload.items() if k not in head and k not in tail}
    return {**head, **middle, **tail}


def body_bytes(record: dict[str, Any], *, app_id: str | None, version_id: str | None,
               plain: bool | None = None) -> bytes:
    """The exact bytes sent (and signed): what ``JSON.stringify`` writes for the body. ``plain``: what
    ``jsonjs.is_plain(record["data"])`` answers, if the caller asked already (the envelope adds only strings)."""
    return jsonjs.dumps(body(record, app_id=app_id, version_id=version_id), plain=plain)


def sent_body(event: bytes | dict[str, Any], *, app_id: str | None, version_id: str | None,
              timestamp: str | None = None) -> bytes:
    """The exact bytes an app gets for a stored event record (JSON bytes or decoded); ``timestamp`` is the
    stale-timestamp fault's, sent in place of the event's."""
    record = orjson.loads(event) if isinstance(event, bytes) else event
    if timestamp is not None:
        record = {**record, "timestamp": timestamp}
    return body_bytes(record, app_id=app_id, version_id=version_id)
