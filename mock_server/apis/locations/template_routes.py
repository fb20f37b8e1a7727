"""The location's message templates (locations.json), declared on the area's one ``Api``."""

from __future__ import annotations

from mock_server.apis.locations import template_models as models
from mock_server.apis.locations import templates
from mock_server.apis.locations.routes import api
from mock_server.apis.locations.tag_models import DeletedResponse
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION


@api.get("/locations/{locationId}/templates", "GET-all-or-email-sms-templates", scopes="locations/templates.readonly",
         tokens=LOCATION, query=models.TemplatesQuery, response=models.TemplatesResponse,
         summary="GET all or email/sms templates")
def get_templates(call: Call) -> dict:
    q = call.query
    found, total = templates.list_templates(call.tenant, origin_id=q.originId, kind=q.type, deleted=q.deleted,
                                            skip=int(q.skip), limit=int(q.limit))
    return {"templates": found, "totalCount": total}


@api.delete("/locations/{locationId}/templates/{id}", "DELETE-an-email-sms-template",
            scopes="locations/templates.write", tokens=LOCATION, response=DeletedResponse,
            summary="DELETE an email/sms template",
            notes=("scope chosen: the official file declares an empty scope list and Scopes.md names none",))
def delete_template(call: Call) -> dict:
    """Delete the template (it stays listed with ``deleted=true``). DECISION: the official file declares no
    answer body; the mock answers the ``{"succeded": true}`` of the file's other deletes."""
    templates.delete_template(call.tenant, call.path["id"])
    return {"succeded": True}
