"""Which moves an invoice or an estimate may make from each status, and GHL's refusal when it may not.

Invoices: draft -> sent -> partially_paid -> paid, and void. Estimates: draft -> sent -> accepted/declined ->
invoiced. A refused move changes nothing (it is checked before anything is written).
"""

from __future__ import annotations

from mock_server.platform.errors import BadRequest

# DECISION: which statuses allow which move. GHL's documentation does not list them; these follow its UI:
# - sending (or re-sending) is possible until the invoice is paid or void;
# - a payment can be recorded on a draft too (the UI's "Record payment" on a draft marks it sent and paid);
# - only an invoice without recorded payments can be voided or edited (money received cannot vanish);
# - deleting is refused once money was recorded (void it first when nothing was; paid ones stay).
INVOICE_MOVES: dict[str, frozenset[str]] = {
    "send": frozenset({"draft", "sent", "partially_paid"}),
    "pay": frozenset({"draft", "sent", "partially_paid"}),
    "void": frozenset({"draft", "sent"}),
    "update": frozenset({"draft", "sent"}),
    "delete": frozenset({"draft", "sent", "void"}),
    "late_fees": frozenset({"draft", "sent", "partially_paid"}),
}

# DECISION: estimates are editable and sendable until invoiced; one is converted to an invoice once.
ESTIMATE_MOVES: dict[str, frozenset[str]] = {
    "send": frozenset({"draft", "sent", "viewed", "accepted", "declined"}),
    "update": frozenset({"draft", "sent", "viewed", "accepted", "declined"}),
    "invoice": frozenset({"draft", "sent", "viewed", "accepted"}),
    "delete": frozenset({"draft", "sent", "viewed", "accepted", "declined", "invoiced"}),
}

_VERBS = {"send": "sent", "pay": "paid", "void": "voided", "update": "updated", "delete": "deleted",
          "late_fees": "given late fees", "invoice": "converted to an invoice"}
# DECISION: GHL's texts for an illegal move are not documented; these name the status and the move.
ILLEGAL_MOVE = "{kind} in {status} status cannot be {verb}"


def check_invoice_move(invoice: dict, move: str) -> None:
    _check("Invoice", INVOICE_MOVES, invoice, move)


def check_estimate_move(estimate: dict, move: str) -> None:
    _check("Estimate", ESTIMATE_MOVES, estimate, move)


def _check(kind: str, moves: dict[str, frozenset[str]], record: dict, move: str) -> None:
    status = record["status"]
    if status not in moves[move]:
        raise BadRequest(ILLEGAL_MOVE.format(kind=kind, status=status, verb=_VERBS[move]))
