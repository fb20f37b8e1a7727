"""The areas' seed endpoints (``Area.seeds``), served under ``/_mock`` and listed by ``GET /_mock/seeds``.

A seed is a declaration in its area's package (``mock_server/platform/area.py``: ``Seed``); this module is
the only place that turns them into Starlette routes. Every seed endpoint behaves the same way, in the
order of the API's pipeline: the path's location or company must exist (400 ``Location not found`` /
``Company not found``), the body is validated by the seed's model (422 in GHL's words), then the seed runs
in one store transaction (all or nothing) and its answer is sent with the declared status.

The table of seed endpoints in ``CONTRACT_COVERAGE.md`` comes from the same declarations
(``mock_server.contracts.coverage.seeds_section``, written by ``ghl-mock contract coverage``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from mock_server.control.http import body_as, json, world_of
from mock_server.platform.area import Seed
from mock_server.platform.areas import Areas
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant


def routes(areas: Areas) -> list[Route]:
    """``GET /seeds`` and one route per declared seed (paths relative to the ``/_mock`` mount)."""
    return [Route("/seeds", listing, methods=["GET"]),
            *(Route(path, _endpoint(area, method, path), methods=[method]) for area, method, path in areas.seed_routes())]


def _endpoint(area: str, method: str, path: str):
    async def endpoint(request: Request):
        world = world_of(request)
        seed = world.areas.seed(area, method, path)  # its area is imported on the first call
        params = {_snake(name): value for name, value in request.path_params.items()}
        tenant = _tenant(world, seed.tenant_param, params.pop(_snake(seed.tenant_param)))
        body = await body_as(request, seed.body) if seed.body is not None else None
        with world.store.transaction():
            answer = seed.run(tenant, body, **params) if seed.body is not None else seed.run(tenant, **params)
        return json(answer, seed.status)

    endpoint.__doc__ = f"{method} /_mock{path}: a seed endpoint of the {area} area (``GET /_mock/seeds`` says what it does)."
    return endpoint


def _snake(name: str) -> str:
    """``messageId`` -> ``message_id``: the keyword a seed's function takes a path parameter as."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def _tenant(world, param: str, value: str) -> Tenant:
    if param == "locationId":
        return world.tenant(value)
    if not world.tenants.company_exists(value):
        raise BadRequest("Company not found")
    return world.agency(value)


async def listing(request: Request):
    """Every seed endpoint the areas declare: method, path, area, status, what it does and its body's schema."""
    areas = world_of(request).areas
    return json({"seeds": [describe(seed, areas) for seed in areas.seeds]})


def describe(seed: Seed, areas: Areas) -> dict[str, Any]:
    return {"method": seed.method, "path": "/_mock" + seed.path, "area": areas.area_of_seed(seed),
            "status": seed.status, "doc": seed.doc,
            "body": _schema(seed.body) if seed.body is not None else None}


@cache
def _schema(model: type) -> dict[str, Any]:
    """A seed body's JSON schema, built once per model (building them all took ~0.2 s per listing); read only."""
    return model.model_json_schema()
