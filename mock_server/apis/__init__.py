"""Every API area the mock serves: one name per area, each area's declaration in its own package.

An area (``mock_server/apis/<area>/area.py``, ``area = Area(...)``) declares everything the platform needs
from it: its operations, tables and indexes, control-plane seeds, delete cascades, factories, demo data,
contract-kit seeding, upstream allowlist, webhook events and what it serves (see
``mock_server/platform/area.py`` and ``docs/adding-an-api-area.md``). Adding an area = its package, its tests,
its name here, then two generated files: its own ``index.json`` (``python -m mock_server.platform.area_index
<area>``, in its package) and ``CONTRACT_COVERAGE.md`` (``ghl-mock contract coverage``: what each area serves,
its seed endpoints, the official operations implemented). The order is the registry's: operations are
listed, factories composed and demo data loaded in it (an area's demo builds on the areas before it: the
contacts made by the contacts area, the users by the users area).

Nothing here imports an area: ``REGISTERED`` composes the areas' generated indexes (``index.json`` in each
package, read in this order) and imports each area when first needed (``mock_server/platform/areas.py``), so a
server starts in a fraction of the time importing them all takes. ``AREAS`` (every declaration, imported) is
there for what needs them all at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from mock_server.platform import area_index
from mock_server.platform.areas import Areas

if TYPE_CHECKING:
    from mock_server.platform.area import Area
    from mock_server.platform.operations import Registry

AREA_NAMES: tuple[str, ...] = (
    "oauth",
    "companies",
    "locations",
    "files",
    "users",
    "contacts",
    "businesses",
    "workflows",
    "campaigns",
    "snapshots",
    "opportunities",
    "conversations",
    "calendars",
    "blogs",
    "custom_fields",
    "objects",
    "associations",
    "links",
    "custom_menus",
    "brand_boards",
    "courses",
    "products",
    "store",
    "payments",
    "invoices",
    "forms",
    "surveys",
    "emails",
    "medias",
    "phone_system",
    "marketplace",
    "funnels",
    "voice_ai",
    "agent_studio",
    "proposals",
    "email_isv",
    "affiliate_manager",
    "knowledge_base",
    "conversation_ai",
    "saas",
    "ad_google",
    "ad_linkedin",
    "social_planner",
    "ad_facebook",
    "ad_facebook_campaigns",
    "social_oauth",
    "social_queues",
    "chat_widget",
)


def load_area(name: str) -> Area:
    """The declaration of one registered area (``mock_server.apis.<name>.area:area``), imported now."""
    return importlib.import_module(f"mock_server.apis.{name}.area").area


_registered: Areas | None = None


def registered() -> Areas:
    """The registered areas (``REGISTERED``), each imported on first use: made from the areas' indexes on first
    call, so that the generator can rewrite a stale one; ``build_app(areas=...)`` takes others (a test's own)."""
    global _registered
    if _registered is None:
        _registered = Areas.indexed(area_index.read(AREA_NAMES), load_area)
    return _registered


def __getattr__(name: str):
    if name == "REGISTERED":
        return registered()
    if name == "AREAS":  # every declaration, imported (the area index is generated from them)
        return tuple(load_area(area) for area in AREA_NAMES)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_registry() -> Registry:
    """Every implemented operation of the registered areas (imports them all)."""
    return registered().registry
