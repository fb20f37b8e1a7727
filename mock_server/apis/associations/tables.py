"""Where association definitions and relations live: tables of the location's tenant.

A relation carries ``recordIds`` (its first and second record, indexed): the relations of a record are
found in constant time, and deleting a contact, opportunity or business removes them (``orphans.py``).
"""

from __future__ import annotations

ASSOCIATIONS = "associations"
RELATIONS = "associationRelations"

INDEXES: dict[str, tuple[str, ...]] = {
    ASSOCIATIONS: ("key",),
    RELATIONS: ("recordIds", "associationId"),
}
