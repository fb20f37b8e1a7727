"""A location's brand boards (logos, colors, fonts), one of them the default; deleting one moves it to the trash.

DECISION: a deleted board stays, ``deleted: true``: listed only with ``deleted=true`` (the list's own
filter), and unknown (404) to the operations by id, as GHL's soft-deleted records usually are.
"""

from __future__ import annotations

from typing import Any

from mock_server.apis.brand_boards.tables import BRAND_BOARDS
from mock_server.apis.common import iso_z, page
from mock_server.platform.tenant_context import Tenant

DESIGN = ("logos", "colors", "fonts")
LIST_FIELDS = ("name", "updatedAt", "default", "meta")


def view(board: dict[str, Any]) -> dict[str, Any]:
    """A board as GHL answers it: its id is ``_id`` (the store keys records by ``id``)."""
    return {"_id": board.pop("id"), **board}  # popped before the rest is spread


def create_board(tenant: Tenant, fields: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    """A new board; from ``brandBoardId`` it starts as a copy of that board's design (the source in ``meta``)."""
    fields = _given(fields)
    source_id, source_type = fields.pop("brandBoardId", None), fields.pop("type", "blank")
    # DECISION: the mock reads no website: a board made from ``url`` (v3) has the design sent with it, no more.
    fields.pop("url", None)
    source = get_board(tenant, source_id) if source_id else {}
    now = iso_z(tenant.now())
    board = {"id": tenant.new_id(), **{key: source.get(key, []) for key in DESIGN}, "default": False, **fields,
             "locationId": tenant.location_id, "deleted": False, "createdAt": now}
    if source_id:
        board["originId"] = source.get("originId", source_id)
    return _save(tenant, board, "CREATE", user_id, {"sourceId": source_id, "sourceType": source_type})


def get_board(tenant: Tenant, board_id: str) -> dict[str, Any]:
    board = tenant.require(BRAND_BOARDS, board_id)
    if board["deleted"]:
        raise tenant.world.areas.table(BRAND_BOARDS).missing(board_id)
    return board


def update_board(tenant: Tenant, board_id: str, changes: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    return _save(tenant, {**get_board(tenant, board_id), **_given(changes)}, "UPDATE", user_id)


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    # DECISION: a null is a field not sent (the file declares none nullable), on create as on update.
    return {key: value for key, value in fields.items() if value is not None}


def delete_board(tenant: Tenant, board_id: str, user_id: str | None) -> dict[str, Any]:
    return _save(tenant, {**get_board(tenant, board_id), "deleted": True, "default": False}, "DELETE", user_id)


def list_boards(tenant: Tenant, *, search: str, deleted: bool, offset: float, limit: float) -> dict[str, Any]:
    """The boards (or the trash) whose name contains ``search``, most recently changed first."""
    needle = search.casefold()
    boards = [b for b in reversed(tenant.store.scan(BRAND_BOARDS))
              if b["deleted"] == deleted and needle in b["name"].casefold()]
    boards.sort(key=lambda board: board["updatedAt"], reverse=True)
    listed = [{"_id": b["id"], **{key: b[key] for key in LIST_FIELDS}} for b in page(boards, offset, limit, 10)]
    return {"brandBoards": listed, "totalCount": len(boards)}


def _save(tenant: Tenant, board: dict[str, Any], action: str, user_id: str | None,
          source: dict[str, Any] | None = None) -> dict[str, Any]:
    """Store ``board`` after ``action`` by ``user_id``; a default board makes the location's others not default."""
    meta = {**board.get("meta", {}), **(source or {}), "updatedBy": user_id, "lastAction": action}
    board.update(meta={key: value for key, value in meta.items() if value is not None}, updatedAt=iso_z(tenant.now()))
    if board["default"]:
        for other in tenant.store.scan(BRAND_BOARDS):
            if other["default"] and other["id"] != board["id"]:
                tenant.store.put(BRAND_BOARDS, {**other, "default": False})
    return tenant.store.put(BRAND_BOARDS, board)
