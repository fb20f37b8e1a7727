"""Trigger links of a location: a named redirect whose ``fieldKey`` merge field puts it in messages."""

from __future__ import annotations

from typing import Any

from mock_server.apis.common import page
from mock_server.apis.links.tables import LINKS
from mock_server.platform.tenant_context import Tenant


def create_link(tenant: Tenant, name: str, redirect_to: str) -> dict[str, Any]:
    link_id = tenant.new_id()
    # The merge field GHL's messages use for the link, as in the official file's example.
    link = {"id": link_id, "name": name, "redirectTo": redirect_to, "fieldKey": f"{{{{trigger_link.{link_id}}}}}",
            "locationId": tenant.location_id}
    return tenant.store.put(LINKS, link)


def update_link(tenant: Tenant, link_id: str, name: str, redirect_to: str) -> dict[str, Any]:
    return tenant.store.put(LINKS, {**tenant.require(LINKS, link_id), "name": name, "redirectTo": redirect_to})


def delete_link(tenant: Tenant, link_id: str) -> None:
    tenant.require(LINKS, link_id)
    tenant.delete(LINKS, link_id)


def search_links(tenant: Tenant, query: str | None, skip: float, limit: float) -> list[dict[str, Any]]:
    """Links whose name contains ``query``, in creation order, paged.

    DECISION: GHL does not say what ``query`` matches; the name, case-insensitively, as its UI search does.
    """
    needle = (query or "").casefold()
    return page([link for link in tenant.store.scan(LINKS) if needle in link["name"].casefold()], skip, limit, 20)
