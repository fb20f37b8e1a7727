"""The Funnels area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.funnels import funnels, routes, tables
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "funnels",
    serves='Funnels: funnels and their pages (seeded, listed, counted), URL redirects (checked, no duplicates)',
    apis=(routes.api,),
    tables=(
        Table(tables.REDIRECTS, indexes=("lookupKey",), not_found=BadRequest(tables.REDIRECT_NOT_FOUND)),
        Table(tables.FUNNELS),
        Table(tables.PAGES, indexes=("funnelId",)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/funnels", funnels.seed_funnel, body=funnels.FunnelSeed,
             doc='`{"name", "type" ("funnel" or "website"), "steps": [{"name", "url", "pages": [names]}]}`: seed a funnel '
                 "or website with its steps and pages, which GHL's API only lists"),
    ),
    factories="mock_server.apis.funnels.factories:FunnelFactories",
    demo="mock_server.apis.funnels.demo:load",
    contract_seeds=(
        ContractSeed("/locations/{locationId}/funnels",
                     {"name": "Contract funnel", "steps": [{"name": "Opt-in", "url": "/contract-optin"}]},
                     {"funnelId": "_id"}),
    ),
    upstream_allowlist="mock_server.apis.funnels.upstream",
)
