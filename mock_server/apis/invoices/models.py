"""Models of the Invoices API (invoices.json), GHL field names verbatim."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from mock_server.apis.common import RECORD_MARK, SentNumber
from mock_server.platform.models import BodyModel, NumberString, QueryModel, ResponseModel

# Money and quantities as the money rules accept them (money.py): finite, an amount never negative, a quantity
# above zero, a tax rate a percentage. DECISION: GHL's limits are not documented; these keep totals meaningful.
Amount = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Quantity = Annotated[float, Field(gt=0, allow_inf_nan=False)]
Rate = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]


# -- queries ---------------------------------------------------------------------------------------------
class ListInvoiceTemplatesQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    status: str | None = None
    startAt: str | None = None
    endAt: str | None = None
    search: str | None = None
    paymentMode: Literal["default", "live", "test"] | None = None
    limit: NumberString
    offset: NumberString


class GetInvoiceTemplateQuery(QueryModel):
    altId: str
    altType: Literal["location"]


class ListEstimatesQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    startAt: str | None = None
    endAt: str | None = None
    search: str | None = None
    status: Literal["all", "draft", "sent", "accepted", "declined", "invoiced", "viewed"] | None = None
    contactId: str | None = None
    limit: NumberString
    offset: NumberString


class ListEstimateTemplatesQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    search: str | None = None
    limit: NumberString
    offset: NumberString


class PreviewEstimateTemplateQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    templateId: str


class ListInvoicesQuery(QueryModel):
    altId: str
    altType: Literal["location"]
    status: str | None = None
    startAt: str | None = None
    endAt: str | None = None
    search: str | None = None
    paymentMode: Literal["default", "live", "test"] | None = None
    contactId: str | None = None
    limit: NumberString
    offset: NumberString
    sortField: Literal["issueDate"] | None = None
    sortOrder: Literal["ascend", "descend"] | None = None


# -- bodies ----------------------------------------------------------------------------------------------
class Address(BodyModel):
    addressLine1: str | None = None
    addressLine2: str | None = None
    city: str | None = None
    state: str | None = None
    countryCode: str | None = None
    postalCode: str | None = None


class BusinessDetails(BodyModel):
    logoUrl: str | None = None
    name: str | None = None
    phoneNo: str | None = None
    address: Address | None = None
    website: str | None = None
    customValues: list[str] | None = None


class ItemTax(BodyModel):
    id_: str = Field(alias="_id")
    name: str
    rate: Rate
    calculation: Literal["exclusive"] | None = None
    description: str | None = None
    taxId: str | None = None


class InvoiceItem(BodyModel):
    name: str
    description: str | None = None
    productId: str | None = None
    priceId: str | None = None
    currency: str
    amount: Amount
    qty: Quantity
    taxes: list[ItemTax] | None = None
    automaticTaxCategoryId: str | None = None
    isSetupFeeItem: bool | None = None
    type: Literal["one_time", "recurring"] | None = None
    taxInclusive: bool | None = None


class Discount(BodyModel):
    value: Amount | None = None
    type: Literal["percentage", "fixed"]
    validOnProductIds: list[str] | None = None


class TipsConfiguration(BodyModel):
    tipsPercentage: list[str]
    tipsEnabled: bool


class LateFeesFrequency(BodyModel):
    intervalCount: SentNumber
    interval: Literal["minute", "hour", "day", "week", "month", "one_time"]


class LateFeesGrace(BodyModel):
    intervalCount: SentNumber
    interval: Literal["day"]


class LateFeesMaxFees(BodyModel):
    type: Literal["fixed"]
    value: SentNumber


class LateFeesConfiguration(BodyModel):
    enable: bool
    value: SentNumber
    type: Literal["fixed", "percentage"]
    frequency: LateFeesFrequency
    grace: LateFeesGrace | None = None
    maxLateFees: LateFeesMaxFees | None = None


class StripePaymentMethod(BodyModel):
    enableBankDebitOnly: bool


class PaymentMethod(BodyModel):
    stripe: StripePaymentMethod


class ProcessingFeePaidCharge(BodyModel):
    name: str
    charge: SentNumber
    amount: SentNumber
    id_: str = Field(alias="_id")


class ProcessingFee(BodyModel):
    charges: list[list[Any]]
    collectedMiscellaneousCharges: SentNumber | None = None
    paidCharges: list[ProcessingFeePaidCharge] | None = None


class CreateInvoiceTemplateBody(BodyModel):
    altId: str
    altType: Literal["location"]
    internal: bool | None = None
    name: str
    businessDetails: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    automaticTaxesEnabled: bool | None = None
    discount: Discount | None = None
    termsNotes: str | None = None
    title: str | None = None
    tipsConfiguration: TipsConfiguration | None = None
    lateFeesConfiguration: LateFeesConfiguration | None = None
    invoiceNumberPrefix: str | None = None
    paymentMethods: PaymentMethod | None = None
    attachments: list[str] | None = None
    miscellaneousCharges: ProcessingFee | None = None


class UpdateInvoiceTemplateBody(BodyModel):
    altId: str
    altType: Literal["location"]
    internal: bool | None = None
    name: str
    businessDetails: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    discount: Discount | None = None
    termsNotes: str | None = None
    title: str | None = None
    miscellaneousCharges: ProcessingFee | None = None


class UpdateInvoiceLateFeesConfigurationBody(BodyModel):
    altId: str
    altType: Literal["location"]
    lateFeesConfiguration: LateFeesConfiguration


class UpdatePaymentMethodsConfigurationBody(BodyModel):
    altId: str
    altType: Literal["location"]
    paymentMethods: PaymentMethod | None = None


class AdditionalEmails(BodyModel):
    email: str


class ContactDetails(BodyModel):
    id: str = Field(json_schema_extra={RECORD_MARK: "contactId"})  # a contact of the location
    name: str
    phoneNo: str
    email: str
    additionalEmails: list[AdditionalEmails] | None = None
    companyName: str | None = None
    address: Address | None = None
    customFields: list[str] | None = None


class CustomRRuleOptions(BodyModel):
    intervalType: Literal["yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly"]
    interval: SentNumber
    startDate: str
    startTime: str | None = None
    endDate: str | None = None
    endTime: str | None = None
    dayOfMonth: SentNumber | None = None
    dayOfWeek: Literal["mo", "tu", "we", "th", "fr", "sa", "su"] | None = None
    numOfWeek: SentNumber | None = None
    monthOfYear: (Literal["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] |
                  None) = None
    count: SentNumber | None = None
    daysBefore: SentNumber | None = None
    useStartAsPrimaryUserAccepted: bool | None = None
    endType: str | None = None


class ScheduleOptions(BodyModel):
    executeAt: str | None = None
    rrule: CustomRRuleOptions | None = None


class Attachments(BodyModel):
    id: str
    name: str
    url: str
    type: str
    size: SentNumber


class CreateInvoiceScheduleBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    contactDetails: ContactDetails
    schedule: ScheduleOptions
    liveMode: bool
    businessDetails: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    automaticTaxesEnabled: bool | None = None
    discount: Discount
    termsNotes: str | None = None
    title: str | None = None
    tipsConfiguration: TipsConfiguration | None = None
    lateFeesConfiguration: LateFeesConfiguration | None = None
    invoiceNumberPrefix: str | None = None
    paymentMethods: PaymentMethod | None = None
    attachments: list[Attachments] | None = None
    miscellaneousCharges: ProcessingFee | None = None


class UpdateInvoiceScheduleBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    contactDetails: ContactDetails
    schedule: ScheduleOptions
    liveMode: bool
    businessDetails: BusinessDetails
    currency: str
    items: list[InvoiceItem]
    discount: Discount
    termsNotes: str | None = None
    title: str | None = None
    attachments: list[Attachments] | None = None
    miscellaneousCharges: ProcessingFee | None = None


class Card(BodyModel):
    brand: str
    last4: str


class USBankAccount(BodyModel):
    bank_name: str
    last4: str


class SepaDirectDebit(BodyModel):
    bank_code: str
    last4: str
    branch_code: str


class BacsDirectDebit(BodyModel):
    sort_code: str
    last4: str


class BecsDirectDebit(BodyModel):
    bsb_number: str
    last4: str


class AutoPaymentDetails(BodyModel):
    enable: bool
    type: str | None = None
    paymentMethodId: str | None = None
    customerId: str | None = None
    card: Card | None = None
    usBankAccount: USBankAccount | None = None
    sepaDirectDebit: SepaDirectDebit | None = None
    bacsDirectDebit: BacsDirectDebit | None = None
    becsDirectDebit: BecsDirectDebit | None = None
    cardId: str | None = None
    provider: dict[str, Any] | None = None


class ScheduleInvoiceScheduleBody(BodyModel):
    altId: str
    altType: Literal["location"]
    liveMode: bool
    autoPayment: AutoPaymentDetails | None = None


class AutoPaymentScheduleBody(BodyModel):
    altId: str
    altType: Literal["location"]
    id: str
    autoPayment: AutoPaymentDetails


class CancelInvoiceScheduleBody(BodyModel):
    altId: str
    altType: Literal["location"]


class SentTo(BodyModel):
    email: list[str]
    emailCc: list[str] | None = None
    emailBcc: list[str] | None = None
    phoneNo: list[str] | None = None


class PaymentSchedule(BodyModel):
    type: Literal["fixed", "percentage"]
    schedules: list[str]


class Text2PayBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    currency: str
    items: list[InvoiceItem]
    termsNotes: str | None = None
    title: str | None = None
    contactDetails: ContactDetails
    invoiceNumber: str | None = None
    issueDate: str
    dueDate: str | None = None
    sentTo: SentTo
    liveMode: bool
    automaticTaxesEnabled: bool | None = None
    paymentSchedule: PaymentSchedule | None = None
    lateFeesConfiguration: LateFeesConfiguration | None = None
    tipsConfiguration: TipsConfiguration | None = None
    invoiceNumberPrefix: str | None = None
    paymentMethods: PaymentMethod | None = None
    attachments: list[Attachments] | None = None
    miscellaneousCharges: ProcessingFee | None = None
    id: str | None = None
    includeTermsNote: bool | None = None
    action: Literal["draft", "send"]
    userId: str
    discount: Discount | None = None
    businessDetails: BusinessDetails | None = None


class UpdateInvoiceBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    title: str | None = None
    currency: str
    description: str | None = None
    businessDetails: BusinessDetails | None = None
    invoiceNumber: str | None = None
    contactId: str | None = None
    contactDetails: ContactDetails | None = None
    termsNotes: str | None = None
    discount: Discount | None = None
    invoiceItems: list[InvoiceItem]
    automaticTaxesEnabled: bool | None = None
    liveMode: bool | None = None
    issueDate: str
    dueDate: str
    paymentSchedule: PaymentSchedule | None = None
    tipsConfiguration: TipsConfiguration | None = None
    xeroDetails: dict[str, Any] | None = None
    invoiceNumberPrefix: str | None = None
    paymentMethods: PaymentMethod | None = None
    attachments: list[Attachments] | None = None
    miscellaneousCharges: ProcessingFee | None = None


class VoidInvoiceBody(BodyModel):
    altId: str
    altType: Literal["location"]


class InvoiceSettingsSenderConfiguration(BodyModel):
    fromName: str | None = None
    fromEmail: str | None = None


class SendInvoiceBody(BodyModel):
    altId: str
    altType: Literal["location"]
    userId: str
    action: Literal["sms_and_email", "send_manually", "email", "sms"]
    liveMode: bool
    sentFrom: InvoiceSettingsSenderConfiguration | None = None
    autoPayment: AutoPaymentDetails | None = None


class Cheque(BodyModel):
    number: str


class RecordPaymentBody(BodyModel):
    altId: str
    altType: Literal["location"]
    mode: Literal["cash", "card", "cheque", "bank_transfer", "other"]
    # DECISION: the official file requires card, cheque and notes on every payment; a cash payment has neither
    # card nor cheque, so they are optional here (upstream.py says so).
    card: Card | None = None
    cheque: Cheque | None = None
    notes: str | None = None
    amount: Amount | None = None
    meta: dict[str, Any] | None = None
    paymentScheduleIds: list[str] | None = None
    fulfilledAt: str | None = None


class PatchInvoiceStatsLastViewedBody(BodyModel):
    invoiceId: str


class EstimateLineItem(InvoiceItem):
    attachments: list[str] | None = None


class SendEstimateBody(BodyModel):
    altId: str
    altType: Literal["location"]
    action: Literal["sms_and_email", "send_manually", "email", "sms"]
    liveMode: bool
    userId: str
    sentFrom: InvoiceSettingsSenderConfiguration | None = None
    estimateName: str | None = None


class FrequencySettings(BodyModel):
    enabled: bool
    schedule: ScheduleOptions


class AutoInvoicing(BodyModel):
    enabled: bool
    directPayments: bool | None = None


class PaymentScheduleDateConfig(BodyModel):
    depositDateType: Literal["estimate_accepted", "custom"]
    scheduleDateType: Literal["regular_interval", "custom"]


class PaymentScheduleConfig(BodyModel):
    type: Literal["fixed", "percentage"]
    dateConfig: PaymentScheduleDateConfig
    schedules: list[list[Any]]


class CreateEstimatesBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    businessDetails: BusinessDetails
    currency: str
    items: list[EstimateLineItem]
    liveMode: bool | None = None
    discount: Discount
    termsNotes: str | None = None
    title: str | None = None
    contactDetails: ContactDetails
    estimateNumber: float | None = None
    issueDate: str | None = None
    expiryDate: str | None = None
    sentTo: SentTo | None = None
    automaticTaxesEnabled: bool | None = None
    meta: dict[str, Any] | None = None
    sendEstimateDetails: SendEstimateBody | None = None
    frequencySettings: FrequencySettings
    estimateNumberPrefix: str | None = None
    userId: str | None = None
    attachments: list[Attachments] | None = None
    autoInvoice: AutoInvoicing | None = None
    miscellaneousCharges: ProcessingFee | None = None
    paymentScheduleConfig: PaymentScheduleConfig | None = None


class UpdateEstimateBody(CreateEstimatesBody):
    estimateStatus: Literal["all", "draft", "sent", "accepted", "declined", "invoiced", "viewed"] | None = None


class AltBody(BodyModel):
    altId: str
    altType: Literal["location"]


class CreateInvoiceFromEstimateBody(BodyModel):
    altId: str
    altType: Literal["location"]
    markAsInvoiced: bool
    version: Literal["v1", "v2"] | None = None


class EstimateIdParamBody(BodyModel):
    estimateId: str


class EstimateTemplatesBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    businessDetails: BusinessDetails
    currency: str
    # DECISION: the official file declares an array of arrays; an estimate template's items are line items
    # like an estimate's (upstream.py says so).
    items: list[EstimateLineItem]
    liveMode: bool | None = None
    discount: Discount
    termsNotes: str | None = None
    title: str | None = None
    automaticTaxesEnabled: bool | None = None
    meta: dict[str, Any] | None = None
    sendEstimateDetails: SendEstimateBody | None = None
    estimateNumberPrefix: str | None = None
    attachments: list[Attachments] | None = None
    miscellaneousCharges: ProcessingFee | None = None


class CreateInvoiceBody(BodyModel):
    altId: str
    altType: Literal["location"]
    name: str
    businessDetails: BusinessDetails
    currency: str = Field(json_schema_extra={"examples": ["USD"]})
    # An invoice with something to pay (the contract kit pays the invoices it creates).
    items: list[InvoiceItem] = Field(json_schema_extra={"examples": [[
        {"name": "Consulting", "currency": "USD", "amount": 100, "qty": 1}]]})
    discount: Discount
    termsNotes: str | None = None
    title: str | None = None
    contactDetails: ContactDetails
    invoiceNumber: str | None = None
    issueDate: str
    dueDate: str | None = None
    sentTo: SentTo
    liveMode: bool
    automaticTaxesEnabled: bool | None = None
    paymentSchedule: PaymentSchedule | None = None
    lateFeesConfiguration: LateFeesConfiguration | None = None
    tipsConfiguration: TipsConfiguration | None = None
    invoiceNumberPrefix: str | None = None
    paymentMethods: PaymentMethod | None = None
    attachments: list[Attachments] | None = None
    miscellaneousCharges: ProcessingFee | None = None


# -- answers ---------------------------------------------------------------------------------------------
class AddressOut(ResponseModel):
    addressLine1: str | None = None
    addressLine2: str | None = None
    city: str | None = None
    state: str | None = None
    countryCode: str | None = None
    postalCode: str | None = None


class BusinessDetailsOut(ResponseModel):
    logoUrl: str | None = None
    name: str | None = None
    phoneNo: str | None = None
    address: AddressOut | None = None
    website: str | None = None
    customValues: list[str] | None = None


class DiscountOut(ResponseModel):
    value: float | None = None
    type: Literal["percentage", "fixed"]
    validOnProductIds: list[str] | None = None


# An invoice template as every template operation answers it (the subclasses below keep each answer's name).
class GetTemplateResponse(ResponseModel):
    id_: str = Field(alias="_id")
    altId: str
    altType: Literal["location"]
    name: str
    businessDetails: BusinessDetailsOut
    currency: str
    discount: DiscountOut | None = None
    items: list[str]
    invoiceNumberPrefix: str | None = None
    total: float
    createdAt: str
    updatedAt: str


class ListTemplatesResponse(ResponseModel):
    data: list[GetTemplateResponse]
    totalCount: float


class CreateInvoiceTemplateResponse(GetTemplateResponse):
    pass


class UpdateInvoiceTemplateResponse(GetTemplateResponse):
    pass


class DeleteInvoiceTemplateResponse(ResponseModel):
    success: bool


# A recurrence rule as answers show it (schedules here, subscriptions in payments).
class RecurrenceRuleOut(ResponseModel):
    intervalType: Literal["yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly"]
    interval: float
    startDate: str
    startTime: str | None = None
    endDate: str | None = None
    endTime: str | None = None
    dayOfMonth: float | None = None
    dayOfWeek: Literal["mo", "tu", "we", "th", "fr", "sa", "su"] | None = None
    numOfWeek: float | None = None
    monthOfYear: (Literal["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] |
                  None) = None
    count: float | None = None
    daysBefore: float | None = None


class CustomRRuleOptionsOut(RecurrenceRuleOut):
    useStartAsPrimaryUserAccepted: bool | None = None
    endType: str | None = None


class ScheduleOptionsOut(ResponseModel):
    executeAt: str | None = None
    rrule: CustomRRuleOptionsOut | None = None


# An invoice as the invoice operations answer it; their answers subclass it (GET adds its totals summary).
class DefaultInvoiceResponseOut(ResponseModel):
    id_: str = Field(alias="_id")
    status: Literal["draft", "sent", "payment_processing", "paid", "void", "partially_paid"]
    liveMode: bool
    amountPaid: float
    altId: str
    altType: Literal["location"]
    name: str
    businessDetails: dict[str, Any]
    invoiceNumber: str  # DECISION in upstream.py: answered as a string, as webhooks and request bodies have it
    currency: str
    contactDetails: dict[str, Any]
    issueDate: str
    dueDate: str
    discount: dict[str, Any] | None = None
    invoiceItems: list[str]
    total: float
    title: str
    amountDue: float
    createdAt: str
    updatedAt: str
    automaticTaxesEnabled: bool | None = None
    automaticTaxesCalculated: bool | None = None
    paymentSchedule: dict[str, Any] | None = None


class AdditionalEmailsOut(ResponseModel):
    email: str


class ContactDetailsOut(ResponseModel):
    id: str
    name: str
    phoneNo: str
    email: str
    additionalEmails: list[AdditionalEmailsOut] | None = None
    companyName: str | None = None
    address: AddressOut | None = None
    customFields: list[str] | None = None


# A recurring-invoice schedule as every schedule operation answers it.
class GetScheduleResponse(ResponseModel):
    id_: str = Field(alias="_id")
    status: dict[str, Any]
    liveMode: bool
    altId: str
    altType: Literal["location"]
    name: str
    schedule: ScheduleOptionsOut | None = None
    invoices: list[DefaultInvoiceResponseOut]
    businessDetails: BusinessDetailsOut
    currency: str
    contactDetails: ContactDetailsOut
    discount: DiscountOut | None = None
    items: list[str]
    total: float
    title: str
    termsNotes: str
    compiledTermsNotes: str
    createdAt: str
    updatedAt: str


class ListSchedulesResponse(ResponseModel):
    schedules: list[GetScheduleResponse]
    total: float


class CreateInvoiceScheduleResponse(GetScheduleResponse):
    pass


class UpdateInvoiceScheduleResponse(GetScheduleResponse):
    pass


class DeleteInvoiceScheduleResponse(ResponseModel):
    success: bool


class UpdateAndScheduleInvoiceScheduleResponse(GetScheduleResponse):
    pass


class ScheduleInvoiceScheduleResponse(GetScheduleResponse):
    pass


class AutoPaymentInvoiceScheduleResponse(GetScheduleResponse):
    pass


class CancelInvoiceScheduleResponse(GetScheduleResponse):
    pass


class Text2PayInvoiceResponse(ResponseModel):
    invoice: DefaultInvoiceResponseOut
    invoiceUrl: str


class GenerateInvoiceNumberResponse(ResponseModel):
    invoiceNumber: float | None = None


class CustomNotificationItemOut(ResponseModel):
    enabled: bool
    emailTemplate: str
    smsTemplate: str
    fromName: str | None = None
    fromEmail: str | None = None
    emailSubject: str | None = None
    defaultEmailTemplateId: str | None = None


class CustomNotificationOut(ResponseModel):
    customerSendInvoice: CustomNotificationItemOut
    teamPaymentSuccess: CustomNotificationItemOut
    customerPaymentSuccess: CustomNotificationItemOut
    teamAutoPaymentSuccess: CustomNotificationItemOut
    customerAutoPaymentSuccess: CustomNotificationItemOut
    teamPaymentFailure: CustomNotificationItemOut
    customerPaymentFailure: CustomNotificationItemOut
    teamAutoPaymentFailure: CustomNotificationItemOut
    customerAutoPaymentFailure: CustomNotificationItemOut
    customerAutoPaymentInfo: CustomNotificationItemOut
    customerAutoPaymentAmountChanged: CustomNotificationItemOut
    teamAutoPaymentSkip: CustomNotificationItemOut
    teamRecurringSendInvoiceFailed: CustomNotificationItemOut
    customerSendEstimate: CustomNotificationItemOut
    teamEstimateAccepted: CustomNotificationItemOut
    teamEstimateDeclined: CustomNotificationItemOut


class AddressOut2(ResponseModel):
    addressLine1: str | None = None
    addressLine2: str | None = None
    city: str | None = None
    state: str | None = None
    countryCode: (Literal["AF", "AX", "AL", "DZ", "AS", "AD", "AO", "AI", "AQ", "AG", "AR", "AM", "AW", "AU", "AT",
                          "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ", "BJ", "BM", "BT", "BO", "BA", "BW", "BV",
                          "BR", "IO", "BN", "BG", "BF", "BI", "KH", "CM", "CA", "CV", "KY", "CF", "TD", "CL", "CN",
                          "CX", "CC", "CO", "KM", "CG", "CD", "CK", "CR", "CI", "HR", "CU", "CY", "CZ", "DK", "DJ",
                          "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "ET", "FK", "FO", "FJ", "FI", "FR", "GF",
                          "PF", "TF", "GA", "GM", "GE", "DE", "GH", "GI", "GR", "GL", "GD", "GP", "GU", "GT", "GG",
                          "GN", "GW", "GY", "HT", "HM", "VA", "HN", "HK", "HU", "IS", "IN", "ID", "IR", "IQ", "IE",
                          "IM", "IL", "IT", "JM", "JP", "JE", "JO", "KZ", "KE", "KI", "KP", "KR", "XK", "KW", "KG",
                          "LA", "LV", "LB", "LS", "LR", "LY", "LI", "LT", "LU", "MO", "MK", "MG", "MW", "MY", "MV",
                          "ML", "MT", "MH", "MQ", "MR", "MU", "YT", "MX", "FM", "MD", "MC", "MN", "ME", "MS", "MA",
                          "MZ", "MM", "NA", "NR", "NP", "NL", "AN", "NC", "NZ", "NI", "NE", "NG", "NU", "NF", "MP",
                          "NO", "OM", "PK", "PW", "PS", "PA", "PG", "PY", "PE", "PH", "PN", "PL", "PT", "PR", "QA",
                          "RE", "RO", "RU", "RW", "SH", "KN", "LC", "MF", "PM", "VC", "WS", "SM", "ST", "SA", "SN",
                          "RS", "SC", "SL", "SG", "SX", "SK", "SI", "SB", "SO", "ZA", "GS", "ES", "LK", "SD", "SR",
                          "SJ", "SZ", "SE", "CH", "SY", "TW", "TJ", "TZ", "TH", "TL", "TG", "TK", "TO", "TT", "TN",
                          "TR", "TM", "TC", "TV", "UG", "GB", "UA", "AE", "US", "UM", "UY", "UZ", "VU", "VE", "VN",
                          "VG", "VI", "WF", "EH", "YE", "ZM", "ZW"] | None) = None
    postalCode: str | None = None


class InvoiceSettingsBusinessDetailsOut(ResponseModel):
    logoUrl: str | None = None
    name: str
    phoneNo: str | None = None
    address: AddressOut2 | None = None
    website: str | None = None
    customValues: list[str] | None = None


class InvoiceSettingsSenderConfigurationOut(ResponseModel):
    fromName: str | None = None
    fromEmail: str | None = None


class InvoiceProductSettingsOut(ResponseModel):
    enableImportProductDescription: bool | None = None
    descriptionOptional: bool | None = None


class ReminderOut(ResponseModel):
    enabled: bool
    emailTemplate: str
    smsTemplate: str
    emailSubject: str
    reminderId: str
    reminderName: str
    reminderTime: Literal["before", "after"]
    intervalType: Literal["yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly"]
    maxReminders: float
    reminderInvoiceCondition: Literal["invoice_sent", "invoice_overdue"]
    reminderNumber: float
    startTime: str | None = None
    endTime: str | None = None
    timezone: str | None = None


class ReminderSettingsOut(ResponseModel):
    defaultEmailTemplateId: str
    reminders: list[ReminderOut]


class LateFeesFrequencyOut(ResponseModel):
    intervalCount: float
    interval: Literal["minute", "hour", "day", "week", "month", "one_time"]


class LateFeesGraceOut(ResponseModel):
    intervalCount: float
    interval: Literal["day"]


class LateFeesMaxFeesOut(ResponseModel):
    type: Literal["fixed"]
    value: float


class LateFeesConfigurationOut(ResponseModel):
    enable: bool
    value: float
    type: Literal["fixed", "percentage"]
    frequency: LateFeesFrequencyOut
    grace: LateFeesGraceOut | None = None
    maxLateFees: LateFeesMaxFeesOut | None = None


class TipsConfigurationOut(ResponseModel):
    tipsPercentage: list[str]
    tipsEnabled: bool


class StripePaymentMethodOut(ResponseModel):
    enableBankDebitOnly: bool


class PaymentMethodOut(ResponseModel):
    stripe: StripePaymentMethodOut


class GetInvoiceSettingsResponse(ResponseModel):
    altId: str | None = None
    altType: Literal["location"] | None = None
    termsNote: str | None = None
    estimatesTermsNote: str | None = None
    title: str | None = None
    estimatesTitle: str | None = None
    invoiceNumberPrefix: str | None = None
    estimateNumberPrefix: str | None = None
    dueAfterXDays: float | None = None
    estimatesExpireAfterXDays: float | None = None
    minimumPercentagePartialPayment: float | None = None
    customFields: list[str] | None = None
    customNotification: CustomNotificationOut | None = None
    businessDetails: InvoiceSettingsBusinessDetailsOut | None = None
    senderConfiguration: InvoiceSettingsSenderConfigurationOut | None = None
    productSettings: InvoiceProductSettingsOut | None = None
    reminderSettings: ReminderSettingsOut | None = None
    lateFeesConfiguration: LateFeesConfigurationOut | None = None
    tipsConfiguration: TipsConfigurationOut | None = None
    paymentMethods: PaymentMethodOut | None = None


class TotalSummaryOut(ResponseModel):
    subTotal: float
    discount: float
    tax: float


class RemindersConfigurationOut(ResponseModel):
    reminderExecutionDetailsList: dict[str, Any]
    reminderSettings: ReminderSettingsOut


class GetInvoiceResponse(DefaultInvoiceResponseOut):
    totalSummary: TotalSummaryOut
    remindersConfiguration: RemindersConfigurationOut | None = None


class UpdateInvoiceResponse(DefaultInvoiceResponseOut):
    pass


class DeleteInvoiceResponse(DefaultInvoiceResponseOut):
    pass


class VoidInvoiceResponse(DefaultInvoiceResponseOut):
    pass


class SendInvoicesResponse(ResponseModel):
    invoice: DefaultInvoiceResponseOut
    smsData: dict[str, Any]
    emailData: dict[str, Any]


class RecordPaymentResponse(ResponseModel):
    success: bool
    invoice: DefaultInvoiceResponseOut


class AttachmentsOut(ResponseModel):
    id: str
    name: str
    url: str
    type: str
    size: float


class FrequencySettingsOut(ResponseModel):
    enabled: bool
    schedule: ScheduleOptionsOut


class EstimateResponse(ResponseModel):
    altId: str
    altType: Literal["location"]
    id_: str = Field(alias="_id")
    liveMode: bool
    deleted: bool
    name: str
    currency: str
    businessDetails: dict[str, Any]
    items: list[list[Any]]
    discount: DiscountOut
    title: str | None = None
    estimateNumberPrefix: str | None = None
    attachments: list[AttachmentsOut] | None = None
    updatedBy: str | None = None
    total: float
    createdAt: str
    updatedAt: str
    v_: float = Field(alias="__v")
    automaticTaxesEnabled: bool
    termsNotes: str | None = None
    companyId: str
    contactDetails: dict[str, Any]
    issueDate: str
    expiryDate: str
    sentBy: str | None = None
    automaticTaxesCalculated: bool
    meta: dict[str, Any]
    estimateActionHistory: list[str]
    sentTo: dict[str, Any]
    frequencySettings: FrequencySettingsOut
    lastVisitedAt: str
    totalamountInUSD: float
    autoInvoice: dict[str, Any] | None = None
    traceId: str


class GenerateEstimateNumberResponse(ResponseModel):
    estimateNumber: float
    traceId: str


class CreateInvoiceFromEstimateResponse(ResponseModel):
    estimate: EstimateResponse
    invoice: DefaultInvoiceResponseOut


class ListEstimatesResponse(ResponseModel):
    estimates: list[str]
    total: float
    traceId: str


class ListEstimateTemplateResponse(ResponseModel):
    data: list[str]
    totalCount: float
    traceId: str


class EstimateTemplateResponse(ResponseModel):
    altId: str
    altType: Literal["location"]
    id_: str = Field(alias="_id")
    liveMode: bool
    deleted: bool
    name: str
    currency: str
    businessDetails: dict[str, Any]
    items: list[list[Any]]
    discount: DiscountOut
    title: str | None = None
    estimateNumberPrefix: str | None = None
    attachments: list[AttachmentsOut] | None = None
    updatedBy: str | None = None
    total: float
    createdAt: str
    updatedAt: str
    v_: float = Field(alias="__v")
    automaticTaxesEnabled: bool
    termsNotes: str | None = None


class ListInvoicesResponse(ResponseModel):
    invoices: list[GetInvoiceResponse]
    total: float


class CreateInvoiceResponse(DefaultInvoiceResponseOut):
    pass
