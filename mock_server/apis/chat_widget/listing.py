"""Listing a location's chat widgets, with the filters list-chat-widgets declares."""

from __future__ import annotations

from typing import Any

from mock_server.apis.chat_widget.tables import CHAT_WIDGETS
from mock_server.apis.chat_widget.widgets import view
from mock_server.platform.tenant_context import Tenant

# The file: "webChat" is no kind of widget but names these four at once.
WEB_CHAT = frozenset({"facebookChat", "emailChat", "instagramChat", "waChat"})
ALL_IN_ONE = "allInOneChat"
LIST_FIELDS = ("_id", "name", "chatType", "default", "creationSource", "settings", "createdAt", "updatedAt")


def kinds(chat_type: str) -> frozenset[str]:
    return WEB_CHAT if chat_type == "webChat" else frozenset({chat_type})


def list_widgets(tenant: Tenant, *, offset: str, limit: str, chat_type: str | None = None,
                 exclude_chat_type: str | None = None, voice_ai_agent_id: str | None = None,
                 all_in_one_chat_types: str | None = None) -> dict[str, Any]:
    """The live widgets matching every filter sent, most recently changed first.

    DECISION: ``voiceAiAgentId`` keeps the widgets whose ``settings.advanceSettings.voiceAiAgent.id`` it is
    (the file types voiceAiAgent as an object and says no more); ``allInOneChatTypes`` (only with
    ``chatType=allInOneChat``, as the file says) keeps the all-in-one widgets offering one of those channels
    (``settings.advanceSettings.allInOneChatTypes``). ``limit=0`` is no limit, as MongoDB's limit(0) is (the
    file's own example sends it). The order is the brand boards' (the file names none).
    """
    wanted = kinds(chat_type) if chat_type else None
    offered = kinds(all_in_one_chat_types) if all_in_one_chat_types and chat_type == ALL_IN_ONE else None
    found = []
    for widget in reversed(tenant.store.scan(CHAT_WIDGETS)):  # newest first among equal times
        advanced = widget.get("settings", {}).get("advanceSettings", {})
        if widget["deleted"] or (wanted and widget["chatType"] not in wanted) or \
                widget["chatType"] == exclude_chat_type or \
                (voice_ai_agent_id and (advanced.get("voiceAiAgent") or {}).get("id") != voice_ai_agent_id) or \
                (offered and offered.isdisjoint(advanced.get("allInOneChatTypes", ()))):
            continue
        found.append(widget)
    found.sort(key=lambda widget: widget["updatedAt"], reverse=True)
    start, size = int(offset), int(limit)
    shown = found[start:start + size] if size else found[start:]
    return {"chatWidgets": [_item(view(widget)) for widget in shown], "totalCount": len(found)}


def _item(widget: dict[str, Any]) -> dict[str, Any]:
    return {key: widget[key] for key in LIST_FIELDS if key in widget}
