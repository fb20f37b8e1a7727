"""The webhook events of custom objects and their records (../shared/design/webhooks.md): ObjectSchemaCreate and
ObjectSchemaUpdate for schemas, RecordCreate, RecordUpdate and RecordDelete for custom-object records and
businesses written through the Objects API, and the Association*/Relation* events of associations naming them.
The registry's generated test (tests/webhooks/test_declared_events.py) performs each declared cause."""

from __future__ import annotations

from mock_server.apis import REGISTERED

OBJECT_EVENTS = ("ObjectSchemaCreate", "ObjectSchemaUpdate", "RecordCreate", "RecordUpdate", "RecordDelete")
ASSOCIATION_EVENTS = ("AssociationCreate", "AssociationUpdate", "AssociationDelete", "RelationCreate",
                      "RelationDelete")


def _declared(area_name: str) -> set[str]:
    area = next(a for a in REGISTERED.areas if a.name == area_name)
    return {event.name for event in area.events}


def test_custom_objects_declare_their_events():
    assert set(OBJECT_EVENTS) <= _declared("objects")
    assert set(ASSOCIATION_EVENTS) <= _declared("associations")

