"""Where the Chat Widget area differs from v3/chat-widget-v3.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

ALLOWLIST = ()

_FILE = "v3/chat-widget-v3.json"
_WIDGET = "/chat-widget/data/{locationId}/{id}"
_BY_ID = ("the walk changes only records it created, found under the path's prefix: widgets are created at "
          "/chat-widget/ but changed under /chat-widget/data/{locationId}/ and deleted under "
          "/chat-widget/{locationId}/, which it does not connect. The file declares no answer body to validate; "
          "the answers (the official Node SDK's ChatWidgetDTO) are checked by tests/apis/chat_widget/test_widgets.py")
UNWALKED: dict[tuple[str, str, str], str] = {
    (_FILE, "PUT", _WIDGET): _BY_ID,
    (_FILE, "PATCH", _WIDGET): _BY_ID,
    (_FILE, "DELETE", "/chat-widget/{locationId}/{id}"): _BY_ID,
    (_FILE, "GET", "/chat-widget/public/config/{id}"): (
        "the walk probes operations that take a token, and the widget config takes none (routes.py); the file "
        "declares no answer body: checked by tests/apis/chat_widget/test_public.py"),
}
