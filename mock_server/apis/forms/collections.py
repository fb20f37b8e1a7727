"""What forms and surveys share: a location's seeded items, listed and paged, and the submissions made to them.

GHL's API only lists both (forms.json, surveys.json: the same query and answer shapes), so one set of rules
serves both areas; a ``Collection`` says which tables and spellings each uses (``surveys`` imports this module
with its own).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Collection:
    kind: str             # "form" / "survey": the seeded item's default ``type`` and eventData's ``medium``
    items: str            # the table of the items
    submissions: str      # the table of their submissions
    item_id: str          # the submission's field naming its item: ``formId`` / ``surveyId``
    list_key: str         # the listing's key: ``forms`` / ``surveys``
    not_found: str        # the text for an unknown item id (the table's declared error)
