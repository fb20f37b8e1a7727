"""The ``ghl`` factories of the Associations area: associations and relations."""

from __future__ import annotations

from typing import Any

from mock_server.testing.factories import Factories, Ref, ref_id


class AssociationFactories(Factories):
    """A mixin of ``GhlTenant``, which composes the factories of every registered area."""

    def association(self, first: str = "contact", second: str = "contact", *, key: str | None = None,
                    first_label: str = "First", second_label: str = "Second") -> dict[str, Any]:
        """A USER_DEFINED association of this location (POST /associations/) between the object keys ``first``
        and ``second`` (``contact``, ``opportunity``, ``business``, ``custom_objects.<key>``); ``key`` defaults
        to a fresh one."""
        made = self._associations_made = getattr(self, "_associations_made", 0) + 1
        key = key or f"{first}_{second}_{made}".replace(".", "_")
        body = {"locationId": self.location_id, "key": key,
                "firstObjectKey": first, "firstObjectLabel": first_label,
                "secondObjectKey": second, "secondObjectLabel": second_label}
        return self.api("POST", "/associations/", body, what="ghl.association()")

    def relation(self, association: Ref, first: Ref, second: Ref) -> dict[str, Any]:
        """A relation (POST /associations/relations) of record ``first`` and record ``second`` under
        ``association`` (a record or id; the standard ones by id, e.g. ``"BUSINESSES_CONTACTS_ASSOCIATION"``)."""
        body = {"locationId": self.location_id, "associationId": ref_id(association),
                "firstRecordId": ref_id(first), "secondRecordId": ref_id(second)}
        return self.api("POST", "/associations/relations", body, what="ghl.relation()")
