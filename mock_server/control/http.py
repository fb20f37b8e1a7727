"""Small helpers the control-plane endpoints share: JSON in (validated by a model), JSON out."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from mock_server.platform import inputs
from mock_server.platform.errors import ClientDisconnected, Unprocessable
from mock_server.platform.validation import validate

M = TypeVar("M", bound=BaseModel)


def json(body: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type="application/json")


async def body_as(request: Request, model: type[M]) -> M:
    try:
        raw = await request.body()
    except ClientDisconnect:
        raise ClientDisconnected("The client disconnected before its request body was complete") from None
    data = inputs.parse_json(raw) if raw.strip() else {}
    value, problems = validate(model, data)
    if problems:
        raise Unprocessable([p.message for p in problems])
    return value


def query_as(request: Request, model: type[M]) -> M:
    value, problems = validate(model, inputs.query_dict(request.scope["query_string"], model))
    if problems:
        raise Unprocessable([p.message for p in problems])
    return value


def world_of(request: Request):
    return request.app.state.world
