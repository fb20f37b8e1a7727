"""Workflows operations (workflows.json)."""

from __future__ import annotations

from mock_server.apis.workflows import models, service
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api

api = Api("workflows.json", tag="Workflows")


@api.get("/workflows/", "get-workflow", scopes="workflows.readonly", tokens=LOCATION, query=models.WorkflowsQuery,
         response=models.WorkflowsResponse, summary="Get Workflow")
def get_workflows(call: Call) -> dict:
    """Every workflow of the location (workflows are seeded through the control plane)."""
    return {"workflows": service.list_workflows(call.tenant)}
