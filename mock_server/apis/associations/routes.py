"""Associations operations (associations.json): definitions, and the relations between records under them.

Literal paths (``relations``, ``key``, ``objectKey``) win over ``{associationId}``.
"""

from __future__ import annotations

from mock_server.apis.associations import definitions, relations
from mock_server.apis.associations import models as m
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("associations.json", tag="Associations")

READ, WRITE = "associations.readonly", "associations.write"
RELATION_READ, RELATION_WRITE = "associations/relation.readonly", "associations/relation.write"


# -- relations --------------------------------------------------------------------------------
@api.post("/associations/relations", "create-relation", scopes=RELATION_WRITE, tokens=LOCATION,
          body=m.CreateRelationBody, response=m.RelationOut, status=201,
          summary="Create Relation for you associated entities.")
def create_relation(call: Call) -> dict:
    """Relate two records under an association: the first record of its first object kind, the second of its second."""
    b = call.body
    return relations.create_relation(call.tenant, b.associationId, b.firstRecordId,
                                     b.secondRecordId)


@api.get("/associations/relations/{recordId}", "get-relations-by-record-id", scopes=RELATION_READ,
         tokens=LOCATION, query=m.RelationsQuery, response=m.RelationsResponse,
         summary="Get all relations By record Id")
def relations_of_record(call: Call) -> dict:
    """The record's relations on either side, optionally under some associations only, a page at a time."""
    q = call.query
    found, total = relations.relations_of(call.tenant, call.path["recordId"], skip=q.skip,
                                          limit=q.limit, association_ids=q.associationIds)
    return {"relations": found, "total": total}


@api.delete("/associations/relations/{relationId}", "delete-relation", scopes=RELATION_WRITE, tokens=LOCATION,
            query=m.LocationQuery, response=m.RelationOut, summary="Delete Relation")
def delete_relation(call: Call) -> dict:
    """Delete a relation; answers the relation deleted."""
    return relations.delete_relation(call.tenant, call.path["relationId"])


# -- definitions ------------------------------------------------------------------------------
@api.get("/associations/key/{key_name}", "get-association-key-by-key-name", scopes=READ, tokens=LOCATION,
         query=m.LocationQuery, response=m.AssociationOut, summary="Get association key by key name")
def get_by_key(call: Call) -> dict:
    return definitions.get_by_key(call.tenant, call.path["key_name"])


@api.get("/associations/objectKey/{objectKey}", "get-association-by-object-keys", scopes=READ, tokens=LOCATION,
         query=m.OptionalLocationQuery, response=m.ObjectKeyAssociationsResponse,
         summary="Get association by object keys")
def get_by_object_key(call: Call) -> dict:
    """The associations with this object key (``contact``, ``custom_objects.car`` ...) on either side."""
    return {"associations": definitions.by_object_key(call.tenant, call.path["objectKey"])}


@api.get("/associations/", "find-associations", scopes=READ, tokens=LOCATION, query=m.PagedQuery,
         response=m.AssociationsResponse, summary="Get all associations for a sub-account / location")
def find_associations(call: Call) -> dict:
    """The standard associations and the location's own, a page at a time."""
    everything = definitions.list_associations(call.tenant)
    q = call.query
    return {"associations": everything[q.skip:q.skip + q.limit], "total": len(everything)}


@api.post("/associations/", "create-association", scopes=WRITE, tokens=LOCATION, body=m.CreateAssociationBody,
          response=m.AssociationOut, status=201, summary="Create Association")
def create_association(call: Call) -> dict:
    return definitions.create_association(call.tenant, call.body.model_dump())


@api.get("/associations/{associationId}", "get-association-by-ID", scopes=READ, tokens=LOCATION,
         response=m.AssociationOut, summary="Get association by ID")
def get_association(call: Call) -> dict:
    return definitions.get_association(call.tenant, call.path["associationId"])


@api.put("/associations/{associationId}", "update-association", scopes=WRITE, tokens=LOCATION,
         body=m.UpdateAssociationBody, response=m.AssociationOut, summary="Update Association By Id")
def update_association(call: Call) -> dict:
    """Change the labels of one of the location's own associations (standard ones cannot change)."""
    b = call.body
    return definitions.update_labels(call.tenant, call.path["associationId"],
                                     b.firstObjectLabel, b.secondObjectLabel)


@api.delete("/associations/{associationId}", "delete-association", scopes=WRITE, tokens=LOCATION,
            response=m.DeleteAssociationResponse, summary="Delete Association")
def delete_association(call: Call) -> dict:
    """Delete one of the location's own associations with all its relations (standard ones cannot go)."""
    return definitions.delete_association(call.tenant, call.path["associationId"])
