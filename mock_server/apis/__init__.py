"""Every API area the mock serves: one line per area, each area's declaration in its own package.

An area (``mock_server/apis/<area>/area.py``) declares everything the platform needs from it: its
operations, tables and indexes, control-plane seeds, delete cascades, factories, demo data, contract-kit
seeding and upstream allowlist (see ``mock_server/platform/area.py`` and ``docs/adding-an-api-area.md``).
Adding an area = its package, its tests, and its line here. The order is the registry's: operations are
listed, factories composed and demo data loaded in it (an area's demo builds on the areas before it: the
contacts made by the contacts area, the users by the users area).
"""

from __future__ import annotations

from mock_server.apis.associations.area import area as associations
from mock_server.apis.blogs.area import area as blogs
from mock_server.apis.brand_boards.area import area as brand_boards
from mock_server.apis.businesses.area import area as businesses
from mock_server.apis.calendars.area import area as calendars
from mock_server.apis.campaigns.area import area as campaigns
from mock_server.apis.companies.area import area as companies
from mock_server.apis.contacts.area import area as contacts
from mock_server.apis.conversations.area import area as conversations
from mock_server.apis.courses.area import area as courses
from mock_server.apis.custom_fields.area import area as custom_fields
from mock_server.apis.custom_menus.area import area as custom_menus
from mock_server.apis.emails.area import area as emails
from mock_server.apis.files.area import area as files
from mock_server.apis.forms.area import area as forms
from mock_server.apis.funnels.area import area as funnels
from mock_server.apis.invoices.area import area as invoices
from mock_server.apis.links.area import area as links
from mock_server.apis.locations.area import area as locations
from mock_server.apis.marketplace.area import area as marketplace
from mock_server.apis.medias.area import area as medias
from mock_server.apis.oauth.area import area as oauth
from mock_server.apis.objects.area import area as objects
from mock_server.apis.opportunities.area import area as opportunities
from mock_server.apis.payments.area import area as payments
from mock_server.apis.phone_system.area import area as phone_system
from mock_server.apis.products.area import area as products
from mock_server.apis.snapshots.area import area as snapshots
from mock_server.apis.store.area import area as store
from mock_server.apis.surveys.area import area as surveys
from mock_server.apis.users.area import area as users
from mock_server.apis.workflows.area import area as workflows
from mock_server.platform.area import Area
from mock_server.platform.areas import Areas
from mock_server.platform.operations import Registry

AREAS: tuple[Area, ...] = (
    oauth,
    companies,
    locations,
    files,
    users,
    contacts,
    businesses,
    workflows,
    campaigns,
    snapshots,
    opportunities,
    conversations,
    calendars,
    blogs,
    custom_fields,
    objects,
    associations,
    links,
    custom_menus,
    brand_boards,
    courses,
    products,
    store,
    payments,
    invoices,
    forms,
    surveys,
    emails,
    medias,
    phone_system,
    marketplace,
    funnels,
)

# The registered areas, assembled and checked once (``build_app(areas=...)`` takes others, e.g. with a test's own).
REGISTERED = Areas(AREAS)


def build_registry() -> Registry:
    """Every implemented operation of the registered areas."""
    return REGISTERED.registry
