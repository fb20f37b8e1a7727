"""What an API area declares: everything the platform needs from it, in one ``Area`` in its own package.

Each package under ``mock_server/apis/<area>/`` has an ``area.py`` holding one declaration::

    area = Area(
        "blogs",
        serves="Blogs: sites, authors, categories, posts, slug check",
        apis=(routes.api,),
        tables=(Table(BLOGS, not_found=BadRequest("Blog not found")), ...),
        seeds=(Seed("POST", "/locations/{locationId}/blogs", sites.seed_blog, body=BlogSeed,
                    doc="..."),),
        cascades=(delete_children(CONTACTS, TASKS, "contactId"),),
        factories="mock_server.apis.blogs.factories:BlogFactories",
        demo="mock_server.apis.blogs.demo:load",
        contract_seeds=(ContractSeed("/locations/{locationId}/blogs", {"name": "Contract blog"},
                                     {"blogId": "id"}),),
        upstream_allowlist="mock_server.apis.blogs.upstream",
    )

and ``mock_server/apis/__init__.py`` lists its name (``AREA_NAMES``). The platform reads these declarations the
way it reads operations: the store's indexes, ``tenant.require``'s not-found errors, the control plane's seed
endpoints, delete cascades, what a record's creation sets off (``on_create``), the ``ghl`` factories, the
demo, the contract kit's reference seeding, its upstream allowlist, the webhook events it sends (``events``)
and its row of CONTRACT_COVERAGE.md's table of areas (``serves``) all come from here, so adding an area touches its own package (with its generated
``index.json``, ``mock_server/platform/area_index.py``, from which a server starts without importing any
area), its tests, one registry line and the generated ``CONTRACT_COVERAGE.md``.

Serving never imports testing, demo or contract-kit code: ``factories``, ``demo`` and
``upstream_allowlist`` name their modules as ``"module:attr"`` strings, imported on first use
(``mock_server.platform.areas.Areas``). Area modules never import starlette: a seed is a declaration
that the control plane turns into a route.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from mock_server.platform.errors import GhlError
from mock_server.platform.operations import Api

if TYPE_CHECKING:
    from mock_server.platform.tenant_context import Tenant
    from mock_server.webhooks import EventType

# Where a table's records live, seen from a tenant bound to a location (or to an agency):
#   "tenant"  the bound tenant's own tables (a location's records; an agency's when bound to one)
#   "agency"  the agency's tables, whichever of its locations the tenant is bound to (users, snapshots)
#   "global"  the directory every tenant shares (companies, locations, OAuth apps)
Scope = Literal["tenant", "agency", "global"]

ANY_TABLE = "*"  # a cascade ``on`` every table: what any deleted record leaves behind (its relations)

_PATH_PARAM = re.compile(r"{([^}]+)}")


@dataclass(frozen=True)
class Table:
    """A table an area owns: declared once, with its secondary indexes and its not-found error.

    ``not_found`` is what GHL answers for an unknown id of this record (``BadRequest("Business not found")``;
    ``{id}`` in its text is replaced by the id asked for). ``tenant.require(table, id)`` raises it.
    ``indexes`` are the fields the store keeps equality indexes on (``store.find`` / ``ids_where``).
    """

    name: str
    indexes: tuple[str, ...] = ()
    not_found: GhlError | None = None
    scope: Scope = "tenant"

    def missing(self, record_id: str) -> GhlError:
        """The not-found error for ``record_id`` (a fresh exception each time)."""
        if self.not_found is None:
            raise LookupError(f"table {self.name!r} declares no not-found error: give its Table a not_found")
        error = copy.copy(self.not_found)
        if isinstance(error.message, str):
            error.message = error.message.replace("{id}", record_id)
            error.args = (error.message,)
        return error


@dataclass(frozen=True)
class Seed:
    """A control-plane endpoint (under ``/_mock``) that creates what GHL's API cannot, or shows what it cannot read.

    ``path`` starts with ``/locations/{locationId}`` or ``/companies/{companyId}``: the control plane answers
    400 ``Location not found`` / ``Company not found`` for an unknown one, then validates the body with
    ``body`` (422 in GHL's words), then calls ``run(tenant, body, **other_path_params)`` (``run(tenant, **...)`` when
    the endpoint takes no body; path parameters in snake case: ``{messageId}`` -> ``message_id=``) inside
    one store transaction and answers what it returns with ``status``.
    ``doc`` is the one line ``GET /_mock/seeds`` and CONTRACT_COVERAGE.md's table of seed endpoints show.
    """

    method: str
    path: str
    run: Callable[..., Any]
    body: type | None = None
    status: int = 201
    doc: str = ""

    def __post_init__(self) -> None:
        if self.tenant_param not in ("locationId", "companyId") or not self.path.startswith(
                ("/locations/{locationId}", "/companies/{companyId}")):
            raise ValueError(f"seed path {self.path!r} must start with /locations/{{locationId}} or "
                             "/companies/{companyId}")

    @property
    def params(self) -> list[str]:
        return _PATH_PARAM.findall(self.path)

    @property
    def tenant_param(self) -> str:
        """``locationId`` (the seed acts in a location) or ``companyId`` (in an agency)."""
        return self.params[0] if self.params else ""


@dataclass(frozen=True)
class Cascade:
    """What deleting records of table ``on`` does, declared by the area that owns the consequence.

    ``run(tenant, ids)`` is called with the ids just deleted (already gone from the store). Whatever it
    deletes it deletes through ``tenant.delete`` (or reports with ``tenant.deleted``), so cascades chain.
    ``on=ANY_TABLE`` runs for every deletion.
    """

    on: str
    run: Callable[[Tenant, list[str]], None]
    doc: str = ""
    # For ``delete_children`` cascades: the (table, field) deleted, checked against the tables' indexes.
    children: tuple[str, str] | None = None


def delete_children(on: str, table: str, field: str, doc: str = "") -> Cascade:
    """A cascade deleting the records of ``table`` whose indexed ``field`` names a deleted record of ``on``.

    ``field`` must be one of ``table``'s declared indexes (checked when the areas are assembled).
    """

    def run(tenant: Tenant, ids: list[str]) -> None:
        for record_id in ids:
            for child_id in sorted(tenant.store.ids_where(table, field, record_id)):
                tenant.delete(table, child_id)

    return Cascade(on, run, doc or f"deleting a {on} record deletes the {table} records whose {field} names it",
                   children=(table, field))


@dataclass(frozen=True)
class OnCreate:
    """What creating a record of table ``on`` sets off, declared by the area that owns the consequence (as a
    ``Cascade`` is for deletions): the area making the record never imports the one reacting to it.

    ``run(tenant, record)`` is called with the record just stored, in the same transaction, when the domain
    that made it reports it with ``tenant.created(table, record)``.
    """

    on: str
    run: Callable[[Tenant, dict[str, Any]], None]
    doc: str = ""


@dataclass(frozen=True)
class ContractSeed:
    """What the contract kit's reference side seeds through the control plane so operations needing records
    GHL's API cannot create can be exercised: ``POST /_mock`` + ``path`` (``{locationId}``, ``{companyId}`` filled in) with
    ``body`` (a top-level ``"{someId}"`` value is an id an earlier seed remembered); ``ids`` names the ids to
    remember and where they are in the answer (``"stages.0.id"``)."""

    path: str
    body: dict[str, Any]
    ids: dict[str, str]


@dataclass(frozen=True)
class Area:
    """One API area's registrations (see the module docstring)."""

    name: str
    apis: tuple[Api, ...] = ()
    tables: tuple[Table, ...] = ()
    seeds: tuple[Seed, ...] = ()
    cascades: tuple[Cascade, ...] = ()
    on_create: tuple[OnCreate, ...] = ()
    # "module:Class": a mixin of ``ghl.<name>()`` factory methods, composed into ``GhlTenant``.
    factories: str | None = None
    # "module:function": ``function(demo)`` loads this area's part of the demo (``mock_server.fixtures.demo``).
    demo: str | None = None
    contract_seeds: tuple[ContractSeed, ...] = ()
    # "module": holds ``ALLOWLIST`` (``Allowed`` entries: the official file's defects, each with its reason)
    # and optionally ``UNWALKED`` (operations the upstream walk cannot reach, with where they are checked).
    upstream_allowlist: str | None = None
    # Webhook events this area sends (``EventType``s, mock_server/webhooks); domain code emits them with
    # ``tenant.emit(EVENT, payload)``.
    events: tuple[EventType, ...] = ()
    # What it serves, in a few words: its row of CONTRACT_COVERAGE.md's table of areas, beside its official files
    # and operations (generated: ``ghl-mock contract coverage``). Without it the row reads its APIs' tags.
    serves: str = ""
