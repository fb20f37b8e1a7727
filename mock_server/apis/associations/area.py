"""The Associations area's registrations (see ``mock_server/platform/area.py``)."""

from __future__ import annotations

from mock_server.apis.associations import definitions, events, relations, routes
from mock_server.apis.associations.tables import ASSOCIATIONS, RELATIONS
from mock_server.platform.area import ANY_TABLE, Area, Cascade, Table, delete_children
from mock_server.platform.errors import BadRequest

area = Area(
    "associations",
    serves="Associations and relations",
    apis=(routes.api,),
    tables=(
        Table(ASSOCIATIONS, indexes=("key",), not_found=BadRequest(definitions.ASSOCIATION_NOT_FOUND)),
        Table(RELATIONS, indexes=("recordIds", "associationId"), not_found=BadRequest(relations.RELATION_NOT_FOUND)),
    ),
    cascades=(
        # No relation outlives its records: a contact, opportunity, business ... deleted takes its relations along.
        Cascade(ANY_TABLE, relations.forget_records, "deleting any record deletes the relations naming it"),
        delete_children(ASSOCIATIONS, RELATIONS, "associationId",
                        "deleting an association deletes the relations made under it"),
    ),
    factories="mock_server.apis.associations.factories:AssociationFactories",
    upstream_allowlist="mock_server.apis.associations.upstream",
    events=events.EVENTS,
)
