"""Chat Widget operations (v3/chat-widget-v3.json): a location's website chat widgets.

Only the v3 file declares them. Each answer's body is the official Node SDK's (see widgets.py): the file
declares none.
"""

from __future__ import annotations

from mock_server.apis.chat_widget import listing, models, public, widgets
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("v3/chat-widget-v3.json", tag="Chat Widget")
READ, WRITE = "chat-widget.readonly", "chat-widget.write"
WIDGET = "/chat-widget/data/{locationId}/{id}"


@api.get("/chat-widget/list", "listChatWidget", scopes=READ, tokens=LOCATION, query=models.ChatWidgetsQuery,
         response=models.ChatWidgetsResponse, errors=(404,))
def list_chat_widget(call: Call) -> dict:
    q = call.query
    return listing.list_widgets(call.tenant, offset=q.offset, limit=q.limit, chat_type=q.chatType,
                                exclude_chat_type=q.excludeChatType, voice_ai_agent_id=q.voiceAiAgentId,
                                all_in_one_chat_types=q.allInOneChatTypes)


@api.get(WIDGET, "getChatWidget", scopes=READ, tokens=LOCATION, response=models.ChatWidgetResponse, errors=(404,))
def get_chat_widget(call: Call) -> dict:
    return widgets.view(widgets.get_widget(call.tenant, call.path["id"]))


@api.put(WIDGET, "updateChatWidget", scopes=WRITE, tokens=LOCATION, body=models.UpdateWidgetBody,
         response=models.ChatWidgetResponse, errors=(404,))
def update_chat_widget(call: Call) -> dict:
    changes = sent_fields(call.body)
    return widgets.view(widgets.replace_widget(call.tenant, call.path["id"], changes, call.principal.user_id))


@api.operation("PATCH", WIDGET, "patchChatWidget", scopes=WRITE, tokens=LOCATION, body=models.PatchWidgetBody,
               response=models.ChatWidgetResponse, errors=(404,))
def patch_chat_widget(call: Call) -> dict:
    changes = sent_fields(call.body)
    return widgets.view(widgets.patch_widget(call.tenant, call.path["id"], changes, call.principal.user_id))


# The file declares no security: a website's visitor reads it, with the widget's id and no token.
@api.get("/chat-widget/public/config/{id}", "getWidget", public=True, query=models.WidgetConfigQuery,
         response=models.WidgetConfigResponse, errors=(404,))
def get_widget(call: Call) -> dict:
    return public.widget_config(call.world, call.path["id"])


@api.delete("/chat-widget/{locationId}/{id}", "delete", scopes=WRITE, tokens=LOCATION,
            response=models.ChatWidgetResponse, errors=(404,))
def delete(call: Call) -> dict:
    return widgets.view(widgets.delete_widget(call.tenant, call.path["id"], call.principal.user_id))


@api.post("/chat-widget/clone", "cloneChatWidget", scopes=WRITE, tokens=LOCATION, body=models.CloneChatWidgetBody,
          response=models.ChatWidgetResponse, status=201, errors=(404,))
def clone_chat_widget(call: Call) -> dict:
    b = call.body
    return widgets.view(widgets.clone_widget(call.tenant, b.chatWidgetId, b.name, call.principal.user_id))


@api.post("/chat-widget/", "createChatWidget", scopes=WRITE, tokens=LOCATION, body=models.CreateWidgetBody,
          response=models.ChatWidgetResponse, status=201)
def create_chat_widget(call: Call) -> dict:
    return widgets.view(widgets.create_widget(call.tenant, sent_fields(call.body), call.principal.user_id))
