"""Agents operations (voice-ai.json)."""

from __future__ import annotations

from mock_server.apis.voice_ai import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("voice-ai.json", tag="Agents")


@api.get("/voice-ai/agents", "get-agents", scopes="voice-ai-agents.readonly", tokens=LOCATION,
         query=models.GetAgentsQuery, response=models.GetAgentsResponse)
@unwritten
def get_agents(call: Call) -> dict:
    ...


@api.post("/voice-ai/agents", "create-agent", scopes="voice-ai-agents.write", tokens=LOCATION,
          body=models.AgentCreationRequestBody, response=models.CreateAgentResponse, status=201)
@unwritten
def create_agent(call: Call) -> dict:
    ...


@api.get("/voice-ai/agents/{agentId}", "get-agent", scopes="voice-ai-agents.readonly", tokens=LOCATION,
         query=models.GetAgentQuery, response=models.GetAgentResponse)
@unwritten
def get_agent(call: Call) -> dict:
    ...


@api.operation("PATCH", "/voice-ai/agents/{agentId}", "patch-agent", scopes="voice-ai-agents.write", tokens=LOCATION,
               query=models.GetAgentQuery, body=models.PatchAgentBody, response=models.PatchAgentResponse)
@unwritten
def patch_agent(call: Call) -> dict:
    ...


@api.delete("/voice-ai/agents/{agentId}", "delete-agent", scopes="voice-ai-agents.write", tokens=LOCATION,
            query=models.GetAgentQuery, status=204)
@unwritten
def delete_agent(call: Call) -> dict:
    ...


@api.get("/voice-ai/dashboard/call-logs", "get-call-logs", scopes="voice-ai-dashboard.readonly", tokens=LOCATION,
         query=models.GetCallLogsQuery, response=models.CallLogsResponse)
@unwritten
def get_call_logs(call: Call) -> dict:
    ...


@api.get("/voice-ai/dashboard/call-logs/{callId}", "getCallLog", scopes="voice-ai-dashboard.readonly", tokens=LOCATION,
         query=models.GetAgentQuery, response=models.CallLogResponse)
@unwritten
def get_call_log(call: Call) -> dict:
    ...


@api.post("/voice-ai/actions", "create-action", scopes="voice-ai-agent-goals.write", tokens=LOCATION,
          body=models.CreateSingleActionBody, response=models.CreateActionResponse, status=201)
@unwritten
def create_action(call: Call) -> dict:
    ...


@api.get("/voice-ai/actions/{actionId}", "get-action", scopes="voice-ai-agent-goals.readonly", tokens=LOCATION,
         query=models.GetAgentQuery, response=models.GetActionResponse)
@unwritten
def get_action(call: Call) -> dict:
    ...


@api.put("/voice-ai/actions/{actionId}", "update-action", scopes="voice-ai-agent-goals.write", tokens=LOCATION,
         body=models.UpdateSingleActionBody, response=models.UpdateActionResponse)
@unwritten
def update_action(call: Call) -> dict:
    ...


@api.delete("/voice-ai/actions/{actionId}", "delete-action", scopes="voice-ai-agent-goals.write", tokens=LOCATION,
            query=models.DeleteActionQuery, status=204)
@unwritten
def delete_action(call: Call) -> dict:
    ...
