"""The Chat Widget area's registrations (see ``mock_server/platform/area.py``).

Its own area: no other area owns chat widgets (the conversations area keeps the messages a live chat
sends, not the widget a website shows), and only the v3 file declares them.
"""

from __future__ import annotations

from mock_server.apis.chat_widget import models, public, routes, tables
from mock_server.platform.area import Area, ContractSeed, Seed, Table
from mock_server.platform.errors import NotFound

area = Area(
    "chat_widget",
    serves="Chat widgets (v3): create, clone, replace, patch, list, delete; the public config",
    apis=(routes.api,),
    tables=(Table(tables.CHAT_WIDGETS, indexes=("default",), not_found=NotFound(tables.CHAT_WIDGET_NOT_FOUND)),),
    seeds=(Seed("POST", "/locations/{locationId}/chat-widgets", public.seed_widget, body=models.ChatWidgetSeed,
                status=201, doc='`{"name","chatType","version","default","settings"}` (name and chatType required): '
                                'seed a chat widget of any kind (WhatsApp, Facebook, voice AI, all-in-one ...), '
                                'which only GHL\'s UI makes'),),
    factories="mock_server.apis.chat_widget.factories:ChatWidgetFactories",
    demo="mock_server.apis.chat_widget.demo:load",
    # The walk reads a widget at a path no collection lists (/chat-widget/data/{locationId}/{id}): a seeded
    # widget fills it, and the clone's chatWidgetId.
    contract_seeds=(ContractSeed("/locations/{locationId}/chat-widgets",
                                 {"name": "Contract widget", "chatType": "liveChat"},
                                 {"chatWidgetId": "_id", "/chat-widget/data/{locationId}": "_id"}),),
    upstream_allowlist="mock_server.apis.chat_widget.upstream",
)
