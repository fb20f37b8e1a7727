"""What a website's chat widget loader reads without a token: ``GET /chat-widget/public/config/{id}``, and the
control-plane seed of the widgets only GHL's UI makes.

DECISION: the config's shape. The file declares no answer body. GHL's own loader script (public code,
find_string id 21065766851: ``fetch(`${serviceURL}/chat-widget/public/config/${widgetId}`)``) reads
``data.config`` and sets each of its keys as an attribute of the page's ``<chat-widget>`` element, whose
attributes are kebab-case (``location-id``, ``widget-id``). So the answer is ``{"config": {...}}``: the
widget's id, location, kind and version, and each of its settings under its kebab-case name (nested settings,
``theme`` or ``advanceSettings``, kept as objects). The ``version`` query (the loader's generation, "2" by
default) selects nothing in the mock: every widget answers the same config.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mock_server.apis.chat_widget import models
from mock_server.apis.chat_widget.tables import CHAT_WIDGETS
from mock_server.apis.chat_widget.widgets import create_widget, get_widget, view
from mock_server.platform.tenant_context import Tenant

if TYPE_CHECKING:
    from mock_server.platform.world import World


def widget_config(world: World, widget_id: str) -> dict[str, Any]:
    """The config of any location's live widget: the widget's id is all a website knows."""
    owner = world.store.owner(widget_id)
    if owner is None or owner[1] != CHAT_WIDGETS:
        raise world.areas.table(CHAT_WIDGETS).missing(widget_id)
    widget = get_widget(world.tenant(owner[0]), widget_id)
    config = {"widget-id": widget["id"], "location-id": widget["locationId"], "chat-type": widget["chatType"],
              "version": widget["version"]}
    return {"config": config | {_kebab(key): value for key, value in widget.get("settings", {}).items()}}


def _kebab(name: str) -> str:
    """``liveChatAckMsg`` -> ``live-chat-ack-msg``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def seed_widget(tenant: Tenant, body: models.ChatWidgetSeed) -> dict[str, Any]:
    """A widget of any kind, as GHL's UI makes it (``POST /_mock/locations/{locationId}/chat-widgets``), answered
    as the API answers one."""
    return view(create_widget(tenant, body.model_dump(exclude_none=True), None))
