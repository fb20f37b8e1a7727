"""Invoice and estimate templates: documents without a contact or a status, priced by the same money rules."""

from __future__ import annotations

from typing import Any

from mock_server.apis.invoices import documents
from mock_server.apis.invoices.tables import ESTIMATE_TEMPLATES, INVOICE_TEMPLATES
from mock_server.platform.tenant_context import Tenant

ITEMS = "items"
_COPIED = ("name", "title", "internal", "businessDetails", "termsNotes", "automaticTaxesEnabled",
           "tipsConfiguration", "lateFeesConfiguration", "invoiceNumberPrefix", "estimateNumberPrefix",
           "paymentMethods", "attachments", "miscellaneousCharges", "liveMode", "meta", "sendEstimateDetails")
KINDS = {"invoice": INVOICE_TEMPLATES, "estimate": ESTIMATE_TEMPLATES}


def create_template(tenant: Tenant, kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    template = {"id": tenant.new_id(), "altId": tenant.location_id, "altType": "location", "deleted": False,
                "liveMode": False, "automaticTaxesEnabled": False}
    documents.write(tenant, template, fields, copied=_COPIED, items_key=ITEMS, items=fields.get(ITEMS) or [])
    return tenant.store.put(KINDS[kind], documents.stamp(tenant, template, created=True))


def get_template(tenant: Tenant, kind: str, template_id: str) -> dict[str, Any]:
    return tenant.require(KINDS[kind], template_id)


def update_template(tenant: Tenant, kind: str, template_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    template = get_template(tenant, kind, template_id)
    documents.write(tenant, template, fields, copied=_COPIED, items_key=ITEMS, items=fields.get(ITEMS) or [])
    return tenant.store.put(KINDS[kind], documents.stamp(tenant, template))


def configure(tenant: Tenant, kind: str, template_id: str, key: str, value: Any) -> dict[str, Any]:
    """Set one configuration of a template (its late fees, its payment methods)."""
    template = get_template(tenant, kind, template_id)
    template[key] = value
    return tenant.store.put(KINDS[kind], documents.stamp(tenant, template))


def delete_template(tenant: Tenant, kind: str, template_id: str) -> dict[str, Any]:
    template = get_template(tenant, kind, template_id)
    tenant.delete(KINDS[kind], template_id)
    return {**template, "deleted": True}


def list_templates(tenant: Tenant, kind: str, *, search: str | None = None) -> list[dict[str, Any]]:
    found = [t for t in tenant.store.scan(KINDS[kind]) if not search or search.lower() in t["name"].lower()]
    return sorted(found, key=lambda t: t["createdAt"], reverse=True)


def view(template: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in template.items() if k != "id"}
    out.update(documents.money_view(template, ITEMS))
    out.update({"_id": template["id"], "__v": 0})
    return out
