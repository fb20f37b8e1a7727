"""The Social Planner area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.social_planner import accounts, comments, library, routes, statistics, tables
from mock_server.platform.area import Area, Cascade, ContractSeed, Seed, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "social_planner",
    serves="Social planner: posts, connected accounts, CSV imports, categories, tags, statistics; v3: comments and likes",
    apis=(routes.api, routes.v3_api),
    tables=(
        Table(tables.ACCOUNTS, not_found=BadRequest(tables.ACCOUNT_NOT_FOUND)),
        Table(tables.GROUPS, indexes=("accountIds",)),
        Table(tables.POSTS, not_found=BadRequest(tables.POST_NOT_FOUND)),
        Table(tables.CSV_UPLOADS),
        Table(tables.CSV_IMPORTS, not_found=BadRequest(tables.CSV_NOT_FOUND)),
        Table(tables.CSV_POSTS, indexes=("csvId",)),
        Table(tables.CATEGORIES, not_found=BadRequest(tables.CATEGORY_NOT_FOUND)),
        Table(tables.TAGS, indexes=("tag",)),
        Table(tables.COMMENTS, indexes=("parentId",), not_found=BadRequest(tables.COMMENT_NOT_FOUND)),
    ),
    seeds=(
        Seed("POST", "/locations/{locationId}/social-accounts", accounts.seed_account, body=accounts.AccountSeed,
             doc='`{"platform","name","type","originId","oauthId","avatar","expire","meta","followers"}` (platform '
                 "required): connect a social account, as a platform's OAuth flow attaches one"),
        Seed("POST", "/locations/{locationId}/social-account-groups", accounts.seed_group, body=accounts.GroupSeed,
             doc='`{"name","accountIds"}`: seed a group of connected social accounts, which the API only lists'),
        Seed("POST", "/locations/{locationId}/social-categories", library.seed_category, body=library.CategorySeed,
             doc='`{"name","primaryColor","secondaryColor"}` (name required): seed a social post category, which '
                 "the API only lists"),
        Seed("POST", "/locations/{locationId}/social-posts/{postId}/insights", statistics.seed_insights,
             body=statistics.InsightsSeed, status=200,
             doc='`{"likes","comments","shares","impressions","reach"}`: what the platforms report about a post '
                 "(statistics add them up)"),
        Seed("POST", "/locations/{locationId}/social-posts/{postId}/comments", comments.seed_comment,
             body=comments.AudienceComment, status=201,
             doc='`{"content","authorName","authorId","profilePic","platform","parentId","likeCount","publishedAt"}` '
                 "(content required): someone's comment on a published post, or reply (`parentId`), as the platform "
                 "reports it"),
    ),
    cascades=(
        delete_children(tables.CSV_IMPORTS, tables.CSV_POSTS, "csvId", "deleting a CSV import deletes its rows"),
        Cascade(tables.ACCOUNTS, accounts.ungroup, "deleting a social account takes it out of its groups"),
    ),
    factories="mock_server.apis.social_planner.factories:SocialPlannerFactories",
    demo="mock_server.apis.social_planner.demo:load",
    contract_seeds=(
        ContractSeed("/locations/{locationId}/social-accounts", {"platform": "facebook", "name": "Contract page"},
                     {"socialAccountId": "id"}),
        ContractSeed("/locations/{locationId}/social-categories", {"name": "Contract category"},
                     {"socialCategoryId": "_id"}),
    ),
    upstream_allowlist="mock_server.apis.social_planner.upstream",
)
