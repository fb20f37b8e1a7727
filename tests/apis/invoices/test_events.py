"""The commerce events of the event map (../shared/design/webhooks.md): not declared yet (issue 14 item 6).

webhooks-core landed in main at the end of this branch's session; declaring and emitting these events from the
invoices and payments domains is the follow-up. Until then this strict xfail names them: it fails the run the
day they are declared, so the mark is removed with the work.
"""

from __future__ import annotations

import pytest

from mock_server.apis import REGISTERED

COMMERCE_EVENTS = ("InvoiceCreate", "InvoiceUpdate", "InvoiceDelete", "InvoiceSent", "InvoiceVoid", "InvoicePaid",
                   "InvoicePartiallyPaid", "OrderCreate", "OrderStatusUpdate")


@pytest.mark.xfail(strict=True, reason="Invoice*/Order* events are not declared yet (follow-up of issue 14 item 6)")
def test_the_invoice_and_order_events_are_declared():
    declared = {event.name for event in REGISTERED.events}
    assert set(COMMERCE_EVENTS) <= declared
