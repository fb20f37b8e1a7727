"""Recurring invoices: a schedule issues an invoice at each of its occurrences, on the location's mock clock.

A schedule is a draft until scheduled (``schedule``, ``updateAndSchedule``); then every occurrence whose time
has come (the mock clock, moved by ``ghl.advance`` or the control plane) has issued its invoice, sent to the
contact, the next time the location's invoices or schedules are read (``catch_up``). Cancelling stops it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.apis.invoices import documents, invoices
from mock_server.apis.invoices.tables import INVOICE_SCHEDULES
from mock_server.platform.errors import BadRequest, Unprocessable
from mock_server.platform.tenant_context import Tenant

ITEMS = "items"
_COPIED = ("name", "title", "contactDetails", "schedule", "liveMode", "businessDetails", "termsNotes",
           "automaticTaxesEnabled", "tipsConfiguration", "lateFeesConfiguration", "invoiceNumberPrefix",
           "paymentMethods", "attachments", "miscellaneousCharges")
_STEPS = {"minutely": timedelta(minutes=1), "hourly": timedelta(hours=1), "daily": timedelta(days=1),
          "weekly": timedelta(weeks=1)}
# DECISION: an occurrence's time is the rrule's startDate and startTime in UTC (GHL uses the location's time
# zone; the mock keeps UTC so a test's clock moves read plainly); dayOfWeek/numOfWeek are not applied.
# At most this many invoices are issued by one catch-up (a clock moved years ahead of a minutely schedule).
MAX_ISSUED_AT_ONCE = 500
# DECISION: GHL's texts are not documented.
NOT_EDITABLE = "Schedule in {status} status cannot be {verb}"
NO_OCCURRENCE = "schedule must have an executeAt or an rrule with a startDate"


def create_schedule(tenant: Tenant, fields: dict[str, Any]) -> dict[str, Any]:
    record = {"id": tenant.new_id(), "altId": tenant.location_id, "altType": "location", "status": "draft",
              "invoices": [], "issued": 0}
    _write(tenant, record, fields)
    return tenant.store.put(INVOICE_SCHEDULES, documents.stamp(tenant, record, created=True))


def get_schedule(tenant: Tenant, schedule_id: str) -> dict[str, Any]:
    catch_up(tenant)
    return tenant.require(INVOICE_SCHEDULES, schedule_id)


def list_schedules(tenant: Tenant, *, status: str | None, search: str | None) -> list[dict[str, Any]]:
    catch_up(tenant)
    found = [s for s in tenant.store.scan(INVOICE_SCHEDULES)
             if (not status or s["status"] == status) and (not search or search.lower() in s["name"].lower())]
    return sorted(found, key=lambda s: s["createdAt"], reverse=True)


def update_schedule(tenant: Tenant, schedule_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    record = tenant.require(INVOICE_SCHEDULES, schedule_id)
    _check(record, ("draft", "active"), "updated")
    _write(tenant, record, fields)
    return tenant.store.put(INVOICE_SCHEDULES, documents.stamp(tenant, record))


def delete_schedule(tenant: Tenant, schedule_id: str) -> None:
    tenant.require(INVOICE_SCHEDULES, schedule_id)
    tenant.delete(INVOICE_SCHEDULES, schedule_id)


def start(tenant: Tenant, schedule_id: str, *, live_mode: bool | None = None,
          auto_payment: dict[str, Any] | None = None) -> dict[str, Any]:
    """Schedule it: from now on its occurrences issue invoices (an occurrence already past issues at once)."""
    record = tenant.require(INVOICE_SCHEDULES, schedule_id)
    _check(record, ("draft", "active"), "scheduled")
    next(_occurrences(record), None)  # a schedule without any occurrence is refused before it starts
    record["status"] = "active"
    if live_mode is not None:
        record["liveMode"] = live_mode
    if auto_payment is not None:
        record["autoPayment"] = auto_payment
    tenant.store.put(INVOICE_SCHEDULES, documents.stamp(tenant, record))
    catch_up(tenant)
    return tenant.require(INVOICE_SCHEDULES, schedule_id)


def set_auto_payment(tenant: Tenant, schedule_id: str, auto_payment: dict[str, Any]) -> dict[str, Any]:
    record = tenant.require(INVOICE_SCHEDULES, schedule_id)
    _check(record, ("draft", "active"), "updated")
    record["autoPayment"] = auto_payment
    return tenant.store.put(INVOICE_SCHEDULES, documents.stamp(tenant, record))


def cancel(tenant: Tenant, schedule_id: str) -> dict[str, Any]:
    catch_up(tenant)  # what was due before the cancel was issued
    record = tenant.require(INVOICE_SCHEDULES, schedule_id)
    _check(record, ("draft", "active"), "cancelled")
    record["status"] = "cancelled"
    return tenant.store.put(INVOICE_SCHEDULES, documents.stamp(tenant, record))


def catch_up(tenant: Tenant) -> None:
    """Issue every due occurrence of the location's active schedules (up to now on the mock clock)."""
    now = tenant.now()
    for record in tenant.store.find(INVOICE_SCHEDULES, "status", "active"):
        issued = 0
        for number, moment in enumerate(_occurrences(record), start=1):
            if moment > now or issued >= MAX_ISSUED_AT_ONCE:
                break
            if number <= record["issued"]:
                continue
            invoice = _issue(tenant, record, moment)
            record["invoices"].append(invoice["id"])
            record["issued"] = number
            issued += 1
        following = next((m for i, m in enumerate(_occurrences(record), 1) if i > record["issued"]), None)
        next_at = iso_z(following) if following else None
        if issued or record.get("nextExecutionAt") != next_at or following is None:
            record["nextExecutionAt"] = next_at
            if following is None:
                record["status"] = "complete"  # DECISION: GHL's name for a finished schedule is not documented
            tenant.store.put(INVOICE_SCHEDULES, record)


def view(tenant: Tenant, record: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in record.items() if k != "id"}
    out.update(documents.money_view(record, ITEMS))
    issued = [tenant.store.get(invoices.INVOICES, i) for i in record["invoices"]]
    out.update({"_id": record["id"], "invoices": [invoices.view(i) for i in issued if i is not None],
                "termsNotes": record.get("termsNotes") or "", "compiledTermsNotes": record.get("termsNotes") or "",
                "title": record.get("title") or "INVOICE"})
    return out


def _issue(tenant: Tenant, record: dict[str, Any], moment: datetime) -> dict[str, Any]:
    day = moment.date().isoformat()
    fields = {k: record[k] for k in ("name", "title", "businessDetails", "contactDetails", "termsNotes", "liveMode")
              if record.get(k) is not None}
    fields.update({"currency": record["currency"], "issueDate": day, "dueDate": day,
                   "sentTo": {"email": [e for e in [(record.get("contactDetails") or {}).get("email")] if e]}})
    invoice = invoices.create_invoice(tenant, fields, stored_items=record[ITEMS], stored_discount=record["discount"])
    invoice["scheduleId"] = record["id"]
    tenant.store.put(invoices.INVOICES, invoice)
    # DECISION: a scheduled invoice is sent to the contact when issued (GHL's recurring invoices are e-mailed).
    return invoices.send_invoice(tenant, invoice["id"], user_id=record.get("userId") or "", action="email",
                                 live_mode=bool(record.get("liveMode")))


def _occurrences(record: dict[str, Any]) -> Iterator[datetime]:
    schedule = record.get("schedule") or {}
    rule = schedule.get("rrule")
    if not rule:
        if not schedule.get("executeAt"):
            raise Unprocessable([NO_OCCURRENCE])
        yield _instant(schedule["executeAt"])
        return
    first = _instant(f"{rule['startDate'][:10]}T{rule.get('startTime') or '00:00:00'}")
    until = _instant(f"{rule['endDate'][:10]}T{rule.get('endTime') or '23:59:59'}") if rule.get("endDate") else None
    count = int(rule["count"]) if rule.get("count") else None
    interval = max(int(rule.get("interval") or 1), 1)
    kind = rule["intervalType"]
    if kind == "secondly":
        raise Unprocessable(["rrule.intervalType secondly is not supported"])
    n = 0
    while count is None or n < count:
        if kind in _STEPS:
            moment = first + _STEPS[kind] * interval * n
        else:
            months = n * interval * (12 if kind == "yearly" else 1)
            moment = _add_months(first, months, rule.get("dayOfMonth"))
        if until is not None and moment > until:
            return
        yield moment
        n += 1


def _add_months(moment: datetime, months: int, day_of_month: Any) -> datetime:
    year, month = divmod(moment.month - 1 + months, 12)
    year += moment.year
    last = calendar.monthrange(year, month + 1)[1]
    day = min(int(day_of_month) if day_of_month else moment.day, last)  # the 31st is the month's last day
    return moment.replace(year=year, month=month + 1, day=day)


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise Unprocessable([f"{text} is not a valid date"]) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _check(record: dict[str, Any], allowed: tuple[str, ...], verb: str) -> None:
    if record["status"] not in allowed:
        raise BadRequest(NOT_EDITABLE.format(status=record["status"], verb=verb))


def _write(tenant: Tenant, record: dict[str, Any], fields: dict[str, Any]) -> None:
    documents.write(tenant, record, fields, copied=_COPIED, items_key=ITEMS, items=fields.get(ITEMS) or [])
    next(_occurrences(record), None)  # an unusable schedule is refused when written
