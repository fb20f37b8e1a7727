"""How far a scheduled e-mail campaign (or its bulk action) has got, read from the mock clock.

Scheduling a campaign (``POST .../campaigns/emails/{id}/schedule``) stores a *plan* on it and on its bulk
action: when the first batch goes (``sendAt``), how many recipients, how many per batch and how far apart.
Nothing runs in the background: every read works out from the agency's clock how many batches have gone, so
a test that advances the clock sees the campaign go from ``scheduled`` to ``processing`` to ``sent``.

DECISION (GHL sends real e-mail; the mock keeps only the state GHL shows):
- every recipient with an e-mail address is sent one e-mail, accepted and delivered; nobody opens, clicks,
  replies or complains (those counters stay 0: nothing GHL's API does can make them happen);
- ``immediate`` and ``smart_send`` go at once; ``scheduled`` at ``scheduleConfig.sendAt``; ``batch`` in batches
  of ``batchSize`` every ``interval`` ``intervalUnit`` from ``sendAt`` (or now); ``sendDays``, ``skipDays`` and
  the sending window are kept and do not delay anything; an ``rss`` campaign stays ``scheduled`` (it waits
  for its feed, which the mock never reads);
- the campaign is ``sent`` once its last batch went (``completedAt`` that batch's time).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from mock_server.apis.common import iso_z
from mock_server.platform.tenant_context import Tenant

COUNTERS = ("sent", "accepted", "delivered", "opened", "clicked", "unsubscribed", "complained", "permanentFail",
            "temporaryFail", "rejected", "failed", "replied")
UNIT_SECONDS = {"minutes": 60, "hours": 3600, "days": 86400}
SCHEDULED, PROCESSING, DONE = "scheduled", "processing", "done"


def plan(*, send_at: datetime, recipients: int, batch_size: int | None = None, interval_seconds: int = 0,
         waits_for_feed: bool = False) -> dict[str, Any]:
    """The stored plan of a send: ``recipients`` e-mails from ``send_at``, in batches when ``batch_size``."""
    size = batch_size or max(recipients, 1)
    return {"sendAt": iso_z(send_at), "recipients": recipients, "batchSize": size,
            "batches": max(1, math.ceil(recipients / size)), "intervalSeconds": interval_seconds,
            "waitsForFeed": waits_for_feed}


def progress(tenant: Tenant, sending: dict[str, Any]) -> tuple[str, int, str | None]:
    """``(phase, e-mails sent so far, completedAt)`` of a plan at the clock's time."""
    if sending.get("waitsForFeed"):
        return SCHEDULED, 0, None
    start = _instant(sending["sendAt"])
    elapsed = (tenant.now() - start).total_seconds()
    if elapsed < 0:
        return SCHEDULED, 0, None
    step = sending["intervalSeconds"]
    gone = sending["batches"] if step <= 0 else min(sending["batches"], int(elapsed // step) + 1)
    sent = min(sending["recipients"], gone * sending["batchSize"])
    if gone < sending["batches"]:
        return PROCESSING, sent, None
    return DONE, sent, iso_z(start + timedelta(seconds=step * (sending["batches"] - 1)))


def counters(tenant: Tenant, sending: dict[str, Any] | None) -> dict[str, int]:
    """The delivery counters of a plan so far (every counter 0 before it starts)."""
    sent = progress(tenant, sending)[1] if sending else 0
    return {**dict.fromkeys(COUNTERS, 0), "sent": sent, "accepted": sent, "delivered": sent}


def stats(numbers: dict[str, int]) -> dict[str, float]:
    """The counters with their rates (percent of delivered; bounces of sent), as GHL's stats answer them."""
    out: dict[str, float] = {k: numbers.get(k, 0) for k in COUNTERS}
    delivered, sent = out["delivered"], out["sent"]

    def rate(count: float, of: float) -> float:
        return round(100 * count / of, 2) if of else 0

    out.update(openRate=rate(out["opened"], delivered), clickRate=rate(out["clicked"], delivered),
               unsubscribeRate=rate(out["unsubscribed"], delivered), complaintRate=rate(out["complained"], delivered),
               bounceRate=rate(out["permanentFail"] + out["temporaryFail"], sent),
               replyRate=rate(out["replied"], delivered))
    return out


def _instant(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
