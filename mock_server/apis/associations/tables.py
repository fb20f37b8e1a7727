"""Where association definitions and relations live: tables of the location's tenant.

A relation carries ``recordIds`` (its first and second record, indexed): the relations of a record are
found in constant time, and deleting any record removes them (the cascade ``area.py`` declares).
"""

from __future__ import annotations

ASSOCIATIONS = "associations"
RELATIONS = "associationRelations"
