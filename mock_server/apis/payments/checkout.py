"""GHL's side of the custom payment provider flow (facts and sources: ``docs/payment-provider.md``).

1. A customer pays an invoice or an order through the provider's iframe, which answers GHL with a
   ``chargeId``. The mock has no iframe: ``POST /_mock/locations/{id}/custom-provider/charges`` stands for
   that moment (``pay``). GHL creates a *pending* transaction and POSTs ``{"type": "verify", transactionId,
   apiKey, chargeId}`` to the provider's ``queryUrl``.
2. The reply decides: ``{"success": true}`` -> the transaction succeeds and the invoice/order is paid (or
   partially paid); ``{"failed": true}`` -> the transaction fails; ``{"success": false}`` -> it stays pending
   until the provider's ``payment.captured`` webhook.
3. The provider's webhooks (``POST /payments/custom-provider/webhook``, ``receive``) complete pending
   transactions and move subscriptions.
4. A refund (``refund``): GHL POSTs ``{"type": "refund", amount, transactionId, chargeId, apiKey}``; partial and
   repeated refunds while their sum stays within the amount.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mock_server.apis.invoices import invoices, money
from mock_server.apis.payments import orders, provider_calls, providers, subscriptions, transactions
from mock_server.apis.payments.tables import CUSTOM_PROVIDERS, SUBSCRIPTIONS, TRANSACTIONS
from mock_server.platform.errors import BadRequest, Unauthorized, Unprocessable
from mock_server.platform.models import BodyModel
from mock_server.platform.tenant_context import Tenant

PROVIDER = "custom"
# DECISION: what GHL does with a verify answer that is not one of the documented three (no answer, not JSON,
# a non-2xx status) is not documented: the mock fails the transaction and keeps the reason with it.
# DECISION: GHL's texts for these refusals are not documented.
NO_PROVIDER = "No custom payment provider is connected in this location"
ONE_TARGET = "Give exactly one of invoiceId and orderId"
BAD_API_KEY = "Invalid apiKey for this location"
UNKNOWN_TRANSACTION = "Transaction {id} not found"
REFUND_TOO_MUCH = "Refund amount ({amount}) is more than what is left to refund ({left})"
NOT_REFUNDABLE = "Only a succeeded transaction can be refunded"
REFUND_REFUSED = "The provider refused the refund: {reason}"
SUBSCRIPTION_EVENTS = {"subscription.trialing": "trialing", "subscription.active": "active",
                       "subscription.charged": "active"}


class ChargeSeed(BodyModel):
    """What the provider's iframe reports to GHL's checkout: the gateway's charge for an invoice or an order."""

    invoiceId: str | None = None
    orderId: str | None = None
    chargeId: str = Field(min_length=1)
    liveMode: bool = False
    amount: float | None = Field(default=None, gt=0, allow_inf_nan=False)  # none: all that is due
    marketplaceAppId: str | None = None


class RefundSeed(BodyModel):
    amount: float | None = Field(default=None, gt=0, allow_inf_nan=False)  # none: all that is left


def pay(tenant: Tenant, body: ChargeSeed) -> dict[str, Any]:
    """Play GHL's checkout after the iframe's success message: a pending transaction, then ``verify``."""
    if (body.invoiceId is None) == (body.orderId is None):
        raise Unprocessable([ONE_TARGET])
    config = _provider(tenant, body.marketplaceAppId)
    keys = providers.keys_of(config, body.liveMode)
    if body.invoiceId:
        entity, kind = invoices.get_invoice(tenant, body.invoiceId), "invoice"
        amount = invoices.payable(entity, body.amount)
        contact_id = (entity.get("contactDetails") or {}).get("id")
    else:
        entity, kind = orders.get_order(tenant, body.orderId), "order"
        amount = orders.payable(entity, body.amount)
        contact_id = entity["contactId"]
    txn = transactions.record(tenant, amount=amount, currency=entity["currency"], contact_id=contact_id,
                              entity_type=kind, entity_id=entity["id"], source_type=kind, live_mode=body.liveMode,
                              status="pending", provider=PROVIDER, charge_id=body.chargeId,
                              payment_method={"type": "custom_provider", "provider": config["name"]})
    request = {"type": "verify", "transactionId": txn["id"], "apiKey": keys["apiKey"], "chargeId": body.chargeId}
    reply = provider_calls.post(tenant.world, config["queryUrl"], request)
    txn = _remember(tenant, txn, reply.record(request))
    answer = reply.json_object
    if reply.error:
        txn = _set_status(tenant, txn, "failed", reason=reply.error)
    elif answer.get("success") is True:
        txn = _succeed(tenant, txn, answer.get("chargeSnapshot"))
    elif answer.get("failed") is True:
        txn = _set_status(tenant, txn, "failed", reason=answer.get("message"))
    return {"transaction": transactions.view(txn), "verify": reply.record(request)}


def refund(tenant: Tenant, body: RefundSeed, *, transaction_id: str) -> dict[str, Any]:
    txn = tenant.require(TRANSACTIONS, transaction_id)
    if txn["status"] not in ("succeeded", "partially_refunded"):
        raise BadRequest(NOT_REFUNDABLE)
    currency = txn["currency"]
    left = txn["amount"] - txn.get("amountRefunded", 0)
    amount = left if body.amount is None else money.to_minor(body.amount, currency)
    if amount > left:
        raise BadRequest(REFUND_TOO_MUCH.format(amount=money.to_major(amount, currency),
                                                left=money.to_major(left, currency)))
    if txn["paymentProviderType"] == PROVIDER:
        config = _provider(tenant, None)
        request = {"type": "refund", "amount": money.to_major(amount, currency), "transactionId": txn["id"],
                   "chargeId": txn.get("chargeId"), "apiKey": providers.keys_of(config, txn["liveMode"])["apiKey"]}
        reply = provider_calls.post(tenant.world, config["queryUrl"], request)
        txn = _remember(tenant, txn, reply.record(request))
        if reply.error or reply.json_object.get("success") is not True:
            raise BadRequest(REFUND_REFUSED.format(reason=reply.error or reply.json_object.get("message")))
    txn["amountRefunded"] = txn.get("amountRefunded", 0) + amount
    txn["status"] = "refunded" if txn["amountRefunded"] == txn["amount"] else "partially_refunded"
    return transactions.view(tenant.store.put(TRANSACTIONS, txn))


def receive(tenant_of: Any, body: dict[str, Any]) -> dict[str, Any]:
    """A provider's webhook: authenticated by the ``apiKey`` of a location's connected provider."""
    tenant: Tenant | None = tenant_of(body.get("locationId"))
    found = providers.find_by_api_key(tenant, body.get("apiKey") or "") if tenant is not None else None
    if found is None:
        raise Unauthorized(BAD_API_KEY)
    event = body["event"]
    if event == "payment.captured":
        txn = tenant.store.get(TRANSACTIONS, body.get("ghlTransactionId") or "")
        if txn is None:
            raise BadRequest(UNKNOWN_TRANSACTION.format(id=body.get("ghlTransactionId")))
        snapshot = body.get("chargeSnapshot") or {}
        if txn["status"] == "pending":  # a repeated event changes nothing
            if snapshot.get("status") == "failed":
                _set_status(tenant, txn, "failed", reason="payment.captured with a failed charge")
            else:
                txn["chargeId"] = body.get("chargeId") or txn.get("chargeId")
                _succeed(tenant, txn, snapshot)
    elif event.startswith("subscription."):
        subscription_id = body.get("ghlSubscriptionId") or ""
        tenant.require(SUBSCRIPTIONS, subscription_id)
        snapshot = body.get("subscriptionSnapshot") or {}
        status = SUBSCRIPTION_EVENTS.get(event) or snapshot.get("status")
        if status:
            subscriptions.set_status(tenant, subscription_id, status, snapshot)
    return {"success": True}


def _provider(tenant: Tenant, app_id: str | None) -> dict[str, Any]:
    configs = [c for c in tenant.store.scan(CUSTOM_PROVIDERS) if not c.get("deleted")
               and (app_id is None or c["marketplaceAppId"] == app_id)]
    if not configs:
        raise BadRequest(NO_PROVIDER)
    return sorted(configs, key=lambda c: c["createdAt"])[0]


def _succeed(tenant: Tenant, txn: dict[str, Any], snapshot: dict[str, Any] | None) -> dict[str, Any]:
    txn = _set_status(tenant, txn, "succeeded", snapshot=snapshot)
    if txn["entityType"] == "invoice":
        invoices.settle(tenant, invoices.get_invoice(tenant, txn["entityId"]), txn)
    else:
        orders.settle(tenant, orders.get_order(tenant, txn["entityId"]), txn)
    return txn


def _set_status(tenant: Tenant, txn: dict[str, Any], status: str, *, reason: str | None = None,
                snapshot: dict[str, Any] | None = None) -> dict[str, Any]:
    txn["status"] = status
    if reason:
        txn.setdefault("meta", {})["failureReason"] = reason
    if snapshot:
        txn["chargeSnapshot"] = snapshot
    return tenant.store.put(TRANSACTIONS, txn)


def _remember(tenant: Tenant, txn: dict[str, Any], exchange: dict[str, Any]) -> dict[str, Any]:
    txn.setdefault("meta", {}).setdefault("queryUrlCalls", []).append(exchange)
    return tenant.store.put(TRANSACTIONS, txn)
