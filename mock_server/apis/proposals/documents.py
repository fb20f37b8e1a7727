"""Documents (proposals, estimates, contracts) made from a location's templates, sent to contacts, and what the
recipients then do with them.

A document is made from a template for one contact, its signer (``send_template``): it starts as a ``draft``
with the template's priced items and fillable fields, and is ``sent`` at once unless the client asks for a
draft. Sending (``send_document``) gives each recipient, and each CC, a link. What happens next is the
recipient's doing in GHL's signing page (viewing, signing, accepting, paying), outside the API: the control
plane plays it (``seed_status``). Moving a document back to draft, as GHL's builder does to edit it, withdraws
its links and counts a revision.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from mock_server.apis.common import iso_z
from mock_server.apis.contacts.tables import CONTACTS
from mock_server.apis.opportunities.tables import OPPORTUNITIES
from mock_server.apis.proposals import templates, windows
from mock_server.apis.proposals.tables import DOCUMENTS
from mock_server.apis.users import location_users
from mock_server.platform.errors import BadRequest
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

LOCALE = "en-US"
DEFAULT_LIMIT = 10  # DECISION: the file's example page size
# DECISION: GHL's texts for these refusals are not known.
ALREADY_DONE = "Document is already {status}"
NOT_SENT = "Document has not been sent"
NOTHING_TO_PAY = "Document has no payment"
# DECISION: a recipient's link to GHL's signing page, on the host of the file's example form URL.
SHARE_LINK = "https://sendlink.co/documents/{document}?referenceId={reference}"


# -- made from a template ----------------------------------------------------------------------------------
def send_template(tenant: Tenant, body: Any) -> dict[str, Any]:
    """A document from ``body.templateId`` for the contact, sent unless ``sendDocument`` is false.

    DECISION: ``sendDocument`` left out sends (the operation is "send template"); a draft is answered with no
    links (none were sent) and is found in the documents listing."""
    template = templates.get_template(tenant, body.templateId)
    location_users.location_user(tenant, body.userId)
    contact = tenant.require(CONTACTS, body.contactId)
    if body.opportunityId:
        tenant.require(OPPORTUNITIES, body.opportunityId)
    now = iso_z(tenant.now())
    document_id = tenant.new_id()
    recipient = _recipient(contact)
    amount = round(sum(item["price"] * item["qty"] for item in template["items"]), 2)
    document = {
        "id": document_id, "documentId": document_id, "locationId": tenant.location_id, "name": template["name"],
        "type": template["type"], "templateId": template["id"], "contactId": contact["id"],
        "opportunityId": body.opportunityId, "createdBy": body.userId, "deleted": False, "isExpired": False,
        "documentRevision": 1, "locale": LOCALE, "status": ["draft"],
        "paymentStatus": ["waiting_for_payment" if amount else "no_payment"],
        "fillableFields": [{"fieldId": f"{field['type'][0].lower()}{field['type'][1:]}_{n}",
                            "isRequired": field["isRequired"], "hasCompleted": False, "recipient": recipient["id"],
                            "entityType": "contacts", "id": tenant.new_uuid(), "type": field["type"], "value": ""}
                           for n, field in enumerate(template["fillableFields"], start=1)],
        "grandTotal": {"amount": amount, "currency": template["currency"], "discountPercentage": 0,
                       "discounts": []},
        "recipients": [recipient], "links": [], "createdAt": now, "updatedAt": now,
    }
    if body.sendDocument is False:
        tenant.store.put(DOCUMENTS, document)
        return {"success": True, "links": []}
    return {"success": True, "links": _send(tenant, document, body.userId, [])}


def _recipient(contact: dict[str, Any]) -> dict[str, Any]:
    first, last = contact.get("firstName") or "", contact.get("lastName") or ""
    return {"id": contact["id"], "firstName": first, "lastName": last, "email": contact.get("email") or "",
            "phone": contact.get("phone") or "", "contactName": " ".join(p for p in (first, last) if p),
            "entityName": "contacts", "role": "signer", "isPrimary": True, "signingOrder": 1, "hasCompleted": False}


# -- sending -----------------------------------------------------------------------------------------------
def send_document(tenant: Tenant, body: Any) -> dict[str, Any]:
    """Send (or send again) a document; CC recipients (contacts of the location) get links of their own.

    DECISION: a completed or accepted document cannot be sent again (400); a sent or viewed one keeps its
    status and its recipients' links, and new CCs are added."""
    document = get_document(tenant, body.documentId)
    location_users.location_user(tenant, body.sentBy)
    done = next((s for s in document["status"] if s in ("completed", "accepted")), None)
    if done:
        raise BadRequest(ALREADY_DONE.format(status=done))
    cc = [tenant.require(CONTACTS, item.id)["id"] for item in body.ccRecipients or ()]
    if body.documentName:
        document["name"] = body.documentName
    return {"success": True, "links": _send(tenant, document, body.sentBy, cc)}


def _send(tenant: Tenant, document: dict[str, Any], user_id: str, cc: list[str]) -> list[dict[str, Any]]:
    live = [link for link in document["links"] if not link["deleted"]]
    have = {(link["recipientId"], link["recipientCategory"]) for link in live}
    wanted = [(r["id"], "recipient") for r in document["recipients"]] + [(c, "cc") for c in dict.fromkeys(cc)]
    for recipient_id, category in wanted:
        if (recipient_id, category) not in have:
            live.append({"referenceId": tenant.new_uuid(), "documentId": document["id"], "recipientId": recipient_id,
                         "entityName": "contacts", "recipientCategory": category,
                         "documentRevision": document["documentRevision"], "createdBy": user_id, "deleted": False})
    references = {link["recipientId"]: link["referenceId"] for link in live if link["recipientCategory"] == "recipient"}
    for recipient in document["recipients"]:
        recipient["shareLink"] = SHARE_LINK.format(document=document["id"], reference=references[recipient["id"]])
    if document["status"] == ["draft"]:
        document["status"] = ["sent"]
    withdrawn = [link for link in document["links"] if link["deleted"]]
    tenant.store.put(DOCUMENTS, {**document, "links": withdrawn + live, "updatedAt": iso_z(tenant.now())})
    return live


# -- reading -----------------------------------------------------------------------------------------------
def get_document(tenant: Tenant, document_id: str) -> dict[str, Any]:
    return tenant.require(DOCUMENTS, document_id)


def view(document: dict[str, Any]) -> dict[str, Any]:
    """A document as GHL lists it (``_id`` and ``documentId`` are its id)."""
    hidden = ("id", "templateId", "contactId", "opportunityId", "createdBy")
    return {"_id": document["id"], **{k: v for k, v in document.items() if k not in hidden}}


def list_documents(tenant: Tenant, q: Any) -> dict[str, Any]:
    """Documents newest first, filtered by status and payment status (any of the listed values), name (contains,
    any case) and a creation window."""
    windows.paired(q.dateFrom, q.dateTo)
    within = windows.window(q.dateFrom, "dateFrom", q.dateTo, "dateTo")
    statuses = set(q.status.split(",")) if q.status else None
    payments = set(q.paymentStatus.split(",")) if q.paymentStatus else None
    needle = (q.query or "").casefold()
    found = [d for d in tenant.store.scan(DOCUMENTS)
             if (statuses is None or statuses & set(d["status"]))
             and (payments is None or payments & set(d["paymentStatus"]))
             and needle in d["name"].casefold() and within(d["createdAt"])]
    shown = windows.newest_first(found, q.skip, q.limit, DEFAULT_LIMIT)
    return {"documents": [view(d) for d in shown], "total": len(found)}


# -- what recipients do (the control plane) ----------------------------------------------------------------
class StatusSeed(BodyModel):
    status: Literal["draft", "viewed", "completed", "accepted"] | None = None
    paymentStatus: Literal["paid"] | None = None
    ip: str = Field("203.0.113.10", max_length=64)  # where the recipient signed from


def seed_status(tenant: Tenant, body: StatusSeed, document_id: str) -> dict[str, Any]:
    """What the document's recipients did in GHL's signing page: viewed it, signed it (completed), accepted it,
    paid it; or the location moved it back to draft to edit it (its links withdrawn, a new revision)."""
    document = get_document(tenant, document_id)
    now = iso_z(tenant.now())
    if body.status == "draft":
        document |= {"status": ["draft"], "documentRevision": document["documentRevision"] + 1,
                     "links": [link | {"deleted": True} for link in document["links"]]}
    elif body.status is not None:
        if document["status"] == ["draft"]:
            raise BadRequest(NOT_SENT)
        for recipient in document["recipients"]:
            recipient["lastViewedAt"] = now
            if body.status != "viewed":
                recipient |= {"hasCompleted": True, "signedDate": now, "ip": body.ip}
        if body.status != "viewed":
            for field in document["fillableFields"]:
                field["hasCompleted"] = True
        if not ({"completed", "accepted"} & set(document["status"]) and body.status == "viewed"):
            document["status"] = [body.status]
    if body.paymentStatus == "paid":
        if document["paymentStatus"] == ["no_payment"]:
            raise BadRequest(NOTHING_TO_PAY)
        document["paymentStatus"] = ["paid"]
    return view(tenant.store.put(DOCUMENTS, {**document, "updatedAt": now}))
