"""Models of the Voice AI API (voice-ai.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel

# -- enumerations ----------------------------------------------------------------------------------------
VoiceAILanguage = Literal["en-US", "pt-BR", "es", "fr", "de", "it", "nl-NL", "multi"]
PatienceLevel = Literal["low", "medium", "high"]


# -- queries ---------------------------------------------------------------------------------------------
class GetAgentsQuery(QueryModel):
    page: Annotated[PagingNumber, Field(ge=1, le=5000)] = 1
    pageSize: Annotated[PagingNumber, Field(ge=1, le=50)] = 10
    locationId: str
    query: str | None = None


class LocationQuery(QueryModel):
    """The query of the operations by id: the location the record is read in."""

    locationId: str


class GetCallLogsQuery(QueryModel):
    locationId: str
    agentId: str | None = None
    contactId: str | None = None
    callType: Literal["LIVE", "TRIAL"] | None = None
    startDate: float | None = None
    endDate: float | None = None
    # DECISION: the file declares one ACTION_TYPE, its prose and example a comma-separated list of them: the
    # list is taken (one value is a list of one), each checked by the domain (call_logs.UNKNOWN_ACTION_TYPE).
    actionType: str | None = None
    sortBy: Literal["duration", "createdAt"] | None = None
    sort: Literal["ascend", "descend"] | None = None
    page: Annotated[PagingNumber, Field(ge=1)] = 1
    pageSize: Annotated[PagingNumber, Field(ge=1, le=50)] = 10  # "max 50", the file's prose


class DeleteActionQuery(QueryModel):
    locationId: str
    agentId: str


# -- bodies ----------------------------------------------------------------------------------------------
class SendPostCallNotification(BodyModel):
    admins: bool
    allUsers: bool
    contactAssignedUser: bool
    specificUsers: list[str]
    customEmails: list[str]


class Interval(BodyModel):
    startHour: float = Field(ge=0, le=23)
    endHour: float = Field(ge=0, le=23)
    startMinute: float = Field(ge=0, le=59)
    endMinute: float = Field(ge=0, le=59)


class AgentWorkingHours(BodyModel):
    dayOfTheWeek: Literal[1, 2, 3, 4, 5, 6, 7]
    intervals: list[Interval]


class Translation(BodyModel):
    enabled: bool
    language: str | None = None


class AgentCreationRequestBody(BodyModel):
    locationId: str
    agentName: str | None = Field(None, min_length=1, max_length=40)
    businessName: str | None = Field(None, min_length=1)
    welcomeMessage: str | None = Field(None, min_length=1, max_length=190)
    agentPrompt: str | None = None
    voiceId: str | None = None
    language: VoiceAILanguage | None = None
    patienceLevel: PatienceLevel | None = None
    maxCallDuration: float | None = Field(None, ge=180, le=900)
    sendUserIdleReminders: bool | None = None
    reminderAfterIdleTimeSeconds: float | None = Field(None, ge=1, le=20)
    inboundNumber: str | None = None
    numberPoolId: str | None = None
    callEndWorkflowIds: list[str] | None = Field(None, max_length=10)
    sendPostCallNotificationTo: SendPostCallNotification | None = None
    agentWorkingHours: list[AgentWorkingHours] | None = None
    timezone: str | None = Field(None, pattern="^[A-Za-z_]+/[A-Za-z_]+$")
    isAgentAsBackupDisabled: bool | None = None
    translation: Translation | None = None


class PatchAgentBody(BodyModel):
    # What the contract kit sends: the references (numbers, pools, workflows) must name the location's records.
    model_config = ConfigDict(json_schema_extra={"examples": [{"agentName": "Front desk", "patienceLevel": "high"}]})

    agentName: str | None = Field(None, min_length=1, max_length=40)
    businessName: str | None = Field(None, min_length=1)
    welcomeMessage: str | None = Field(None, min_length=1, max_length=190)
    agentPrompt: str | None = None
    voiceId: str | None = None
    language: VoiceAILanguage | None = None
    patienceLevel: PatienceLevel | None = None
    maxCallDuration: float | None = Field(None, ge=180, le=900)
    sendUserIdleReminders: bool | None = None
    reminderAfterIdleTimeSeconds: float | None = Field(None, ge=1, le=20)
    inboundNumber: str | None = None
    numberPoolId: str | None = None
    callEndWorkflowIds: list[str] | None = Field(None, max_length=10)
    sendPostCallNotificationTo: SendPostCallNotification | None = None
    agentWorkingHours: list[AgentWorkingHours] | None = None
    timezone: str | None = Field(None, pattern="^[A-Za-z_]+/[A-Za-z_]+$")
    isAgentAsBackupDisabled: bool | None = None
    translation: Translation | None = None


class CallTransferActionParameters(BodyModel):
    triggerPrompt: str
    transferToType: Literal["number"]
    transferToValue: str
    triggerMessage: str
    hearWhisperMessage: bool | None = None


class DataExtractionActionParameters(BodyModel):
    contactFieldId: str
    description: str
    examples: list[str]
    overwriteExistingValue: bool | None = None


class InCallDataExtractionActionParameters(BodyModel):
    contactFieldId: str
    description: str
    examples: list[str]
    overwriteExistingValue: bool | None = None


class WorkflowTriggerParameters(BodyModel):
    triggerPrompt: str
    triggerMessage: str
    workflowId: str


class SMSParameters(BodyModel):
    triggerPrompt: str
    triggerMessage: str
    messageBody: str


class AppointmentBookingActionParameters(BodyModel):
    calendarId: str
    daysOfOfferingDates: float
    slotsPerDay: float
    hoursBetweenSlots: float


class CustomActionHeader(BodyModel):
    key: str
    value: str


class CustomActionParameter(BodyModel):
    name: str
    description: str | None = None
    type: str | None = None
    example: str | None = None


class CustomActionApiDetails(BodyModel):
    url: str
    method: Literal["POST", "GET"]
    authenticationRequired: bool | None = None
    authenticationValue: str | None = None
    headers: list[CustomActionHeader] | None = None
    parameters: list[CustomActionParameter] | None = None


class CustomActionParameters(BodyModel):
    triggerPrompt: str
    triggerMessage: str
    apiDetails: CustomActionApiDetails
    selectedPaths: list[str] | None = None


class KnowledgeBaseParameters(BodyModel):
    triggerPrompt: str
    knowledgeBaseId: str


class CreateSingleActionBody(BodyModel):
    agentId: str
    locationId: str
    actionType: Literal["CALL_TRANSFER", "DATA_EXTRACTION", "IN_CALL_DATA_EXTRACTION", "WORKFLOW_TRIGGER", "SMS",
                        "APPOINTMENT_BOOKING", "CUSTOM_ACTION", "KNOWLEDGE_BASE"]
    name: str
    actionParameters: (CallTransferActionParameters | DataExtractionActionParameters |
                       InCallDataExtractionActionParameters | WorkflowTriggerParameters | SMSParameters |
                       AppointmentBookingActionParameters | CustomActionParameters | KnowledgeBaseParameters)


class UpdateSingleActionBody(BodyModel):
    agentId: str
    locationId: str
    actionType: Literal["CALL_TRANSFER", "DATA_EXTRACTION", "IN_CALL_DATA_EXTRACTION", "WORKFLOW_TRIGGER", "SMS",
                        "APPOINTMENT_BOOKING", "CUSTOM_ACTION", "KNOWLEDGE_BASE"]
    name: str
    actionParameters: (CallTransferActionParameters | DataExtractionActionParameters |
                       InCallDataExtractionActionParameters | WorkflowTriggerParameters | SMSParameters |
                       AppointmentBookingActionParameters | CustomActionParameters | KnowledgeBaseParameters)


# -- answers ---------------------------------------------------------------------------------------------
class SendPostCallNotificationSchemaOut(ResponseModel):
    admins: bool | None = None
    allUsers: bool | None = None
    contactAssignedUser: bool | None = None
    specificUsers: list[str] | None = None
    customEmails: list[str] | None = None


class IntervalOut(ResponseModel):
    startHour: float
    endHour: float
    startMinute: float
    endMinute: float


class AgentWorkingHoursOut(ResponseModel):
    dayOfTheWeek: Literal[1, 2, 3, 4, 5, 6, 7]
    intervals: list[IntervalOut]


class TranslationSchemaOut(ResponseModel):
    enabled: bool | None = None
    language: str | None = None


class CallTransferActionParametersOut(ResponseModel):
    triggerPrompt: str
    transferToType: Literal["number"]
    transferToValue: str
    triggerMessage: str
    hearWhisperMessage: bool | None = None


class DataExtractionActionParametersOut(ResponseModel):
    contactFieldId: str
    description: str
    examples: list[str]
    overwriteExistingValue: bool | None = None


class InCallDataExtractionActionParametersOut(ResponseModel):
    contactFieldId: str
    description: str
    examples: list[str]
    overwriteExistingValue: bool | None = None


class WorkflowTriggerParametersOut(ResponseModel):
    triggerPrompt: str
    triggerMessage: str
    workflowId: str


class SMSParametersOut(ResponseModel):
    triggerPrompt: str
    triggerMessage: str
    messageBody: str


class AppointmentBookingActionParametersOut(ResponseModel):
    calendarId: str
    daysOfOfferingDates: float
    slotsPerDay: float
    hoursBetweenSlots: float


class CustomActionHeaderOut(ResponseModel):
    key: str
    value: str


class CustomActionParameterOut(ResponseModel):
    name: str
    description: str | None = None
    type: str | None = None
    example: str | None = None


class CustomActionApiDetailsOut(ResponseModel):
    url: str
    method: Literal["POST", "GET"]
    authenticationRequired: bool | None = None
    authenticationValue: str | None = None
    headers: list[CustomActionHeaderOut] | None = None
    parameters: list[CustomActionParameterOut] | None = None


class CustomActionParametersOut(ResponseModel):
    triggerPrompt: str
    triggerMessage: str
    apiDetails: CustomActionApiDetailsOut
    selectedPaths: list[str] | None = None


class KnowledgeBaseParametersOut(ResponseModel):
    triggerPrompt: str
    knowledgeBaseId: str


class AgentActionResponseOut(ResponseModel):
    id: str
    actionType: Literal["CALL_TRANSFER", "DATA_EXTRACTION", "IN_CALL_DATA_EXTRACTION", "WORKFLOW_TRIGGER", "SMS",
                        "APPOINTMENT_BOOKING", "CUSTOM_ACTION", "KNOWLEDGE_BASE"]
    name: str
    actionParameters: (CallTransferActionParametersOut | DataExtractionActionParametersOut |
                       InCallDataExtractionActionParametersOut | WorkflowTriggerParametersOut | SMSParametersOut |
                       AppointmentBookingActionParametersOut | CustomActionParametersOut | KnowledgeBaseParametersOut)


class GetAgentResponse(ResponseModel):
    id: str
    locationId: str
    agentName: str
    businessName: str
    welcomeMessage: str
    agentPrompt: str
    voiceId: str
    language: str
    patienceLevel: str
    maxCallDuration: float
    sendUserIdleReminders: bool
    reminderAfterIdleTimeSeconds: float
    inboundNumber: str | None = None
    numberPoolId: str | None = None
    callEndWorkflowIds: list[str] | None = None
    sendPostCallNotificationTo: SendPostCallNotificationSchemaOut | None = None
    agentWorkingHours: list[AgentWorkingHoursOut] | None = None
    timezone: str
    isAgentAsBackupDisabled: bool
    translation: TranslationSchemaOut | None = None
    actions: list[AgentActionResponseOut]


class GetAgentsResponse(ResponseModel):
    total: float
    page: float
    pageSize: float
    agents: list[GetAgentResponse]


class CreateAgentResponse(ResponseModel):
    id: str
    locationId: str
    agentName: str
    businessName: str
    welcomeMessage: str
    agentPrompt: str
    voiceId: str
    language: str
    patienceLevel: str
    maxCallDuration: float
    sendUserIdleReminders: bool
    reminderAfterIdleTimeSeconds: float
    inboundNumber: str | None = None
    numberPoolId: str | None = None
    callEndWorkflowIds: list[str] | None = None
    sendPostCallNotificationTo: SendPostCallNotificationSchemaOut | None = None
    agentWorkingHours: list[AgentWorkingHoursOut] | None = None
    timezone: str
    isAgentAsBackupDisabled: bool
    translation: TranslationSchemaOut | None = None


class PatchAgentResponse(ResponseModel):
    id: str
    locationId: str
    agentName: str
    businessName: str
    welcomeMessage: str
    agentPrompt: str
    voiceId: str
    language: str
    patienceLevel: str
    maxCallDuration: float
    sendUserIdleReminders: bool
    reminderAfterIdleTimeSeconds: float
    inboundNumber: str | None = None
    numberPoolId: str | None = None
    callEndWorkflowIds: list[str] | None = None
    sendPostCallNotificationTo: SendPostCallNotificationSchemaOut | None = None
    agentWorkingHours: list[AgentWorkingHoursOut] | None = None
    timezone: str
    isAgentAsBackupDisabled: bool
    translation: TranslationSchemaOut | None = None


class CallActionSchemaOut(ResponseModel):
    actionId: str | None = None
    actionType: Literal["CALL_TRANSFER", "DATA_EXTRACTION", "IN_CALL_DATA_EXTRACTION", "WORKFLOW_TRIGGER", "SMS",
                        "APPOINTMENT_BOOKING", "CUSTOM_ACTION", "KNOWLEDGE_BASE"]
    actionName: str
    actionParameters: (CallTransferActionParametersOut | DataExtractionActionParametersOut |
                       InCallDataExtractionActionParametersOut | WorkflowTriggerParametersOut | SMSParametersOut |
                       AppointmentBookingActionParametersOut | CustomActionParametersOut | KnowledgeBaseParametersOut |
                       None) = None
    executedAt: str | None = None
    triggerReceivedAt: str | None = None


class CallLogResponse(ResponseModel):
    id: str
    contactId: str | None = None
    agentId: str
    isAgentDeleted: bool
    fromNumber: str | None = None
    createdAt: str
    duration: float
    trialCall: bool
    executedCallActions: list[CallActionSchemaOut]
    summary: str
    transcript: str
    translation: TranslationSchemaOut | None = None
    extractedData: dict[str, Any] | None = None
    messageId: str | None = None


class CallLogsResponse(ResponseModel):
    total: float
    page: float
    pageSize: float
    callLogs: list[CallLogResponse]


class CreateActionResponse(ResponseModel):
    id: str
    actionType: Literal["CALL_TRANSFER", "DATA_EXTRACTION", "IN_CALL_DATA_EXTRACTION", "WORKFLOW_TRIGGER", "SMS",
                        "APPOINTMENT_BOOKING", "CUSTOM_ACTION", "KNOWLEDGE_BASE"]
    name: str
    actionParameters: (CallTransferActionParametersOut | DataExtractionActionParametersOut |
                       InCallDataExtractionActionParametersOut | WorkflowTriggerParametersOut | SMSParametersOut |
                       AppointmentBookingActionParametersOut | CustomActionParametersOut | KnowledgeBaseParametersOut)


class GetActionResponse(ResponseModel):
    id: str
    actionType: Literal["CALL_TRANSFER", "DATA_EXTRACTION", "IN_CALL_DATA_EXTRACTION", "WORKFLOW_TRIGGER", "SMS",
                        "APPOINTMENT_BOOKING", "CUSTOM_ACTION", "KNOWLEDGE_BASE"]
    name: str
    actionParameters: (CallTransferActionParametersOut | DataExtractionActionParametersOut |
                       InCallDataExtractionActionParametersOut | WorkflowTriggerParametersOut | SMSParametersOut |
                       AppointmentBookingActionParametersOut | CustomActionParametersOut | KnowledgeBaseParametersOut)


class UpdateActionResponse(ResponseModel):
    id: str
    actionType: Literal["CALL_TRANSFER", "DATA_EXTRACTION", "IN_CALL_DATA_EXTRACTION", "WORKFLOW_TRIGGER", "SMS",
                        "APPOINTMENT_BOOKING", "CUSTOM_ACTION", "KNOWLEDGE_BASE"]
    name: str
    actionParameters: (CallTransferActionParametersOut | DataExtractionActionParametersOut |
                       InCallDataExtractionActionParametersOut | WorkflowTriggerParametersOut | SMSParametersOut |
                       AppointmentBookingActionParametersOut | CustomActionParametersOut | KnowledgeBaseParametersOut)
