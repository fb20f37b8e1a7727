"""Models of the Documents API (proposals.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from mock_server.apis.common import RECORD_MARK
from mock_server.platform.models import BodyModel, NumberString, PagingNumber, QueryModel, ResponseModel

# -- enumerations ----------------------------------------------------------------------------------------
EntityReference = Literal["contacts", "users"]
ElementsLookup = Literal["Page", "Text", "Image", "Video", "Table", "ProductList", "PageBreak", "Signature",
                         "PaymentDetails", "TextField", "DateField", "InitialsField", "Checkbox", "Row", "Column"]


# -- queries ---------------------------------------------------------------------------------------------
def _listed(*words: str) -> Any:
    """A comma-separated list of the words (the file: "pass as comma separated values")."""
    word = "|".join(words)
    return Annotated[str, StringConstraints(pattern=rf"^({word})(,({word}))*$")]


DOCUMENT_STATUSES = ("draft", "sent", "viewed", "completed", "accepted")
PAYMENT_STATUSES = ("waiting_for_payment", "paid", "no_payment")
TEMPLATE_TYPES = ("proposal", "estimate", "contentLibrary")


class ListDocumentsContractsQuery(QueryModel):
    locationId: str
    status: _listed(*DOCUMENT_STATUSES) | None = None
    paymentStatus: _listed(*PAYMENT_STATUSES) | None = None
    limit: PagingNumber | None = None
    skip: PagingNumber | None = None
    query: str | None = None
    dateFrom: str | None = None
    dateTo: str | None = None


class ListDocumentsContractsTemplatesQuery(QueryModel):
    locationId: str
    dateFrom: str | None = None
    dateTo: str | None = None
    type: _listed(*TEMPLATE_TYPES) | None = None
    name: str | None = None
    isPublicDocument: bool | None = None
    userId: str | None = None
    limit: NumberString | None = None
    skip: NumberString | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class CCRecipientItem(BodyModel):
    email: str
    id: str
    imageUrl: str
    contactName: str
    firstName: str
    lastName: str


class NotificationSendSetting(BodyModel):
    templateId: str
    subject: str


class NotificationSenderSetting(BodyModel):
    fromEmail: str
    fromName: str


class NotificationSettings(BodyModel):
    receive: NotificationSendSetting
    sender: NotificationSenderSetting


class SendDocumentBody(BodyModel):
    locationId: str
    documentId: str = Field(json_schema_extra={RECORD_MARK: "/proposals/document"})  # a document listed there
    documentName: str | None = None
    medium: Literal["link", "email"] | None = None
    ccRecipients: list[CCRecipientItem] | None = None
    notificationSettings: NotificationSettings | None = None
    sentBy: str = Field(json_schema_extra={RECORD_MARK: "userId"})  # the user sending it


class SendDocumentFromPublicApiBody(BodyModel):
    templateId: str
    userId: str
    sendDocument: bool | None = None
    locationId: str
    contactId: str
    opportunityId: str | None = None


# -- answers ---------------------------------------------------------------------------------------------
class FillableFieldsOut(ResponseModel):
    fieldId: str
    isRequired: bool
    hasCompleted: bool
    recipient: str
    entityType: EntityReference
    id: str
    type: ElementsLookup
    value: str


class DiscountOut(ResponseModel):
    id: str
    value: float
    type: Literal["percentage", "custom_amount"]


class GrandTotalOut(ResponseModel):
    amount: float
    currency: str
    discountPercentage: float
    discounts: list[DiscountOut]


class RecipientItemOut(ResponseModel):
    id: str
    firstName: str | None = None
    lastName: str | None = None
    email: str
    phoneNumber: str | None = None
    phone: str | None = None
    hasCompleted: bool
    role: Literal["user", "signer"]
    isPrimary: bool
    signingOrder: float
    imgUrl: str | None = None
    ip: str | None = None
    userAgent: str | None = None
    signedDate: str | None = None
    contactName: str | None = None
    country: str | None = None
    entityName: str | None = None
    initialsImgUrl: str | None = None
    lastViewedAt: str | None = None
    shareLink: str | None = None


class ProposalEstimateLinksOut(ResponseModel):
    referenceId: str
    documentId: str
    recipientId: str
    entityName: Literal["contacts", "users"]
    recipientCategory: Literal["recipient", "cc", "bcc"]
    documentRevision: float
    createdBy: str
    deleted: bool


class DocumentOut(ResponseModel):
    locationId: str
    documentId: str
    id_: str = Field(alias="_id")
    name: str
    type: str
    deleted: bool
    isExpired: bool
    documentRevision: float
    fillableFields: list[FillableFieldsOut]
    grandTotal: GrandTotalOut
    locale: str
    status: list[Literal["draft", "sent", "viewed", "completed", "accepted"]]
    paymentStatus: list[Literal["waiting_for_payment", "paid", "no_payment"]]
    recipients: list[RecipientItemOut]
    links: list[ProposalEstimateLinksOut]
    updatedAt: str
    createdAt: str


class DocumentListResponse(ResponseModel):
    documents: list[DocumentOut]
    total: float
    whiteLabelBaseUrl: float | None = None
    whiteLabelBaseUrlForInvoice: float | None = None


class SendDocumentResponse(ResponseModel):
    success: bool
    links: list[ProposalEstimateLinksOut]


class TemplateListResponseOut(ResponseModel):
    id_: str = Field(alias="_id")
    deleted: bool
    version: float
    name: str
    locationId: str
    type: Literal["proposal", "estimate", "contentLibrary"]
    updatedBy: str
    isPublicDocument: bool
    createdAt: str
    updatedAt: str
    id: str
    documentCount: float | None = None
    docFormUrl: str | None = None


class TemplateListPaginationResponse(ResponseModel):
    data: list[TemplateListResponseOut]
    total: float
    traceId: str | None = None


class SendTemplateResponse(ResponseModel):
    success: bool
    links: list[ProposalEstimateLinksOut]
