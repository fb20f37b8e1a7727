"""Voice AI operations (voice-ai.json): agents, their actions, and the call logs of their calls."""

from __future__ import annotations

from mock_server.apis.voice_ai import actions, agents, call_logs, models
from mock_server.platform.call import Call, Reply
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("voice-ai.json", tag="Voice AI")


@api.get("/voice-ai/agents", "get-agents", scopes="voice-ai-agents.readonly", tokens=LOCATION,
         query=models.GetAgentsQuery, response=models.GetAgentsResponse)
def get_agents(call: Call) -> dict:
    q = call.query
    return agents.list_agents(call.tenant, query=q.query, page=q.page, page_size=q.pageSize)


@api.post("/voice-ai/agents", "create-agent", scopes="voice-ai-agents.write", tokens=LOCATION,
          body=models.AgentCreationRequestBody, response=models.CreateAgentResponse, status=201)
def create_agent(call: Call) -> dict:
    return agents.view(call.tenant, agents.create_agent(call.tenant, sent_fields(call.body)), with_actions=False)


@api.get("/voice-ai/agents/{agentId}", "get-agent", scopes="voice-ai-agents.readonly", tokens=LOCATION,
         query=models.LocationQuery, response=models.GetAgentResponse)
def get_agent(call: Call) -> dict:
    return agents.view(call.tenant, agents.get_agent(call.tenant, call.path["agentId"]))


@api.operation("PATCH", "/voice-ai/agents/{agentId}", "patch-agent", scopes="voice-ai-agents.write", tokens=LOCATION,
               query=models.LocationQuery, body=models.PatchAgentBody, response=models.PatchAgentResponse)
def patch_agent(call: Call) -> dict:
    agent = agents.patch_agent(call.tenant, call.path["agentId"], sent_fields(call.body))
    return agents.view(call.tenant, agent, with_actions=False)


@api.delete("/voice-ai/agents/{agentId}", "delete-agent", scopes="voice-ai-agents.write", tokens=LOCATION,
            query=models.LocationQuery, status=204)
def delete_agent(call: Call) -> dict | Reply:
    agents.delete_agent(call.tenant, call.path["agentId"])
    return Reply(204, None)


@api.get("/voice-ai/dashboard/call-logs", "get-call-logs", scopes="voice-ai-dashboard.readonly", tokens=LOCATION,
         query=models.GetCallLogsQuery, response=models.CallLogsResponse)
def get_call_logs(call: Call) -> dict:
    return call_logs.list_call_logs(call.tenant, call.query)


@api.get("/voice-ai/dashboard/call-logs/{callId}", "getCallLog", scopes="voice-ai-dashboard.readonly", tokens=LOCATION,
         query=models.LocationQuery, response=models.CallLogResponse)
def get_call_log(call: Call) -> dict:
    return call_logs.get_call_log(call.tenant, call.path["callId"])


@api.post("/voice-ai/actions", "create-action", scopes="voice-ai-agent-goals.write", tokens=LOCATION,
          body=models.CreateSingleActionBody, response=models.CreateActionResponse, status=201)
def create_action(call: Call) -> dict:
    return actions.view(actions.create_action(call.tenant, sent_fields(call.body)))


@api.get("/voice-ai/actions/{actionId}", "get-action", scopes="voice-ai-agent-goals.readonly", tokens=LOCATION,
         query=models.LocationQuery, response=models.GetActionResponse)
def get_action(call: Call) -> dict:
    return actions.view(actions.get_action(call.tenant, call.path["actionId"]))


@api.put("/voice-ai/actions/{actionId}", "update-action", scopes="voice-ai-agent-goals.write", tokens=LOCATION,
         body=models.UpdateSingleActionBody, response=models.UpdateActionResponse)
def update_action(call: Call) -> dict:
    return actions.view(actions.update_action(call.tenant, call.path["actionId"], sent_fields(call.body)))


@api.delete("/voice-ai/actions/{actionId}", "delete-action", scopes="voice-ai-agent-goals.write", tokens=LOCATION,
            query=models.DeleteActionQuery, status=204)
def delete_action(call: Call) -> dict | Reply:
    actions.delete_action(call.tenant, call.path["actionId"], call.query.agentId)
    return Reply(204, None)
