"""Conversation AI operations (conversation-ai.json): agents, their actions and followup settings, and the
details of an answer an agent generated.

Every operation takes a sub-account token and names no location: an agent is the token's location's.
"""

from __future__ import annotations

from mock_server.apis.conversation_ai import actions, agents, generations, models
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("conversation-ai.json", tag="Conversation AI")
READ, WRITE = "conversation-ai.readonly", "conversation-ai.write"
# Creating, searching and the generations name nothing at all: each reads or writes the token's own location
# (tenancy proved by these tests).
_AGENTS_TEST = "tests/apis/conversation_ai/test_agents.py::test_another_locations_agents_are_unknown"
_GENERATIONS_TEST = "tests/apis/conversation_ai/test_generations.py::test_another_location_sees_no_generation"


# -- agents ----------------------------------------------------------------------------------------------
@api.post("/conversation-ai/agents", "create-agent", scopes=WRITE, tokens=LOCATION, body=models.CreateEmployeeBody,
          response=models.EmployeeResponse, status=201, summary="Create an agent", names_records_only=_AGENTS_TEST)
def create_agent(call: Call) -> dict:
    tenant = call.tenant
    return agents.view(tenant, agents.create(tenant, sent_fields(call.body)))


@api.get("/conversation-ai/agents/search", "search-agent", scopes=READ, tokens=LOCATION,
         query=models.SearchAgentQuery, response=models.SearchEmployeeResponse, summary="Search agents",
         names_records_only=_AGENTS_TEST)
def search_agents(call: Call) -> dict:
    q = call.query
    return agents.search(call.tenant, query=q.query, limit=q.limit, start_after=q.startAfter)


@api.get("/conversation-ai/agents/{agentId}", "get-agent", scopes=READ, tokens=LOCATION,
         response=models.EmployeeResponse, summary="Get an agent")
def get_agent(call: Call) -> dict:
    return agents.view(call.tenant, agents.get(call.tenant, call.path["agentId"]))


@api.put("/conversation-ai/agents/{agentId}", "update-agent", scopes=WRITE, tokens=LOCATION,
         body=models.UpdateEmployeeBody, response=models.EmployeeResponse, summary="Update an agent")
def update_agent(call: Call) -> dict:
    tenant = call.tenant
    return agents.view(tenant, agents.update(tenant, call.path["agentId"], sent_fields(call.body)))


@api.delete("/conversation-ai/agents/{agentId}", "delete-agent", scopes=WRITE, tokens=LOCATION,
            response=models.DeleteEmployeeResponse, summary="Delete an agent")
def delete_agent(call: Call) -> dict:
    agents.delete(call.tenant, call.path["agentId"])
    return {"success": True, "id": call.path["agentId"]}


# -- actions ---------------------------------------------------------------------------------------------
@api.post("/conversation-ai/agents/{agentId}/actions", "create-action", scopes=WRITE, tokens=LOCATION,
          body=models.CreateActionBody, response=models.CreateActionResponse, status=201,
          summary="Attach an action to an agent")
def create_action(call: Call) -> dict:
    return {"data": actions.create(call.tenant, call.path["agentId"], sent_fields(call.body)), "success": True}


@api.get("/conversation-ai/agents/{agentId}/actions/list", "list-actions", scopes=READ, tokens=LOCATION,
         response=models.FetchActionsForEmployeeResponse, summary="List an agent's actions")
def list_actions(call: Call) -> dict:
    return {"data": actions.of_agent(call.tenant, call.path["agentId"]), "success": True}


@api.get("/conversation-ai/agents/{agentId}/actions/{actionId}", "get-action-by-id", scopes=READ, tokens=LOCATION,
         response=models.FetchActionDetailsResponse, summary="Get an action")
def get_action(call: Call) -> dict:
    p = call.path
    return {"data": actions.get(call.tenant, p["agentId"], p["actionId"]), "success": True}


@api.put("/conversation-ai/agents/{agentId}/actions/{actionId}", "update-action", scopes=WRITE, tokens=LOCATION,
         body=models.CreateActionBody, response=models.UpdateActionResponse, summary="Update an action")
def update_action(call: Call) -> dict:
    p = call.path
    return {"data": actions.update(call.tenant, p["agentId"], p["actionId"], sent_fields(call.body)),
            "success": True}


@api.delete("/conversation-ai/agents/{agentId}/actions/{actionId}", "delete-action", scopes=WRITE, tokens=LOCATION,
            response=models.DeleteActionResponse, summary="Remove an action from an agent")
def delete_action(call: Call) -> dict:
    p = call.path
    actions.delete(call.tenant, p["agentId"], p["actionId"])
    return {"data": {"id": p["actionId"]}, "success": True}


@api.operation("PATCH", "/conversation-ai/agents/{agentId}/followup-settings", "update-followup-settings",
               scopes=WRITE, tokens=LOCATION, body=models.UpdateFollowupSettingsBody,
               response=models.UpdateActionResponse, summary="Update followup settings")
def update_followup_settings(call: Call) -> dict:
    body = sent_fields(call.body)
    action = actions.update_followup_settings(call.tenant, call.path["agentId"], body["actionIds"],
                                              body["followupSettings"])
    return {"data": action, "success": True}


# -- generations -----------------------------------------------------------------------------------------
@api.get("/conversation-ai/generations", "get-generation-details", scopes=READ, tokens=LOCATION,
         query=models.GetGenerationDetailsQuery, response=models.FetchAIResponseDetailsResponse,
         summary="What an agent's answer was made from", names_records_only=_GENERATIONS_TEST)
def get_generation_details(call: Call) -> dict:
    q = call.query
    return generations.details(call.tenant, q.messageId, q.source)
