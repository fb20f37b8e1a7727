"""Where the Category Queue area differs from social-planner-v3.json on purpose, each with its reason.

Read by the contract kit's upstream check (contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

V3 = "v3/social-planner-v3.json"
Q = "/social-media-posting/category/queues"
STRING_ENUMS = ("the file types a post's status and type as objects while describing words (draft, scheduled ...; "
                "post, story, reel); create-post takes the words and GHL answers them back, as social_planner does")
# Where each answer shows a post: (method, path, where the post is).
_POSTS = (
    ("POST", f"{Q}/list/calendar", "results/scheduledPosts/*/post"),
    ("POST", f"{Q}/{{queueId}}/edit/calendar", "results/scheduledPosts/*/post"),
    ("POST", f"{Q}/{{queueId}}/items", "results/items/*/post"),
    ("PUT", f"{Q}/{{queueId}}/items/{{itemId}}/reset", "results/queueItem/post"),
    ("POST", f"{Q}/{{queueId}}/create/item", "results/queueItem/modifiedPostPayload"),
    ("POST", f"{Q}/{{queueId}}/items/{{itemId}}/clone", "results/queueItem/modifiedPostPayload"),
    ("PUT", f"{Q}/{{queueId}}/items/{{itemId}}", "results/queueItem/modifiedPostPayload"),
)

ALLOWLIST: tuple[Allowed, ...] = tuple(
    Allowed(V3, method, path, "response_schema", f"{where}/{field}", STRING_ENUMS)
    for method, path, where in _POSTS for field in ("status", "type"))

BY_TEST = "validated by tests/apis/social_queues/test_upstream_conformance.py"
_NEEDS_QUEUE = ("the walk finds no queue to act on: queues are listed by a POST (/list), which it does not read ids "
                f"from, and the item and session operations need an open edit session's id too; {BY_TEST}")
UNWALKED: dict[tuple[str, str, str], str] = {
    (V3, method, path): _NEEDS_QUEUE
    for method, path in (("GET", f"{Q}/{{queueId}}"), ("PUT", f"{Q}/{{queueId}}"), ("POST", f"{Q}/{{queueId}}/items"),
                         ("POST", f"{Q}/{{queueId}}/edit/start"), ("POST", f"{Q}/{{queueId}}/edit/save"),
                         ("POST", f"{Q}/{{queueId}}/edit/discard"), ("POST", f"{Q}/{{queueId}}/edit/calendar"),
                         ("POST", f"{Q}/{{queueId}}/slots"), ("DELETE", f"{Q}/{{queueId}}/items/{{itemId}}"),
                         ("PUT", f"{Q}/{{queueId}}/items/{{itemId}}"), ("DELETE", f"{Q}/{{postId}}/active-post"),
                         ("PUT", f"{Q}/{{queueId}}/items/{{itemId}}/reset"),
                         ("POST", f"{Q}/{{queueId}}/items/{{itemId}}/clone"), ("POST", f"{Q}/{{queueId}}/create/item"))
}
