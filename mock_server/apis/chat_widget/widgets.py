"""A location's chat widgets: the website chat boxes its visitors write through (live chat, email chat and
the kinds GHL's UI makes: WhatsApp, Facebook, Instagram, voice AI, all-in-one), one of them the default.

The records are the ones GHL answers (the official Node SDK's ``ChatWidgetDTO``, generated from a file later
than the one the mock was built from, which declares no answer bodies): ``_id``, ``version``, ``chatType``,
``name``, ``locationId``, ``deleted``, ``default``, ``settings``, ``updatedBy``, ``originId`` and the times.

DECISION: the default. A location has at most one default widget: a widget becomes it when created or
changed with ``default: true``, or when created while the location has none (its first widget); deleting the
default promotes the most recently changed live widget (the file: "another widget may be promoted"); a client
may unset it (``default: false``), leaving none.
Deleting moves a widget to the trash (``deleted: true``, the file's "soft-deletes"): the operations by id
and the list no longer find it.
"""

from __future__ import annotations

import copy
from typing import Any

from mock_server.apis.chat_widget.tables import CHAT_WIDGETS
from mock_server.apis.common import iso_z
from mock_server.platform.tenant_context import Tenant

TOP_LEVEL = ("version", "chatType", "name", "default", "settings")
# DECISION: a clone with no name is named after its source, as the file's clone example reads.
COPY_SUFFIX = " (copy)"


def view(widget: dict[str, Any]) -> dict[str, Any]:
    """A widget as GHL answers it: its id is ``_id`` (the store keys records by ``id``)."""
    return {"_id": widget["id"], **{key: value for key, value in widget.items() if key != "id"}}


def create_widget(tenant: Tenant, fields: dict[str, Any], user_id: str | None,
                  origin_id: str | None = None) -> dict[str, Any]:
    fields = _given(fields)
    now = iso_z(tenant.now())
    deleted = fields.get("deleted", False)
    widget = {"id": tenant.new_id(), "version": _number(fields["version"]), "chatType": fields["chatType"],
              "name": fields["name"], "locationId": tenant.location_id, "deleted": deleted,
              "default": fields.get("default", False) and not deleted, "settings": fields.get("settings", {}),
              "createdAt": now}
    if origin_id:
        widget["originId"] = origin_id
    if not widget["deleted"] and _default_of(tenant) is None:
        widget["default"] = True
    return _save(tenant, widget, user_id)


def get_widget(tenant: Tenant, widget_id: str) -> dict[str, Any]:
    widget = tenant.require(CHAT_WIDGETS, widget_id)
    if widget["deleted"]:
        raise tenant.world.areas.table(CHAT_WIDGETS).missing(widget_id)
    return widget


def replace_widget(tenant: Tenant, widget_id: str, fields: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    """PUT: each top-level field sent replaces the widget's (``settings`` as a whole)."""
    widget = get_widget(tenant, widget_id)
    changes = _given(fields)
    if "version" in changes:
        changes["version"] = _number(changes["version"])
    return _save(tenant, {**widget, **changes}, user_id)


def patch_widget(tenant: Tenant, widget_id: str, fields: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    """PATCH: as PUT, but the sent ``settings`` are merged into the widget's, nested objects key by key."""
    widget = get_widget(tenant, widget_id)
    changes = _given(fields)
    if "settings" in changes:
        changes["settings"] = _merged(widget.get("settings", {}), changes["settings"])
    if "version" in changes:
        changes["version"] = _number(changes["version"])
    return _save(tenant, {**widget, **changes}, user_id)


def delete_widget(tenant: Tenant, widget_id: str, user_id: str | None) -> dict[str, Any]:
    widget = get_widget(tenant, widget_id)
    was_default = widget["default"]
    deleted = _save(tenant, {**widget, "deleted": True, "default": False}, user_id)
    if was_default:
        live = [w for w in tenant.store.scan(CHAT_WIDGETS) if not w["deleted"]]
        if live:
            heir = max(live, key=lambda w: w["updatedAt"])
            tenant.store.put(CHAT_WIDGETS, {**heir, "default": True})
    return deleted


def clone_widget(tenant: Tenant, source_id: str, name: str | None, user_id: str | None) -> dict[str, Any]:
    """A new widget of the location with the source's kind, version and settings, not the default."""
    source = get_widget(tenant, source_id)
    fields = {"version": source["version"], "chatType": source["chatType"], "default": False,
              "name": name or source["name"] + COPY_SUFFIX, "settings": copy.deepcopy(source.get("settings", {}))}
    return create_widget(tenant, fields, user_id, origin_id=source.get("originId", source_id))


def _save(tenant: Tenant, widget: dict[str, Any], user_id: str | None) -> dict[str, Any]:
    """Store ``widget`` as changed now by ``user_id``; a default widget makes the location's other not default."""
    widget["updatedAt"] = iso_z(tenant.now())
    if user_id:
        widget["updatedBy"] = user_id
    if widget["default"]:
        for other in tenant.store.find(CHAT_WIDGETS, "default", True):
            if other["id"] != widget["id"]:
                tenant.store.put(CHAT_WIDGETS, {**other, "default": False})
    return tenant.store.put(CHAT_WIDGETS, widget)


def _default_of(tenant: Tenant) -> dict[str, Any] | None:
    return tenant.store.find_first(CHAT_WIDGETS, "default", True)


def _merged(current: dict[str, Any], sent: dict[str, Any]) -> dict[str, Any]:
    merged = dict(current)
    for key, value in sent.items():
        merged[key] = _merged(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key),
                                                                                          dict) else value
    return merged


def _number(value: float) -> int | float:
    """``2.0`` -> ``2``: a version is sent as a JSON number and answered as it was sent."""
    return int(value) if float(value).is_integer() else value


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    # DECISION: a null is a field not sent, at any depth (the file declares none nullable), as brand boards take it.
    return {key: _given(value) if isinstance(value, dict) else value for key, value in fields.items()
            if value is not None}
