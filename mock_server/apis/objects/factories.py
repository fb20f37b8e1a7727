"""The ``ghl`` factories of the Objects area: custom objects and their records."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class ObjectFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def custom_object(self, key: str | None = None, *, singular: str = "Pet", plural: str = "Pets",
                      display: str = "name", display_name: str = "Name",
                      fields: dict[str, str] | None = None) -> dict[str, Any]:
        """A custom object (POST /objects/) with its primary display property ``display`` (a TEXT field), and a
        field per ``fields`` item (short key -> data type, through POST /custom-fields/). ``key`` defaults to a
        fresh ``custom_objects.pet_<n>``. Returns the object as GHL answers it."""
        made = self._objects_made = getattr(self, "_objects_made", 0) + 1
        key = key or f"custom_objects.{singular.lower().replace(' ', '_')}_{made}"
        if not key.startswith("custom_objects."):
            key = f"custom_objects.{key}"
        body = {"labels": {"singular": singular, "plural": plural}, "key": key, "locationId": self.location_id,
                "primaryDisplayPropertyDetails": {"key": f"{key}.{display}", "name": display_name,
                                                  "dataType": "TEXT"}}
        made_object = self.api("POST", "/objects/", body, what="ghl.custom_object()")["object"]
        for short, data_type in (fields or {}).items():
            self.custom_field(key, data_type, name=short.replace("_", " ").title(), key=short)
        return made_object

    def record(self, custom_object: Ref | str, properties: dict[str, Any] | None = None, *,
               owner: list[str] | None = None, followers: list[str] | None = None) -> dict[str, Any]:
        """A record of ``custom_object`` (an object as ``ghl.custom_object()`` returns it, or its key) through
        POST /objects/{key}/records; ``properties`` by field key (the display property defaults to a fresh
        name). Returns the record as GHL answers it."""
        key = custom_object if isinstance(custom_object, str) else custom_object["key"]
        made = self._records_made = getattr(self, "_records_made", 0) + 1
        body: dict[str, Any] = {"locationId": self.location_id, "properties": dict(properties or {})}
        if isinstance(custom_object, dict) and not body["properties"]:
            display = custom_object["primaryDisplayProperty"][len(key) + 1:]
            body["properties"][display] = f"Record {made}"
        if owner is not None:
            body["owner"] = [ref_id(o) for o in owner]
        if followers is not None:
            body["followers"] = [ref_id(f) for f in followers]
        return self.api("POST", f"/objects/{key}/records", body, what="ghl.record()")["record"]
