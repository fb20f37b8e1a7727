"""The ``ghl`` factories of the Custom Fields V2 area."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories


class CustomFieldFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def custom_field(self, object_key: str = "contact", data_type: str = "TEXT", *, name: str | None = None,
                     key: str | None = None, options: list[str] | None = None, **settings: Any) -> dict[str, Any]:
        """A custom field of ``object_key`` (``contact``, ``opportunity``, ``business``, ``custom_objects.<key>``)
        through POST /custom-fields/, as GHL answers it (``id``, ``fieldKey`` ...). ``options`` (for
        SINGLE_OPTIONS, MULTIPLE_OPTIONS, RADIO, CHECKBOX) are strings, each its own key and label; ``key``
        defaults to one made from ``name``."""
        made = self._custom_fields_made = getattr(self, "_custom_fields_made", 0) + 1
        name = name or f"Field {made}"
        body: dict[str, Any] = {
            "locationId": self.location_id, "name": name, "dataType": data_type, "objectKey": object_key,
            "fieldKey": key or "_".join(name.lower().split()), "showInForms": True, "parentId": "", **settings}
        if options is not None:
            body["options"] = [{"key": o, "label": o} for o in options]
        return self.api("POST", "/custom-fields/", body, what="ghl.custom_field()")["field"]
