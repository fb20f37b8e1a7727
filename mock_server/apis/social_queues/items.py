"""A queue's items (the posts it cycles through) and its edit sessions.

An item is a post's content for the queue: made from a published post of the category (``postId`` is that
post) or composed for the queue (a new ``postId``), with its ``variations`` (one per turn) and what was changed
(``modifiedPostPayload``; ``reset`` takes the changes back). An active or paused queue is changed through an
edit session: ``edit/start`` copies the live items into drafts, the item operations naming its ``sessionId``
change the drafts, ``save`` makes them the live items, ``discard`` drops them. DECISION: a queue in draft is
also changed directly (no session), and ``directToQueue`` adds to the live items of any queue.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z, page
from mock_server.apis.locations.service import location_timezone
from mock_server.apis.social_planner import accounts, posts
from mock_server.apis.social_planner.tables import CATEGORIES, POSTS
from mock_server.apis.social_queues import schedule
from mock_server.apis.social_queues.queues import anchor, item_errors, items_of, live_queue, zone
from mock_server.apis.social_queues.tables import ITEM_NOT_FOUND, ITEMS, QUEUES, SESSION_NOT_FOUND, SESSIONS
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# The gap between neighbouring items' orders (the file's example orders are 1000 apart).
STEP = 1000
# DECISION: GHL's texts are not known.
SESSION_REQUIRED = "An edit session is required to change an active or paused queue"
ACTIVE_POST_NOT_FOUND = "No active queue post found"
_PRIVATE = ("id", "sessionId", "originalItemId", "original")


# -- what an item shows ------------------------------------------------------------------------------------
def _post_of(tenant: Tenant, item: dict[str, Any]) -> dict[str, Any]:
    """The item's post as GHL formats it: the source post with the item's changes, or the composed one."""
    source = tenant.store.get(POSTS, item["postId"])
    base = posts.view(source, tenant.now()) if source else {
        "_id": item["postId"], "postId": item["postId"], "locationId": tenant.location_id, "source": "composer",
        "error": "", "type": "post", "status": "draft", "createdAt": item["createdAt"], "updatedAt": item["updatedAt"]}
    return {**base, **item["modifiedPostPayload"], "locationId": tenant.location_id}


def created_view(tenant: Tenant, item: dict[str, Any]) -> dict[str, Any]:
    """An item as create, clone and update answer it (``CreatedQueueItemWithVariations``)."""
    shown = {k: v for k, v in item.items() if k not in _PRIVATE and (v is not None or k == "lastScheduledTime")}
    shown["modifiedPostPayload"] = {**_post_of(tenant, item), "source": "category-queue"}
    return shown


def listed_view(tenant: Tenant, item: dict[str, Any], slot: schedule.Occurrence | None) -> dict[str, Any]:
    """An item as the queue's listing shows it, with its next post time."""
    return {"_id": item["_id"], "order": item["order"], "variations": item["variations"],
            "primaryImage": item["primaryImage"], "postId": item["postId"], "post": _post_of(tenant, item),
            "errors": item["errors"], "scheduledDateTime": iso_z(slot.at) if slot else None,
            "scheduledVariationIndex": slot.variation if slot else 0, "isSkipped": bool(item["errors"]),
            "currentVariation": item["currentVariation"]}


def slots(tenant: Tenant, queue: dict[str, Any], items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each item's next post time (none while the queue is paused, or for an item with errors)."""
    found = {} if queue["status"] == "paused" else schedule.next_of_each(
        queue, items, zone(tenant), anchor(tenant, queue), tenant.now())
    return [{"itemId": i["_id"], "scheduledDateTime": iso_z(found[i["id"]].at) if i["id"] in found else None,
             "isSkipped": bool(i["errors"])} for i in items]


def scheduled_posts(tenant: Tenant, queue: dict[str, Any], items: list[dict[str, Any]], fields: dict[str, Any],
                    drafts: bool = False) -> list[dict[str, Any]]:
    """The queue's posts between ``startDate`` and ``endDate`` (of ``accountIds``, if any), as calendars show."""
    wanted = set(fields.get("accountIds") or [])
    category = tenant.store.get(CATEGORIES, queue["categoryId"])
    found = []
    for occurrence in schedule.upcoming(queue, items, zone(tenant), anchor(tenant, queue), tenant.now()):
        if iso_z(occurrence.at) > fields["endDate"] or len(found) >= schedule.MAX_POSTS:
            break
        item = occurrence.item
        if item is None or iso_z(occurrence.at) < fields["startDate"]:
            continue
        post = _post_of(tenant, item)
        if wanted and not wanted & set(post.get("accountIds") or []):
            continue
        entry = {"scheduledDateTime": iso_z(occurrence.at), "post": post, "queueItemId": item["_id"],
                 "queueId": queue["_id"], "order": item["order"], "variations": item["variations"],
                 "primaryImage": item["primaryImage"], "errors": item["errors"],
                 "currentVariation": occurrence.variation, "timezone": zone(tenant).key}
        if category is not None:
            entry["category"] = {k: category[k] for k in ("_id", "name", "primaryColor", "secondaryColor")}
        if drafts:
            entry.update(isDraft=True, originalItemId=item["originalItemId"])
        found.append(entry)
    return found


# -- sessions ----------------------------------------------------------------------------------------------
def _session(tenant: Tenant, queue: dict[str, Any], session_id: str) -> str:
    session = tenant.store.get(SESSIONS, session_id)
    if session is None or session["queueId"] != queue["id"]:
        raise BadRequest(SESSION_NOT_FOUND)
    return session_id


def _scope(tenant: Tenant, queue: dict[str, Any], session_id: str | None, direct: bool = False) -> str | None:
    """Which items a change acts on: the session's drafts, or the live items where no session is needed."""
    if session_id:
        return _session(tenant, queue, session_id)
    if direct or queue["status"] == "draft":
        return None
    raise BadRequest(SESSION_REQUIRED)


def start_session(tenant: Tenant, queue_id: str) -> dict[str, Any]:
    """edit/start: the queue's open session (resumed), or a new one with a draft of every live item."""
    live_queue(tenant, queue_id)  # an unknown or deleted queue is refused
    open_one = next(iter(tenant.store.find(SESSIONS, "queueId", queue_id)), None)
    if open_one is not None:
        return {"sessionId": open_one["id"], "itemCount": len(items_of(tenant, queue_id, open_one["id"]))}
    session_id = tenant.new_id()
    tenant.store.put(SESSIONS, {"id": session_id, "queueId": queue_id, "createdAt": iso_z(tenant.now())})
    live = items_of(tenant, queue_id)
    for item in live:
        _put(tenant, {**item, "id": tenant.new_id(), "sessionId": session_id, "originalItemId": item["id"]})
    return {"sessionId": session_id, "itemCount": len(live)}


def _close(tenant: Tenant, session_id: str) -> None:
    tenant.delete(SESSIONS, session_id)  # its drafts go with it (a cascade)


def save_session(tenant: Tenant, queue_id: str, session_id: str, keep_in_draft: bool) -> dict[str, Any]:
    """edit/save: the drafts become the live items (a draft queue is activated unless ``keepInDraft``)."""
    queue = live_queue(tenant, queue_id)
    _session(tenant, queue, session_id)
    live = {i["id"]: i for i in items_of(tenant, queue_id)}
    drafts, changed = items_of(tenant, queue_id, session_id), 0
    for draft in drafts:
        original = live.pop(draft["originalItemId"], None) if draft["originalItemId"] else None
        kept = {**draft, "id": original["id"] if original else tenant.new_id(), "sessionId": None,
                "originalItemId": None}
        kept["_id"] = kept["id"]
        if original is None or _content(original) != _content(kept):
            changed += 1
            kept["updatedAt"] = iso_z(tenant.now())
        _put(tenant, kept)
    for removed in live.values():
        tenant.store.delete(ITEMS, removed["id"])
    changed += len(live)
    _close(tenant, session_id)
    if queue["status"] == "draft" and not keep_in_draft:
        queue.update(status="active", startDate=iso_z(tenant.now()), updatedAt=iso_z(tenant.now()))
        tenant.store.put(QUEUES, queue)
    return {"updatedSlots": slots(tenant, queue, items_of(tenant, queue_id)), "totalPostsChanged": changed}


def discard_session(tenant: Tenant, queue_id: str, session_id: str) -> None:
    """edit/discard: the drafts go; the live items are as they were. (``keepInDraft`` changes nothing here.)"""
    queue = live_queue(tenant, queue_id)
    _close(tenant, _session(tenant, queue, session_id))


def _content(item: dict[str, Any]) -> tuple:
    return item["order"], item["variations"], item["primaryImage"], item["modifiedPostPayload"]


# -- items -------------------------------------------------------------------------------------------------
def _put(tenant: Tenant, item: dict[str, Any]) -> dict[str, Any]:
    item["_id"] = item["id"]
    return tenant.store.put(ITEMS, {k: v for k, v in item.items() if k != "errors"})


def _variations(tenant: Tenant, sent: list[dict[str, Any]] | None, summary: str | None) -> list[dict[str, Any]]:
    given = sent if sent else ([{"content": summary}] if summary else [])
    return [{"_id": tenant.new_id(), **{k: v for k, v in v.items() if v is not None}} for v in given]


def _order(items: list[dict[str, Any]], wanted: float | str | None) -> float:
    """An order value: as sent, or before the first item ("top") or after the last ("bottom", the default)."""
    if isinstance(wanted, int | float):
        return wanted
    orders = [i["order"] for i in items]
    if not orders:
        return STEP
    return min(orders) - STEP if wanted == "top" else max(orders) + STEP


def _item(tenant: Tenant, queue: dict[str, Any], item_id: str, scope: str | None) -> dict[str, Any]:
    item = tenant.require(ITEMS, item_id)
    if item["queueId"] != queue["id"] or item["sessionId"] != scope or item["deleted"]:
        raise BadRequest(ITEM_NOT_FOUND)
    item["errors"] = item_errors(tenant, item)
    return item


def _checked_payload(tenant: Tenant, payload: dict[str, Any]) -> dict[str, Any]:
    """The post fields sent (nulls are fields not sent); its accounts must be connected, its category exist."""
    payload = {k: v for k, v in payload.items() if v is not None}
    if payload.get("accountIds"):
        accounts.require_accounts(tenant, payload["accountIds"])
    if payload.get("categoryId"):
        tenant.require(CATEGORIES, payload["categoryId"])
    return payload


def from_post(tenant: Tenant, queue: dict[str, Any], post: dict[str, Any], order: float) -> dict[str, Any]:
    """An item of a category's published post (a new queue takes them all)."""
    media = post.get("media") or []
    payload = {"accountIds": post.get("accountIds") or []}
    return _new(tenant, queue, None, {"postId": post["_id"], "order": order, "modifiedPostPayload": payload,
                                      "variations": _variations(tenant, None, post.get("summary")),
                                      "primaryImage": media[0]["url"] if media else ""})


def join_future_post(tenant: Tenant, post: dict[str, Any]) -> None:
    """A post just created in a category whose queue enables future posts joins that queue: first when the queue
    prioritizes new content, else last (as ``directToQueue`` places an item), and in the drafts of an edit session
    open on it, so saving the session keeps it. (``Area.on_create``: social_planner reports its new posts.)
    DECISION: a post created as a draft or for review does not join (it is not content that goes out); a scheduled
    one does, as a published one."""
    if not post.get("categoryId") or post["status"] in ("draft", "in_review"):
        return
    for queue in tenant.store.find(QUEUES, "categoryId", post["categoryId"]):
        if queue["deleted"] or not queue["enableFuturePosts"]:
            continue
        wanted = "top" if queue["prioritizeNewContent"] else "bottom"
        item = from_post(tenant, queue, post, _order(items_of(tenant, queue["id"]), wanted))
        for session in tenant.store.find(SESSIONS, "queueId", queue["id"]):
            _put(tenant, {**item, "id": tenant.new_id(), "sessionId": session["id"], "originalItemId": item["id"]})


def _new(tenant: Tenant, queue: dict[str, Any], scope: str | None, fields: dict[str, Any]) -> dict[str, Any]:
    item_id, now = tenant.new_id(), iso_z(tenant.now())
    item = {"id": item_id, "queueId": queue["id"], "locationId": tenant.location_id, "sessionId": scope,
            "originalItemId": None, "parentPostId": None, "lastScheduledTime": None, "currentVariation": 0,
            "createdAt": now, "updatedAt": now, "deleted": False, **fields}
    item["original"] = {k: item[k] for k in ("variations", "primaryImage", "modifiedPostPayload")}
    return _put(tenant, item)


def create_item(tenant: Tenant, queue_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """create/item: a composed post for the queue, at ``order`` (or by the queue's ``prioritizeNewContent``
    when sent ``directToQueue``)."""
    queue = live_queue(tenant, queue_id)
    scope = _scope(tenant, queue, fields.get("sessionId"), bool(fields.get("directToQueue")))
    payload = _checked_payload(tenant, fields.get("modifiedPostPayload") or {})
    wanted = fields.get("order")
    if fields.get("directToQueue"):
        wanted = "top" if queue["prioritizeNewContent"] else "bottom"
    item = _new(tenant, queue, scope, {
        "postId": tenant.new_id(), "order": _order(items_of(tenant, queue_id, scope), wanted),
        "modifiedPostPayload": payload, "variations": _variations(tenant, fields.get("variations"),
                                                                  payload.get("summary")),
        "primaryImage": fields.get("primaryImage") or next((m["url"] for m in payload.get("media") or []), "")})
    return created_view(tenant, item)


def update_item(tenant: Tenant, queue_id: str, item_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    queue = live_queue(tenant, queue_id)
    scope = _scope(tenant, queue, fields.get("sessionId"))
    item = _item(tenant, queue, item_id, scope)
    if fields.get("modifiedPostPayload") is not None:
        item["modifiedPostPayload"] = {**item["modifiedPostPayload"],
                                       **_checked_payload(tenant, fields["modifiedPostPayload"])}
    if fields.get("variations") is not None:
        item["variations"] = _variations(tenant, fields["variations"], None)
    if fields.get("primaryImage") is not None:
        item["primaryImage"] = fields["primaryImage"]
    if fields.get("newOrder") is not None:
        others = [i for i in items_of(tenant, queue_id, scope) if i["id"] != item_id]
        item["order"] = _order(others, fields["newOrder"])
    item["updatedAt"] = iso_z(tenant.now())
    _put(tenant, item)
    return {"queueItem": created_view(tenant, item),
            "updatedSlots": slots(tenant, queue, items_of(tenant, queue_id, scope)), "totalPostsChanged": 1}


def reset_item(tenant: Tenant, queue_id: str, item_id: str, session_id: str | None) -> dict[str, Any]:
    """reset: the item's content as it was made (its post's), the changes since gone."""
    queue = live_queue(tenant, queue_id)
    item = _item(tenant, queue, item_id, _scope(tenant, queue, session_id))
    item.update(item["original"], currentVariation=0, updatedAt=iso_z(tenant.now()))
    _put(tenant, item)
    item["errors"] = item_errors(tenant, item)
    return listed_view(tenant, item, None)


def clone_item(tenant: Tenant, queue_id: str, item_id: str, session_id: str, order: float) -> dict[str, Any]:
    """clone: a copy of a draft item at ``order`` (in the session); it is a new post of the queue."""
    queue = live_queue(tenant, queue_id)
    scope = _session(tenant, queue, session_id)
    source = _item(tenant, queue, item_id, scope)
    copy = _new(tenant, queue, scope, {
        "postId": tenant.new_id(), "parentPostId": source["postId"], "order": order,
        "modifiedPostPayload": dict(source["modifiedPostPayload"]), "primaryImage": source["primaryImage"],
        "variations": [{**v, "_id": tenant.new_id()} for v in source["variations"]]})
    return created_view(tenant, copy)


def delete_item(tenant: Tenant, queue_id: str, item_id: str, session_id: str | None) -> dict[str, Any]:
    queue = live_queue(tenant, queue_id)
    scope = _scope(tenant, queue, session_id)
    _item(tenant, queue, item_id, scope)
    tenant.store.delete(ITEMS, item_id)
    return {"updatedSlots": slots(tenant, queue, items_of(tenant, queue_id, scope)), "totalPostsChanged": 1}


def list_items(tenant: Tenant, queue_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The queue's items (or a session's drafts), only those with errors if asked; ``itemId`` centres the page
    on that item (``skip`` is then ignored)."""
    queue = live_queue(tenant, queue_id)
    session_id = fields.get("sessionId")
    scope = _session(tenant, queue, session_id) if session_id else None
    items = items_of(tenant, queue_id, scope)
    slots_by_item = {} if queue["status"] == "paused" else schedule.next_of_each(
        queue, items, zone(tenant), anchor(tenant, queue), tenant.now())
    found = [i for i in items if i["errors"]] if fields.get("errorFilter") else items
    limit = int(fields["limit"]) if fields.get("limit") else 10
    skip = int(fields.get("skip") or 0)
    if fields.get("itemId"):
        at = next((n for n, i in enumerate(found) if i["id"] == fields["itemId"]), None)
        if at is None:
            raise BadRequest(ITEM_NOT_FOUND)
        skip = max(0, at - limit // 2)
    shown = page(found, skip, limit, limit)
    return {"items": [listed_view(tenant, i, slots_by_item.get(i["id"])) for i in shown],
            "meta": {"count": str(len(found)), "skip": skip, "limit": limit}}


def fetch_slots(tenant: Tenant, queue_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    queue = live_queue(tenant, queue_id)
    scope = _session(tenant, queue, fields["sessionId"]) if fields.get("sessionId") else None
    found = slots(tenant, queue, items_of(tenant, queue_id, scope))
    skip, limit = int(fields.get("skip") or 0), int(fields["limit"]) if fields.get("limit") else 20
    return {"slots": found[skip:skip + limit], "total": len(found), "skip": skip, "limit": limit,
            "timezone": location_timezone(tenant)}


def session_calendar(tenant: Tenant, queue_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """edit/calendar: the posts the session's drafts would make between two dates, were it saved."""
    queue = live_queue(tenant, queue_id)
    scope = _session(tenant, queue, fields["sessionId"])
    preview = {**queue, "status": "active" if queue["status"] == "draft" else queue["status"]}
    found = [] if queue["status"] == "paused" else scheduled_posts(
        tenant, {**preview, "startDate": queue["startDate"] if queue["status"] != "draft" else iso_z(tenant.now())},
        items_of(tenant, queue_id, scope), fields, drafts=True)
    return {"scheduledPosts": found, "total": len(found), "timezone": location_timezone(tenant)}


def delete_active_post(tenant: Tenant, post_id: str) -> None:
    """Delete the post an active queue is about to publish: its slot goes to the next item (the item stays in
    the queue for its next turn: DECISION)."""
    for queue in tenant.store.scan(QUEUES):
        if queue["deleted"] or queue["status"] != "active":
            continue
        items = items_of(tenant, queue["id"])
        upcoming = next((o for o in schedule.upcoming(queue, items, zone(tenant), anchor(tenant, queue),
                                                      tenant.now()) if o.item is not None), None)
        if upcoming is not None and upcoming.item["postId"] == post_id:
            queue["cursor"] = queue.get("cursor", 0) + 1
            queue["updatedAt"] = iso_z(tenant.now())
            tenant.store.put(QUEUES, queue)
            return
    raise BadRequest(ACTIVE_POST_NOT_FOUND)
