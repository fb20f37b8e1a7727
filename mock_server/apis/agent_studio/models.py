"""Models of the Agent Studio API (agent-studio.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Any, Literal

from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel


# -- queries ---------------------------------------------------------------------------------------------
class GetAgentsQuery(QueryModel):
    locationId: str
    # DECISION: "true" keeps the agents with a production version; any other value filters nothing.
    isPublished: str | None = None
    limit: NumberString
    offset: NumberString
    source: str | None = None


class SourceQuery(QueryModel):
    """Where the call comes from (the file's example: ``api``); the mock records nothing of it."""

    source: str | None = None


class AgentQuery(QueryModel):
    locationId: str
    source: str | None = None


class GetAgentsDeprecatedQuery(QueryModel):
    locationId: str
    limit: NumberString
    offset: NumberString
    source: str | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class CreatePublicAgentBody(BodyModel):
    locationId: str
    name: str | None = None
    description: str | None = None
    agencyId: str | None = None
    authorId: str | None = None
    authorName: str | None = None
    authorEmail: str | None = None
    status: Literal["active", "inactive", "archived"]
    version: dict[str, Any]
    # DECISION: the deprecated top-level nodes and edges (strings, in the file) are taken and ignored: a
    # version's graph is ``version.nodes`` / ``version.edges``, objects.
    nodes: list[str] | None = None
    edges: list[str] | None = None


class UpdatePublicAgentVersionBody(BodyModel):
    locationId: str
    versionName: str | None = None
    description: str | None = None
    nodes: list[dict[str, Any]] | None = None
    edges: list[dict[str, Any]] | None = None
    globalVariables: list[dict[str, Any]] | None = None
    inputVariables: list[dict[str, Any]] | None = None
    runtimeVariables: list[dict[str, Any]] | None = None
    globalConfig: dict[str, Any] | None = None
    userId: str | None = None
    userName: str | None = None


class UpdatePublicAgentMetadataBody(BodyModel):
    locationId: str
    name: str | None = None
    description: str | None = None
    status: Literal["active", "inactive", "archived"] | None = None


class PromoteAndPublishBody(BodyModel):
    locationId: str
    userId: str | None = None
    userName: str | None = None
    userEmail: str | None = None


class PublicAttachmentSchema(BodyModel):
    type: str
    imageUrl: str


class ExecutePublicAgentBody(BodyModel):
    message: str
    executionId: str | None = None
    inputVariables: dict[str, Any] | None = None
    versionId: str | None = None
    attachments: list[PublicAttachmentSchema] | None = None
    locationId: str
    contactId: str | None = None


# -- answers ---------------------------------------------------------------------------------------------
class GetPublishedAgentsAgentsOut(ResponseModel):
    agentId: str | None = None
    name: str | None = None
    description: str | None = None
    locationId: str | None = None
    status: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None


class GetPublishedAgentsPaginationOut(ResponseModel):
    total: float | None = None
    limit: float | None = None
    offset: float | None = None
    hasMore: bool | None = None


class GetPublishedAgentsResponse(ResponseModel):
    success: bool
    message: str
    agents: list[GetPublishedAgentsAgentsOut]
    pagination: GetPublishedAgentsPaginationOut


class CreatePublicAgentResponse(ResponseModel):
    success: bool
    message: str
    agent: dict[str, Any]
    versions: list[Any]


class UpdatePublicAgentResponse(ResponseModel):
    success: bool
    message: str
    data: dict[str, Any]


class GetAgentByIdResponse(ResponseModel):
    success: bool
    message: str
    agent: dict[str, Any]
    traceId: str | None = None


class DeletePublicAgentResponse(ResponseModel):
    success: bool
    message: str
    agentId: str | None = None


class PromoteAndPublishResponse(ResponseModel):
    success: bool
    message: str
    data: dict[str, Any]


class ExecutePublicAgentResponse(ResponseModel):
    success: bool
    executionId: str
    interactionId: str
    response: str
    type: str
    nextExpectedInput: str
    goalCompletion: bool
    executionStatus: str
    flowSwitch: bool
    attachments: list[Any]
    generativeOutputs: list[Any]
