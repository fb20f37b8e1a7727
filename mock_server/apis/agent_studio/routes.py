"""Agent Studio operations (agent-studio.json): agents, their versions, publishing, execution."""

from __future__ import annotations

from mock_server.apis.agent_studio import agents, execution, models, versions
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, Api

api = Api("agent-studio.json", tag="Agent Studio")


@api.get("/agent-studio/agent", "getAgents", scopes="agent-studio.readonly", tokens=LOCATION,
         query=models.GetAgentsQuery, response=models.GetPublishedAgentsResponse)
def get_agents(call: Call) -> dict:
    q = call.query
    return agents.list_agents(call.tenant, published_only=q.isPublished == "true", offset=q.offset, limit=q.limit)


@api.post("/agent-studio/agent", "createAgent", scopes="agent-studio.write", tokens=LOCATION,
          query=models.SourceQuery, body=models.CreatePublicAgentBody, response=models.CreatePublicAgentResponse,
          status=201)
def create_agent(call: Call) -> dict:
    agent, version = agents.create_agent(call.tenant, sent_fields(call.body))
    shown = {**agents.summary(agent), **{k: agent[k] for k in ("agencyId", "authorId", "folderId", "folderName")}}
    return {"success": True, "message": "Agent created successfully with staging version.", "agent": shown,
            "versions": [agents.version_summary(version)]}


@api.operation("PATCH", "/agent-studio/agent/versions/{versionId}", "updateAgentVersion", scopes="agent-studio.write",
               tokens=LOCATION, query=models.SourceQuery, body=models.UpdatePublicAgentVersionBody,
               response=models.UpdatePublicAgentResponse, errors=(404,))
def update_agent_version(call: Call) -> dict:
    version = versions.update_version(call.tenant, call.path["versionId"], sent_fields(call.body))
    return {"success": True, "message": "Agent version updated successfully", "data": agents.version_view(version)}


@api.get("/agent-studio/agent/{agentId}", "getAgentById", scopes="agent-studio.readonly", tokens=LOCATION,
         query=models.AgentQuery, response=models.GetAgentByIdResponse, errors=(404,))
def get_agent_by_id(call: Call) -> dict:
    return _agent(call)


@api.operation("PATCH", "/agent-studio/agent/{agentId}", "updateAgentMetadata", scopes="agent-studio.write",
               tokens=LOCATION, query=models.SourceQuery, body=models.UpdatePublicAgentMetadataBody,
               response=models.UpdatePublicAgentResponse, errors=(404,))
def update_agent_metadata(call: Call) -> dict:
    agent = agents.update_metadata(call.tenant, call.path["agentId"], sent_fields(call.body))
    return {"success": True, "message": "Agent updated successfully", "data": agents.summary(agent)}


@api.delete("/agent-studio/agent/{agentId}", "deleteAgent", scopes="agent-studio.write", tokens=LOCATION,
            query=models.AgentQuery, response=models.DeletePublicAgentResponse, errors=(404,))
def delete_agent(call: Call) -> dict:
    agents.delete_agent(call.tenant, call.path["agentId"])
    return {"success": True, "message": "Agent deleted successfully", "agentId": call.path["agentId"]}


@api.post("/agent-studio/agent/versions/{versionId}/publish", "promoteAndPublish", scopes="agent-studio.write",
          tokens=LOCATION, query=models.SourceQuery, body=models.PromoteAndPublishBody,
          response=models.PromoteAndPublishResponse, errors=(404,))
def promote_and_publish(call: Call) -> dict:
    production, draft = versions.publish(call.tenant, call.path["versionId"], sent_fields(call.body))
    return {"success": True,
            "message": "Draft published to production successfully. New draft version created for future edits.",
            "data": {"productionVersion": agents.version_summary(production),
                     "newDraftVersion": agents.version_summary(draft)}}


@api.post("/agent-studio/agent/{agentId}/execute", "executeAgent", scopes="agent-studio.write", tokens=LOCATION,
          query=models.SourceQuery, body=models.ExecutePublicAgentBody, response=models.ExecutePublicAgentResponse,
          errors=(404,))
def execute_agent(call: Call) -> dict:
    return _execute(call)


@api.get("/agent-studio/public-api/agents", "getAgents-deprecated", scopes="agent-studio.readonly", tokens=LOCATION,
         query=models.GetAgentsDeprecatedQuery, response=models.GetPublishedAgentsResponse, deprecated=True)
def get_agents_deprecated(call: Call) -> dict:
    q = call.query
    return agents.list_agents(call.tenant, published_only=True, offset=q.offset, limit=q.limit)


@api.get("/agent-studio/public-api/agents/{agentId}", "getAgentById-deprecated", scopes="agent-studio.readonly",
         tokens=LOCATION, query=models.AgentQuery, response=models.GetAgentByIdResponse, errors=(404,),
         deprecated=True)
def get_agent_by_id_deprecated(call: Call) -> dict:
    return _agent(call)


@api.post("/agent-studio/public-api/agents/{agentId}/execute", "executeAgent-deprecated", scopes="agent-studio.write",
          tokens=LOCATION, query=models.SourceQuery, body=models.ExecutePublicAgentBody,
          response=models.ExecutePublicAgentResponse, errors=(404,), deprecated=True)
def execute_agent_deprecated(call: Call) -> dict:
    return _execute(call)


def _agent(call: Call) -> dict:
    agent = agents.get_agent(call.tenant, call.path["agentId"])
    return {"success": True, "message": "Agent retrieved successfully", "agent": agents.view(call.tenant, agent)}


def _execute(call: Call) -> dict:
    return execution.execute(call.tenant, call.path["agentId"], sent_fields(call.body), call.principal.scopes)
