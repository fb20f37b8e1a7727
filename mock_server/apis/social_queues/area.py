"""The Category Queue area's registrations (see ``mock_server/platform/area.py``).

A separate area from ``social_planner`` (whose posts, categories and accounts it builds on): a queue is a
resource of its own, with its items, its edit sessions and its schedule."""

from __future__ import annotations

from mock_server.apis.social_planner.tables import POSTS
from mock_server.apis.social_queues import items, routes, tables
from mock_server.platform.area import Area, ContractSeed, OnCreate, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "social_queues",
    serves="Social planner category queues (v3): a category's queue, its items and edit sessions, its slots and "
           "calendars",
    apis=(routes.api,),
    tables=(
        Table(tables.QUEUES, indexes=("categoryId",), not_found=BadRequest(tables.QUEUE_NOT_FOUND)),
        Table(tables.ITEMS, indexes=("queueId", "sessionId"), not_found=BadRequest(tables.ITEM_NOT_FOUND)),
        Table(tables.SESSIONS, indexes=("queueId",), not_found=BadRequest(tables.SESSION_NOT_FOUND)),
    ),
    cascades=(
        delete_children(tables.SESSIONS, tables.ITEMS, "sessionId", "closing an edit session drops its drafts"),
    ),
    on_create=(
        OnCreate(POSTS, items.join_future_post,
                 "a post created in a category whose queue enables future posts joins the queue"),
    ),
    factories="mock_server.apis.social_queues.factories:SocialQueueFactories",
    demo="mock_server.apis.social_queues.demo:load",
    contract_seeds=(
        ContractSeed("/locations/{locationId}/social-categories", {"name": "Contract queue category"},
                     {"queueCategoryId": "_id"}),
    ),
    upstream_allowlist="mock_server.apis.social_queues.upstream",
)
