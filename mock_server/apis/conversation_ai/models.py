"""Models of the Conversation AI API (conversation-ai.json): agents, their actions, generation details."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, ValidationError, ValidatorFunctionWrapHandler, model_validator
from pydantic_core import InitErrorDetails

from mock_server.platform.models import BodyModel, PagingNumber, QueryModel, ResponseModel

ActionType = Literal["triggerWorkflow", "updateContactField", "appointmentBooking", "stopBot", "humanHandOver",
                     "advancedFollowup", "transferBot"]
Channel = Literal["IG", "FB", "SMS", "WebChat", "WhatsApp", "Live_Chat"]
Duration = Annotated[float, Field(ge=0)]
# The file's own bounds: "(max: 100, min: 1)".
MaxMessages = Annotated[float, Field(ge=1, le=100)]


# -- queries ---------------------------------------------------------------------------------------------
class SearchAgentQuery(QueryModel):
    startAfter: str | None = None
    limit: Annotated[PagingNumber, Field(ge=1)] = 10  # DECISION: the file gives no default
    query: str | None = None


class GetGenerationDetailsQuery(QueryModel):
    messageId: str
    source: Literal["conversation", "workflow"]


# -- bodies ----------------------------------------------------------------------------------------------
class TriggerWorkflow(BodyModel):
    workflowIds: list[str]
    triggerCondition: str
    triggerMessage: str | None = None


class UpdateContactField(BodyModel):
    contactFieldId: str
    description: str
    contactUpdateExamples: list[str] | None = None


class AppointmentBooking(BodyModel):
    actionId: str | None = None
    calendarId: str
    onlySendLink: bool
    triggerWorkflow: bool
    workflowIds: list[str] | None = None
    sleepAfterBooking: bool
    sleepTimeUnit: Literal["days", "hours", "minutes"] | None = None
    sleepTime: Duration | None = None
    transferBot: bool
    transferAgent: str | None = None
    rescheduleEnabled: bool
    cancelEnabled: bool


class StopBot(BodyModel):
    stopBotDetectionType: Literal["Goodbye", "Custom"]
    stopBotTriggerCondition: str
    reactivateEnabled: bool
    sleepTimeUnit: Literal["days", "hours", "minutes"] | None = None
    sleepTime: Duration | None = None
    enabled: bool
    stopBotExamples: list[str]
    finalMessage: str
    tags: list[str] | None = None


class HumanHandOver(BodyModel):
    enabled: bool
    triggerCondition: str
    examples: list[str] | None = None
    assignToUserId: str | None = None
    skipAssignToUser: bool | None = None
    createTask: bool | None = None
    reactivateEnabled: bool
    sleepTimeUnit: Literal["days", "hours", "minutes"] | None = None
    sleepTime: Duration | None = None
    finalMessage: str
    tags: list[str] | None = None
    handoverType: Literal["contactRequest", "lackOfInformation", "failedToResolveIssue", "custom"]


class FollowupSequence(BodyModel):
    id: float
    followupTimeUnit: Literal["days", "hours", "minutes"]
    followupTime: Duration
    aiEnabledMessage: bool | None = None
    triggerWorkflow: bool | None = None
    customMessage: str | None = None
    workflowId: str | None = None
    contactRequested: bool | None = None


class Interval(BodyModel):
    startHour: Annotated[float, Field(ge=0, le=23)]
    startMinute: Annotated[float, Field(ge=0, le=59)]
    endHour: Annotated[float, Field(ge=0, le=23)]
    endMinute: Annotated[float, Field(ge=0, le=59)]


class WorkingHours(BodyModel):
    dayOfTheWeek: Annotated[float, Field(ge=0, le=6)]  # 0 is Sunday
    intervals: list[Interval] | None = None


class FollowupSettings(BodyModel):
    dynamicChannelSwitching: bool
    followUpHours: bool | None = None
    workingHours: list[WorkingHours] | None = None
    timezoneToUse: Literal["contact", "business"] | None = None


class AdvancedFollowup(BodyModel):
    enabled: bool
    scenarioId: Literal["contactStoppedReplying", "contactIsBusy", "contactRequested"]
    followupSequence: list[FollowupSequence]
    followupSettings: FollowupSettings | None = None


class TransferBot(BodyModel):
    transferBotType: Literal["Default", "Custom"]
    transferToBot: str
    enabled: bool
    transferBotTriggerCondition: str | None = None
    transferBotExamples: list[str] | None = None


DETAILS_OF: dict[str, type[BodyModel]] = {
    "triggerWorkflow": TriggerWorkflow, "updateContactField": UpdateContactField,
    "appointmentBooking": AppointmentBooking, "stopBot": StopBot, "humanHandOver": HumanHandOver,
    "advancedFollowup": AdvancedFollowup, "transferBot": TransferBot}


class CreateActionBody(BodyModel):
    # An action the generic request builder cannot guess (its details depend on its type): a stop action.
    model_config = ConfigDict(json_schema_extra={"examples": [{"type": "stopBot", "name": "Stop when done", "details": {
        "stopBotDetectionType": "Goodbye", "stopBotTriggerCondition": "The contact says goodbye",
        "reactivateEnabled": False, "enabled": True, "stopBotExamples": ["bye", "that's all"],
        "finalMessage": "Glad to help!"}}]})

    type: ActionType
    name: str = Field(min_length=1)
    details: (TriggerWorkflow | UpdateContactField | AppointmentBooking | StopBot | HumanHandOver | AdvancedFollowup |
              TransferBot)

    @model_validator(mode="wrap")
    @classmethod
    def _details_of_its_type(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """``details`` is read as the DTO its ``type`` names (the file's oneOf says which by prose only), so
        its errors are that DTO's, not every member's of the union."""
        if isinstance(data, dict) and isinstance(data.get("details"), dict) and isinstance(data.get("type"), str) \
                and data["type"] in DETAILS_OF:
            try:
                details = DETAILS_OF[data["type"]].model_validate(data["details"])
            except ValidationError as refused:
                member = DETAILS_OF[data["type"]].__name__  # where pydantic puts a union member's errors
                raise ValidationError.from_exception_data(cls.__name__, [
                    InitErrorDetails(type=error["type"], loc=("details", member, *error["loc"]),
                                     input=error["input"], ctx=error.get("ctx", {})) for error in refused.errors()]) \
                    from None
            data = {**data, "details": details}
        return handler(data)


class UpdateFollowupSettingsBody(BodyModel):
    actionIds: list[str]
    followupSettings: FollowupSettings


class CreateEmployeeBody(BodyModel):
    name: str
    businessName: str | None = None
    mode: Literal["off", "suggestive", "auto-pilot"] | None = None
    channels: list[Channel] | None = None
    isPrimary: bool | None = None
    waitTime: Duration | None = None
    waitTimeUnit: Literal["minutes", "seconds"] | None = None
    sleepEnabled: bool | None = None
    sleepTime: Duration | None = None
    sleepTimeUnit: Literal["hours", "minutes", "seconds"] | None = None
    personality: str
    goal: str
    instructions: str
    autoPilotMaxMessages: MaxMessages | None = None
    knowledgeBaseIds: list[str] | None = None
    respondToImages: bool | None = None
    respondToAudio: bool | None = None
    sleepOnManualMessage: bool | None = None
    sleepOnWorkflowMessage: bool | None = None


class UpdateEmployeeBody(BodyModel):
    name: str | None = None
    businessName: str | None = None
    mode: Literal["off", "suggestive", "auto-pilot"] | None = None
    channels: list[Channel] | None = None
    isPrimary: bool | None = None
    waitTime: Duration | None = None
    waitTimeUnit: Literal["minutes", "seconds"] | None = None
    sleepEnabled: bool | None = None
    sleepTime: Duration | None = None
    sleepTimeUnit: Literal["hours", "minutes", "seconds"] | None = None
    personality: str | None = None
    goal: str | None = None
    instructions: str | None = None
    autoPilotMaxMessages: MaxMessages
    knowledgeBaseIds: list[str] | None = None
    respondToImages: bool | None = None
    respondToAudio: bool | None = None
    sleepOnManualMessage: bool | None = None
    sleepOnWorkflowMessage: bool | None = None


# -- answers ---------------------------------------------------------------------------------------------
class TriggerWorkflowOut(ResponseModel):
    workflowIds: list[str]
    triggerCondition: str
    triggerMessage: str | None = None


class UpdateContactFieldOut(ResponseModel):
    contactFieldId: str
    description: str
    contactUpdateExamples: list[str] | None = None


class AppointmentBookingOut(ResponseModel):
    actionId: str | None = None
    calendarId: str
    onlySendLink: bool
    triggerWorkflow: bool
    workflowIds: list[str] | None = None
    sleepAfterBooking: bool
    sleepTimeUnit: Literal["days", "hours", "minutes"] | None = None
    sleepTime: float | None = None
    transferBot: bool
    transferAgent: str | None = None
    rescheduleEnabled: bool
    cancelEnabled: bool


class StopBotOut(ResponseModel):
    stopBotDetectionType: Literal["Goodbye", "Custom"]
    stopBotTriggerCondition: str
    reactivateEnabled: bool
    sleepTimeUnit: Literal["days", "hours", "minutes"] | None = None
    sleepTime: float | None = None
    enabled: bool
    stopBotExamples: list[str]
    finalMessage: str
    tags: list[str] | None = None


class HumanHandOverOut(ResponseModel):
    enabled: bool
    triggerCondition: str
    examples: list[str] | None = None
    assignToUserId: str | None = None
    skipAssignToUser: bool | None = None
    createTask: bool | None = None
    reactivateEnabled: bool
    sleepTimeUnit: Literal["days", "hours", "minutes"] | None = None
    sleepTime: float | None = None
    finalMessage: str
    tags: list[str] | None = None
    handoverType: Literal["contactRequest", "lackOfInformation", "failedToResolveIssue", "custom"]


class FollowupSequenceOut(ResponseModel):
    id: float
    followupTimeUnit: Literal["days", "hours", "minutes"]
    followupTime: float
    aiEnabledMessage: bool | None = None
    triggerWorkflow: bool | None = None
    customMessage: str | None = None
    workflowId: str | None = None
    contactRequested: bool | None = None


class IntervalOut(ResponseModel):
    startHour: float
    startMinute: float
    endHour: float
    endMinute: float


class WorkingHoursOut(ResponseModel):
    dayOfTheWeek: float
    intervals: list[IntervalOut] | None = None


class FollowupSettingsOut(ResponseModel):
    dynamicChannelSwitching: bool
    followUpHours: bool | None = None
    workingHours: list[WorkingHoursOut] | None = None
    timezoneToUse: Literal["contact", "business"] | None = None


class AdvancedFollowupOut(ResponseModel):
    enabled: bool
    scenarioId: Literal["contactStoppedReplying", "contactIsBusy", "contactRequested"]
    followupSequence: list[FollowupSequenceOut]
    followupSettings: FollowupSettingsOut | None = None


class TransferBotOut(ResponseModel):
    transferBotType: Literal["Default", "Custom"]
    transferToBot: str
    enabled: bool
    transferBotTriggerCondition: str | None = None
    transferBotExamples: list[str] | None = None


class ActionDataOut(ResponseModel):
    id: str
    name: str
    type: Literal["triggerWorkflow", "updateContactField", "appointmentBooking", "stopBot", "humanHandOver",
                  "advancedFollowup", "transferBot"]
    agentId: str | None = None
    details: (TriggerWorkflowOut | UpdateContactFieldOut | AppointmentBookingOut | StopBotOut | HumanHandOverOut |
              AdvancedFollowupOut | TransferBotOut)


class CreateActionResponse(ResponseModel):
    data: ActionDataOut
    success: bool


class FetchActionsForEmployeeResponse(ResponseModel):
    data: list[ActionDataOut]
    success: bool


class FetchActionDetailsResponse(ResponseModel):
    data: ActionDataOut
    success: bool


class UpdateActionResponse(ResponseModel):
    data: ActionDataOut
    success: bool


class DeleteActionDataOut(ResponseModel):
    id: str


class DeleteActionResponse(ResponseModel):
    data: DeleteActionDataOut
    success: bool


class ActionsIdOut(ResponseModel):
    id: str
    type: Literal["triggerWorkflow", "updateContactField", "appointmentBooking", "stopBot", "humanHandOver",
                  "advancedFollowup", "transferBot"]


class EmployeeResponse(ResponseModel):
    id: str
    name: str
    businessName: str | None = None
    mode: Literal["off", "suggestive", "auto-pilot"]
    channels: list[Literal["IG", "FB", "SMS", "WebChat", "WhatsApp", "Live_Chat"]]
    waitTime: float
    waitTimeUnit: Literal["minutes", "seconds"]
    sleepEnabled: bool
    sleepTime: float | None = None
    sleepTimeUnit: Literal["hours", "minutes", "seconds"] | None = None
    actions: list[ActionsIdOut]
    isPrimary: bool
    autoPilotMaxMessages: float
    goal: str | None = None
    personality: str | None = None
    instructions: str | None = None
    knowledgeBaseIds: list[str] | None = None
    sleepOnManualMessage: bool | None = None
    sleepOnWorkflowMessage: bool | None = None


class EmployeeListItemOut(ResponseModel):
    id: str
    name: str
    businessName: str | None = None
    mode: Literal["off", "suggestive", "auto-pilot"]
    channels: list[str]
    waitTime: float
    waitTimeUnit: Literal["minutes", "seconds"]
    sleepEnabled: bool
    sleepTime: float | None = None
    sleepTimeUnit: Literal["hours", "minutes", "seconds"] | None = None
    actions: list[dict[str, Any]]
    isPrimary: bool
    autoPilotMaxMessages: float
    goal: dict[str, Any] | None = None
    knowledgeBaseIds: list[str] | None = None
    createdAt: str
    updatedAt: str
    sleepOnManualMessage: bool | None = None
    sleepOnWorkflowMessage: bool | None = None


class SearchEmployeeResponse(ResponseModel):
    agents: list[EmployeeListItemOut]
    totalCount: float
    count: float


class DeleteEmployeeResponse(ResponseModel):
    success: bool
    id: str


class FetchAIResponseDetailsResponse(ResponseModel):
    prompt: str
    intent: str | None = None
    responseMessage: str
    faqs: list[Any] | None = None
    website: list[Any] | None = None
    agentId: str | None = None
    input: str | None = None
    actionLogs: list[Any]
    history: list[Any]
    mode: str | None = None
