"""GHL's webhook event catalog: every documented event, the scopes that unlock it, its level and its doc.

This is the Marketplace's own catalog as a table (its portal keeps it as ``{scope: [events]}``: "events
are unlocked by scopes"; an app may subscribe only to events its scopes unlock, and an installation
receives an event only if it holds one of them). The scopes come from the Scopes table of GHL's OAuth
docs where it names the event; the rest are DECISIONs, each marked below.

An area *declares* an event (``EventType("ContactCreate", caused_by=...)``, see ``events.py``) to say which
of its operations cause it; scopes, level and doc come from here, so they have one home.
"""

from __future__ import annotations

from dataclasses import dataclass

LOCATION, COMPANY = "location", "company"
EITHER = (LOCATION, COMPANY)


@dataclass(frozen=True)
class CatalogEntry:
    scopes: tuple[str, ...]  # any one of them unlocks the event; () = no scope needed
    levels: tuple[str, ...]  # location: the payload names a locationId; company: a companyId
    doc: str  # the event's page under ghl-reference/docs/webhook-events


def _entries(scopes: tuple[str, ...], names: str, levels: tuple[str, ...] = (LOCATION,),
             doc: str | None = None) -> dict[str, CatalogEntry]:
    return {name: CatalogEntry(scopes, levels, doc or f"{name}.md") for name in names.split()}


CATALOG: dict[str, CatalogEntry] = {
    # App lifecycle: sent to the app concerned, whatever its scopes.
    # DECISION: unlocked by no scope (they concern the installation itself), still subject to subscription.
    "INSTALL": CatalogEntry((), EITHER, "AppInstall.md"),
    "UNINSTALL": CatalogEntry((), EITHER, "AppUninstall.md"),
    "PLAN_CHANGE": CatalogEntry((), EITHER, "PlanChange.md"),
    # Scopes table: contacts.readonly unlocks these ...
    **_entries(("contacts.readonly",), "ContactCreate ContactDelete ContactDndUpdate ContactTagUpdate "
               "NoteCreate NoteDelete TaskCreate TaskDelete"),
    # ... DECISION: and their siblings the table leaves out.
    **_entries(("contacts.readonly",), "ContactUpdate NoteUpdate TaskComplete"),
    **_entries(("opportunities.readonly",), "OpportunityCreate OpportunityDelete OpportunityStageUpdate "
               "OpportunityStatusUpdate OpportunityMonetaryValueUpdate"),
    **_entries(("opportunities.readonly",), "OpportunityUpdate OpportunityAssignedToUpdate"),  # DECISION
    **_entries(("campaigns.readonly",), "CampaignStatusUpdate"),
    **_entries(("conversations.readonly",), "ConversationUnreadUpdate", doc="ConversationUnreadWebhook.md"),
    **_entries(("conversations/message.readonly",), "InboundMessage OutboundMessage"),
    # The table calls it ConversationProviderOutboundMessage; it goes to the provider's Delivery URL.
    **_entries(("conversations/message.write",), "ProviderOutboundMessage"),
    **_entries(("locations.readonly",), "LocationCreate LocationUpdate", levels=(COMPANY,)),
    # DECISION: the events the Scopes table names no scope for take the read scope of their API.
    **_entries(("calendars/events.readonly",), "AppointmentCreate AppointmentUpdate AppointmentDelete"),
    **_entries(("associations.readonly",), "AssociationCreate AssociationUpdate AssociationDelete"),
    **_entries(("associations/relation.readonly",), "RelationCreate RelationDelete"),
    **_entries(("objects/schema.readonly",), "ObjectSchemaCreate ObjectSchemaUpdate"),
    **_entries(("objects/record.readonly",), "RecordCreate RecordUpdate RecordDelete"),
    **_entries(("invoices.readonly",), "InvoiceCreate InvoiceUpdate InvoiceDelete InvoiceSent InvoiceVoid "
               "InvoicePaid InvoicePartiallyPaid"),
    **_entries(("products.readonly",), "ProductCreate ProductUpdate ProductDelete"),
    **_entries(("products/prices.readonly",), "PriceCreate PriceUpdate PriceDelete"),
    **_entries(("payments/orders.readonly",), "OrderCreate OrderStatusUpdate"),
    **_entries(("users.readonly",), "UserCreate", levels=EITHER),
    **_entries(("emails/builder.readonly",), "LCEmailStats"),
}


def entry(name: str) -> CatalogEntry | None:
    return CATALOG.get(name)
