"""An agency's custom menu links: entries of the left menu, shown in the agency view, in its locations, or both."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import iso_z, page
from mock_server.apis.custom_menus.tables import CUSTOM_MENUS
from mock_server.platform.errors import Forbidden
from mock_server.platform.tenancy import NO_LOCATION_ACCESS
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text for a deleted menu is not known.
DELETED = "Custom menu deleted successfully"


def create_menu(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    """A new menu link, last in the menu's order."""
    fields = _given(fields)
    _check_locations(tenant, fields.get("locations", ()))
    store = tenant.agency.store
    order = max((menu["order"] for menu in store.scan(CUSTOM_MENUS)), default=0) + 1
    menu = {"id": tenant.new_uuid(), "locations": [], "allowCamera": False, "allowMicrophone": False, **fields,
            "order": order}
    return store.put(CUSTOM_MENUS, menu)


def update_menu(tenant: Tenant, menu_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    menu, changes = tenant.require(CUSTOM_MENUS, menu_id), _given(changes)
    _check_locations(tenant, changes.get("locations", ()))
    if "icon" in changes:  # the icon's fields are optional here: those sent replace the stored ones
        changes["icon"] = {**menu.get("icon", {}), **_given(changes["icon"])}
    return tenant.agency.store.put(CUSTOM_MENUS, {**menu, **changes})


def delete_menu(tenant: Tenant, menu_id: str) -> dict[str, Any]:
    tenant.require(CUSTOM_MENUS, menu_id)
    tenant.agency.delete(CUSTOM_MENUS, menu_id)
    return {"success": True, "message": DELETED, "deletedMenuId": menu_id, "deletedAt": iso_z(tenant.now())}


def list_menus(tenant: Tenant, *, location_id: str | None, show_on_company: bool | None, query: str | None,
               skip: float, limit: float) -> dict[str, Any]:
    """The menus shown in ``location_id`` (or in the agency view: ``show_on_company``) whose title contains
    ``query``, in menu order; ``totalLinks`` counts them all."""
    menus = sorted(tenant.agency.store.scan(CUSTOM_MENUS), key=lambda menu: menu["order"])
    if location_id is not None:
        menus = [m for m in menus if m["showOnLocation"] and (m["showToAllLocations"] or location_id in m["locations"])]
    if show_on_company is not None:
        menus = [m for m in menus if m["showOnCompany"] == show_on_company]
    needle = (query or "").casefold()
    menus = [m for m in menus if needle in m["title"].casefold()]
    return {"customMenus": page(menus, skip, limit, 20), "totalLinks": len(menus)}


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    # DECISION: a null is a field not sent (the file declares none nullable); a menu keeps every field it has.
    return {key: value for key, value in fields.items() if value is not None}


def _check_locations(tenant: Tenant, location_ids: Any) -> None:
    """A menu may only name the agency's own locations (the same 403 as naming one in a request)."""
    if set(location_ids) - set(tenant.location_ids()):
        raise Forbidden(NO_LOCATION_ACCESS)
