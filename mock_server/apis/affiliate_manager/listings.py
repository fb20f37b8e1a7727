"""What GHL's API reads of an affiliate program: affiliates, payouts and commissions, filtered and paged as the
official file declares (``skip``/``limit``, at most 100; a ``query`` matching names and emails; a date window).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from mock_server.apis.affiliate_manager import programs
from mock_server.apis.affiliate_manager.tables import AFFILIATES, COMMISSIONS, PAYOUTS
from mock_server.apis.common import iso_z
from mock_server.platform.errors import BadRequest
from mock_server.platform.tenant_context import Tenant

# DECISION: GHL's text for a date it cannot read is not known.
BAD_DATE = "{name} must be a valid ISO 8601 date string"


def get_affiliate(tenant: Tenant, affiliate_id: str) -> dict[str, Any]:
    return programs.affiliate_view(tenant, tenant.require(AFFILIATES, affiliate_id))


def list_affiliates(tenant: Tenant, q: Any) -> dict[str, Any]:
    """Affiliates newest first. DECISION: ``active`` filters only when sent (the file's default ``false`` would
    otherwise hide every active affiliate from a client sending no filter)."""
    within = _window(q.fromDate, "fromDate", q.toDate, "toDate")
    found = [a for a in tenant.store.scan(AFFILIATES)
             if (q.active is None or a["active"] == (q.active == "true"))
             and (not q.campaignId or q.campaignId in a["campaignIds"])
             and _matches(q.query, a.get("firstName"), a.get("lastName"), a["email"]) and within(a["createdAt"])]
    shown = _page(found, q.skip, q.limit)
    return {"affiliates": [programs.affiliate_view(tenant, a) for a in shown], "meta": {"count": len(found)}}


def list_payouts(tenant: Tenant, q: Any) -> dict[str, Any]:
    """Payouts newest first; ``query`` matches the affiliate's name or email."""
    within = _window(q.start, "start", q.end, "end")
    payouts = tenant.store.find(PAYOUTS, "affiliateId", q.affiliateId) if q.affiliateId \
        else tenant.store.scan(PAYOUTS)
    found = [programs.payout_view(tenant, p) for p in payouts
             if (not q.status or p["status"] == q.status) and (not q.campaignId or p["campaignId"] == q.campaignId)
             and within(p["createdAt"])]
    found = [p for p in found if _matches(q.query, p["affiliateName"], p["affiliateEmail"])]
    return {"payouts": _page(found, q.skip, q.limit), "meta": {"count": len(found)}}


def list_commissions(tenant: Tenant, q: Any) -> dict[str, Any]:
    """Commissions newest first; ``query`` matches the affiliate's or the customer's name or email, or the
    product's name (DECISION: the file's example searches by an email)."""
    within = _window(q.fromDate, "fromDate", q.toDate, "toDate")
    commissions = tenant.store.find(COMMISSIONS, "affiliateId", q.affiliateId) if q.affiliateId \
        else tenant.store.scan(COMMISSIONS)
    found = [programs.commission_view(tenant, c) for c in commissions
             if (not q.status or c["status"] == q.status) and (not q.campaignId or c["campaignId"] == q.campaignId)
             and within(c["createdAt"])]
    found = [c for c in found
             if _matches(q.query, c["affiliate"]["name"], c["affiliate"]["email"], c["productName"],
                         *(c.get("customer") or {}).values())]
    return {"commissions": _page(found, q.skip, q.limit), "meta": {"count": len(found)}}


def _matches(query: str | None, *fields: Any) -> bool:
    """DECISION: ``query`` is a case-insensitive substring of any of the fields."""
    needle = (query or "").strip().casefold()
    return not needle or any(isinstance(f, str) and needle in f.casefold() for f in fields)


def _page(records: list[dict[str, Any]], skip: float, limit: float) -> list[dict[str, Any]]:
    # stores scan in insertion order: reversed first, records made in the same millisecond list the later first
    newest = sorted(reversed(records), key=lambda r: r["createdAt"], reverse=True)
    return newest[int(skip):int(skip) + int(limit)]


def _window(start: str | None, start_name: str, end: str | None, end_name: str) -> Callable[[str], bool]:
    """Whether a record's timestamp is in [start, end]. DECISION: a bare date bounds the whole day (the file's
    examples send ``2023-10-01`` to both), an instant bounds to the millisecond."""
    low = _bound(start, start_name, "T00:00:00.000Z")
    high = _bound(end, end_name, "T23:59:59.999Z")
    return lambda stamp: (low is None or stamp >= low) and (high is None or stamp <= high)


def _bound(value: str | None, name: str, time_of_day: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat() + time_of_day
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return iso_z(moment.astimezone(UTC) if moment.tzinfo else moment)
    except (ValueError, OverflowError):  # OverflowError: an offset past year 9999
        raise BadRequest(BAD_DATE.format(name=name)) from None
