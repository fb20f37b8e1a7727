"""Agents operations (agent-studio.json)."""

from __future__ import annotations

from mock_server.apis.agent_studio import models
from mock_server.platform.call import Call
from mock_server.platform.operations import LOCATION, Api
from mock_server.platform.unimplemented import unwritten

api = Api("agent-studio.json", tag="Agents")


@api.get("/agent-studio/agent", "getAgents", scopes="agent-studio.readonly", tokens=LOCATION,
         query=models.GetAgentsQuery, response=models.GetPublishedAgentsResponse)
@unwritten
def get_agents(call: Call) -> dict:
    ...


@api.post("/agent-studio/agent", "createAgent", scopes="agent-studio.write", tokens=LOCATION,
          query=models.CreateAgentQuery, body=models.CreatePublicAgentBody, response=models.CreatePublicAgentResponse,
          status=201)
@unwritten
def create_agent(call: Call) -> dict:
    ...


@api.operation("PATCH", "/agent-studio/agent/versions/{versionId}", "updateAgentVersion", scopes="agent-studio.write",
               tokens=LOCATION, query=models.CreateAgentQuery, body=models.UpdatePublicAgentVersionBody,
               response=models.UpdatePublicAgentResponse, errors=(404,))
@unwritten
def update_agent_version(call: Call) -> dict:
    ...


@api.get("/agent-studio/agent/{agentId}", "getAgentById", scopes="agent-studio.readonly", tokens=LOCATION,
         query=models.GetAgentByIdQuery, response=models.GetAgentByIdResponse, errors=(404,))
@unwritten
def get_agent_by_id(call: Call) -> dict:
    ...


@api.operation("PATCH", "/agent-studio/agent/{agentId}", "updateAgentMetadata", scopes="agent-studio.write",
               tokens=LOCATION, query=models.CreateAgentQuery, body=models.UpdatePublicAgentMetadataBody,
               response=models.UpdatePublicAgentResponse, errors=(404,))
@unwritten
def update_agent_metadata(call: Call) -> dict:
    ...


@api.delete("/agent-studio/agent/{agentId}", "deleteAgent", scopes="agent-studio.write", tokens=LOCATION,
            query=models.GetAgentByIdQuery, response=models.DeletePublicAgentResponse, errors=(404,))
@unwritten
def delete_agent(call: Call) -> dict:
    ...


@api.post("/agent-studio/agent/versions/{versionId}/publish", "promoteAndPublish", scopes="agent-studio.write",
          tokens=LOCATION, query=models.CreateAgentQuery, body=models.PromoteAndPublishBody,
          response=models.PromoteAndPublishResponse, errors=(404,))
@unwritten
def promote_and_publish(call: Call) -> dict:
    ...


@api.post("/agent-studio/agent/{agentId}/execute", "executeAgent", scopes="agent-studio.write", tokens=LOCATION,
          query=models.CreateAgentQuery, body=models.ExecutePublicAgentBody, response=models.ExecutePublicAgentResponse,
          errors=(404,))
@unwritten
def execute_agent(call: Call) -> dict:
    ...


@api.get("/agent-studio/public-api/agents", "getAgents-deprecated", scopes="agent-studio.readonly", tokens=LOCATION,
         query=models.GetAgentsDeprecatedQuery, response=models.GetPublishedAgentsResponse, deprecated=True)
@unwritten
def get_agents_deprecated(call: Call) -> dict:
    ...


@api.get("/agent-studio/public-api/agents/{agentId}", "getAgentById-deprecated", scopes="agent-studio.readonly",
         tokens=LOCATION, query=models.GetAgentByIdQuery, response=models.GetAgentByIdResponse, errors=(404,),
         deprecated=True)
@unwritten
def get_agent_by_id_deprecated(call: Call) -> dict:
    ...


@api.post("/agent-studio/public-api/agents/{agentId}/execute", "executeAgent-deprecated", scopes="agent-studio.write",
          tokens=LOCATION, query=models.CreateAgentQuery, body=models.ExecutePublicAgentBody,
          response=models.ExecutePublicAgentResponse, errors=(404,), deprecated=True)
@unwritten
def execute_agent_deprecated(call: Call) -> dict:
    ...
