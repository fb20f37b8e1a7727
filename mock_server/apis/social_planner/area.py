"""The Social Planner area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.social_planner import accounts, routes, tables
from mock_server.platform.area import Area, Seed, Table
from mock_server.platform.errors import BadRequest

area = Area(
    "social_planner",
    serves="Social planner: posts, connected accounts, CSV imports, categories, tags, statistics",
    apis=(routes.api,),
    tables=(
        Table(tables.ACCOUNTS, not_found=BadRequest(tables.ACCOUNT_NOT_FOUND)),
        Table(tables.GROUPS, indexes=("accountIds",)),
        Table(tables.POSTS, not_found=BadRequest(tables.POST_NOT_FOUND)),
        Table(tables.CSV_IMPORTS, not_found=BadRequest(tables.CSV_NOT_FOUND)),
        Table(tables.CATEGORIES, not_found=BadRequest(tables.CATEGORY_NOT_FOUND)),
        Table(tables.TAGS),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/social-accounts", accounts.seed_account, body=accounts.AccountSeed,
             doc='`{"platform","name","type","originId","oauthId","avatar","expire","meta"}` (platform required): '
                 "connect a social account, as a platform's OAuth flow attaches one"),
        Seed("POST", "/locations/{locationId}/social-account-groups", accounts.seed_group, body=accounts.GroupSeed,
             doc='`{"name","accountIds"}`: seed a group of connected social accounts, which the API only lists'),
    ),
)
