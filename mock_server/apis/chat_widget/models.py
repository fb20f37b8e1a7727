"""Models of the Chat Widget API (v3/chat-widget-v3.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel

# -- queries ---------------------------------------------------------------------------------------------
# The kinds of widget GHL keeps; the API creates only the first two (the others come from its UI: seeded).
ChatType = Literal["liveChat", "emailChat", "waChat", "allInOneChat", "voiceAiChat", "facebookChat", "instagramChat"]
# A list filter may also name ``webChat``: every channel a web visitor may be sent to (listing.py).
ChatTypeFilter = ChatType | Literal["webChat"]


class ChatWidgetsQuery(QueryModel):
    locationId: str
    offset: NumberString
    limit: NumberString
    chatType: ChatTypeFilter | None = None
    excludeChatType: ChatType | None = None
    voiceAiAgentId: str | None = None
    allInOneChatTypes: ChatTypeFilter | None = None


class WidgetConfigQuery(QueryModel):
    version: NumberString = "2"


# -- bodies ----------------------------------------------------------------------------------------------
class AcknowledgementDetails(BodyModel):
    icon: str | None = None
    placeholderColor: str | None = None
    liveChatIcon: str | None = None
    liveChatPlaceholderColor: str | None = None


class WidgetSettingsThemeCustomColor(BodyModel):
    chatBubbleColor: str | None = None
    backgroundColor: str | None = None
    headerColor: str | None = None
    buttonColor: str | None = None
    avatarBackgroundColor: str | None = None
    avatarBorderColor: str | None = None
    senderMessageColor: str | None = None
    receivedMessageColor: str | None = None


class WidgetSettingsTheme(BodyModel):
    name: str | None = None
    colors: WidgetSettingsThemeCustomColor | None = None


class WidgetSettingsCustomizationSize(BodyModel):
    width: float | None = None
    height: float | None = None


class WidgetSettingsCustomization(BodyModel):
    position: str | None = None
    sizes: WidgetSettingsCustomizationSize | None = None


class Redirect(BodyModel):
    redirectAction: bool | None = None
    redirectWebsite: str | None = None
    redirectText: str | None = None


class BusinessOfficeHours(BodyModel):
    enableBusinessHours: bool | None = None
    openHours: list[str] | None = None
    timezone: str | None = None
    outsideOfficeHoursWelcomeMsg: str | None = None


class FBPage(BodyModel):
    facebookPageId: str | None = None
    facebookPageName: str | None = None


class InstagramPage(BodyModel):
    facebookPageId: str | None = None
    facebookPageName: str | None = None
    instagramPageId: str | None = None
    instagramUsername: str | None = None


class A2PCompliance(BodyModel):
    enableA2PCompliance: bool | None = None
    a2pOptInForm1: str | None = None
    a2pOptInForm1ShowCheckbox: bool | None = None
    a2pOptInForm1PreChecked: bool | None = None
    isA2POptInForm2: bool | None = None
    a2pOptInForm2: str | None = None
    a2pOptInForm2ShowCheckbox: bool | None = None
    a2pOptInForm2PreChecked: bool | None = None
    privacyPolicyLink: str | None = None
    termsOfServiceLink: str | None = None
    isA2POptInForm1: bool | None = None
    messageType: str | None = None


class AdvanceSettings(BodyModel):
    brandingTitle: str | None = None
    redirect: Redirect | None = None
    enableContactForm: bool | None = None
    defaultConsentCheck: bool | None = None
    businessOfficeHours: BusinessOfficeHours | None = None
    contactFormOptions: list[str] | None = None
    allInOneChatTypes: list[ChatTypeFilter] | None = None
    allInOneInitialMsg: str | None = None
    contactFormIntroMessage: str | None = None
    contactFormSystemMessage: str | None = None
    prefilledMessageText: str | None = None
    voiceAiAgent: dict[str, Any] | None = None
    fbPage: FBPage | None = None
    instagramPage: InstagramPage | None = None
    playNotificationSound: bool | None = None
    voiceAiSendActionText: str | None = None
    aTwoPCompliance: A2PCompliance | None = None


class PatchWidgetSettings(BodyModel):
    """A widget's settings as a patch sends them: any of them (merged into the widget's, patch.py)."""
    acknowledgementDetails: AcknowledgementDetails | None = None
    agencyName: str | None = None
    agencyWebsite: str | None = None
    allowAvatarImage: bool | None = None
    autoCountryCode: bool | None = None
    countryCode: str | None = None
    chatType: str | None = None
    promptType: str | None = None
    chatIcon: str | None = None
    enableRevisitMessage: bool | None = None
    heading: str | None = None
    legalMsg: str | None = None
    liveChatAckMsg: str | None = None
    liveChatEndedMsg: str | None = None
    liveChatFeedbackMsg: str | None = None
    liveChatFeedbackNote: str | None = None
    liveChatIntroMsg: str | None = None
    liveChatUserInactiveMsg: str | None = None
    liveChatUserInactiveTime: str | None = None
    liveChatVisitorInactiveMsg: str | None = None
    liveChatVisitorInactiveTime: str | None = None
    locale: str | None = None
    promptAvatar: str | None = None
    promptAvatarAltText: str | None = None
    isPromptAvatarImageOptimize: bool | None = None
    promptMsg: str | None = None
    revisitPromptMsg: str | None = None
    sendActionText: str | None = None
    showAgencyBranding: bool | None = None
    showConsentCheckbox: bool | None = None
    showLiveChatWelcomeMsg: bool | None = None
    showPrompt: bool | None = None
    subHeading: str | None = None
    successMsg: str | None = None
    supportContact: str | None = None
    thankYouMsg: str | None = None
    theme: WidgetSettingsTheme | None = None
    useEmailField: bool | None = None
    waNumber: str | None = None
    widgetPrimaryColor: str | None = None
    representativeAssignedMessage: str | None = None
    dimensions: WidgetSettingsCustomization | None = None
    advanceSettings: AdvanceSettings | None = None
    locationCountryCode: str | None = None
    widgetId: str | None = None
    widgetPlacement: str | None = None


class WidgetSettings(PatchWidgetSettings):
    """A widget's whole settings, as create and replace send them: ``chatType`` and ``chatIcon`` required."""
    chatType: str
    chatIcon: str


class UpdateWidgetBody(BodyModel):
    version: float | None = None
    chatType: Literal["liveChat", "emailChat"] | None = None
    name: str | None = None
    default: bool | None = None
    settings: WidgetSettings | None = None


class PatchWidgetBody(UpdateWidgetBody):
    """The replace body, with settings that may be partial.

    DECISION: the file gives PUT and PATCH one body, whose settings require ``chatType`` and ``chatIcon``, yet
    its own PATCH example sends ``{"settings": {"chatType": ...}}`` alone, and the official Node SDK (generated
    from a later file) types every settings field optional: a patch's settings may be partial.
    """
    settings: PatchWidgetSettings | None = None


class CloneChatWidgetBody(BodyModel):
    locationId: str
    chatWidgetId: str
    name: str | None = None


class ChatWidgetSeed(BodyModel):
    """A widget as GHL's UI makes it, of any kind (the API makes only live chat and email widgets)."""
    name: str = Field(min_length=1)
    chatType: ChatType
    version: float = 2
    default: bool | None = None
    settings: PatchWidgetSettings | None = None


class CreateWidgetBody(BodyModel):
    version: float
    chatType: Literal["liveChat", "emailChat"]
    name: str
    locationId: str
    deleted: bool | None = None
    default: bool | None = None
    settings: WidgetSettings | None = None


# -- answers ---------------------------------------------------------------------------------------------
# The file declares no answer bodies; these are the ones the official Node SDK types (ChatWidgetDTO,
# ChatWidgetListResponseDTO, generated from a later file; see widgets.py).
class ChatWidgetResponse(ResponseModel):
    id_: str = Field(alias="_id")
    version: float
    chatType: str
    name: str
    locationId: str
    deleted: bool
    default: bool
    settings: dict[str, Any] | None = None
    creationSource: str | None = None
    updatedBy: str | None = None
    originId: str | None = None
    createdAt: str
    updatedAt: str


class ChatWidgetListItemOut(ResponseModel):
    id_: str = Field(alias="_id")
    name: str
    chatType: str
    default: bool
    creationSource: str | None = None
    settings: dict[str, Any] | None = None
    createdAt: str
    updatedAt: str


class ChatWidgetsResponse(ResponseModel):
    chatWidgets: list[ChatWidgetListItemOut]
    totalCount: int


class WidgetConfigResponse(ResponseModel):
    config: dict[str, Any]
