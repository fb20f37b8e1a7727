"""The Forms area's ``Collection``: which tables and spellings the shared rules use for forms."""

from __future__ import annotations

from mock_server.apis.forms.collections import Collection
from mock_server.apis.forms.tables import FORM_SUBMISSIONS
from mock_server.apis.forms.tables import FORMS as FORMS_TABLE

# DECISION: GHL's text for an unknown form id is not known (it has no API that reads one form).
FORM_NOT_FOUND = "Form with id {id} not found"

FORMS = Collection(kind="form", items=FORMS_TABLE, submissions=FORM_SUBMISSIONS, item_id="formId",
                   list_key="forms", not_found=FORM_NOT_FOUND)
