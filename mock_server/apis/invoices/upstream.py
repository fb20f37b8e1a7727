"""Where the invoices area differs from invoices.json on purpose, each with its reason.

Read by the contract kit's upstream check (mock_server/contracts/upstream_allowlist.py).
"""

from __future__ import annotations

from mock_server.contracts.upstream_allowlist import Allowed

_CASH = ("a manual payment in cash or by bank transfer has no card and no cheque: the official file requires "
         "card, cheque and notes on every record-payment body, which no client recording a cash payment sends")
ALLOWLIST = tuple(
    Allowed("invoices.json", "POST", "/invoices/{invoiceId}/record-payment", "required_body_differs", field, _CASH)
    for field in ("card", "cheque", "notes"))

_NUMBER = ("invoiceNumber is a string: the create and update bodies take it as a string, GHL's Invoice* webhook docs "
           "carry it as a string (\"19\"), and numbers may carry a prefix; the response schema's number is wrong")
ALLOWLIST += tuple(Allowed("invoices.json", method, path, "response_schema", field, _NUMBER) for method, path, field in (
    ("POST", "/invoices/", "invoiceNumber"), ("GET", "/invoices/{invoiceId}", "invoiceNumber"),
    ("GET", "/invoices/", "invoices/*/invoiceNumber"), ("PUT", "/invoices/{invoiceId}", "invoiceNumber"),
    ("POST", "/invoices/text2pay", "invoice/invoiceNumber"),
    ("PATCH", "/invoices/{invoiceId}/late-fees-configuration", "invoiceNumber"),
    ("POST", "/invoices/{invoiceId}/void", "invoiceNumber"),
    ("POST", "/invoices/estimate/{estimateId}/invoice", "invoice/invoiceNumber"),
    ("DELETE", "/invoices/{invoiceId}", "invoiceNumber")))
_ITEMS = ("the official answer types each invoice item as a string, while its own example (and the Invoice* "
          "webhook docs) shows objects with name, currency, amount, qty and taxes")
ALLOWLIST += tuple(Allowed("invoices.json", method, path, "response_schema", "invoiceItems/*", _ITEMS)
                   for method, path in (("POST", "/invoices/"), ("GET", "/invoices/{invoiceId}"),
                                        ("PATCH", "/invoices/{invoiceId}/late-fees-configuration"),
                                        ("POST", "/invoices/{invoiceId}/void"), ("DELETE", "/invoices/{invoiceId}")))
ALLOWLIST += (Allowed("invoices.json", "POST", "/invoices/estimate/{estimateId}/invoice", "response_schema",
                      "estimate/traceId", "the estimate nested in the answer is a record, not an answer: the traceId "
                                          "is the answer's own (top level)"),)

# FOLLOW-UP: the generic walk reached these only partly in the time of the first slice (records it cannot create:
# control-plane orders and subscriptions, a schedule's rrule, a contact-bound document it could not build); their
# behaviour is tested over HTTP in the file named, but their answers are not yet validated against the official
# schemas: a ContractSeed or a body example per operation would let the walk do it.
_WALK = "not reached by the upstream walk; behaviour tested in "

UNWALKED: dict[tuple[str, str, str], str] = {
    ("invoices.json", "POST", "/invoices/schedule"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "GET", "/invoices/schedule/{scheduleId}"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "PUT", "/invoices/schedule/{scheduleId}"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "DELETE", "/invoices/schedule/{scheduleId}"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "POST", "/invoices/schedule/{scheduleId}/updateAndSchedule"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "POST", "/invoices/schedule/{scheduleId}/schedule"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "POST", "/invoices/schedule/{scheduleId}/auto-payment"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "POST", "/invoices/schedule/{scheduleId}/cancel"): _WALK + "tests/apis/invoices/test_schedules.py",
    ("invoices.json", "PUT", "/invoices/{invoiceId}"): _WALK + "tests/apis/invoices/test_invoices.py",
    ("invoices.json", "POST", "/invoices/{invoiceId}/send"): _WALK + "tests/apis/invoices/test_invoices.py",
    ("invoices.json", "POST", "/invoices/{invoiceId}/record-payment"): _WALK + "tests/apis/invoices/test_invoices.py",
    ("invoices.json", "PUT", "/invoices/estimate/{estimateId}"): _WALK + "tests/apis/invoices/test_estimates.py",
    ("invoices.json", "DELETE", "/invoices/estimate/{estimateId}"): _WALK + "tests/apis/invoices/test_estimates.py",
    ("invoices.json", "DELETE", "/invoices/estimate/template/{templateId}"): _WALK + "tests/apis/invoices/test_estimates.py",
    ("invoices.json", "GET", "/invoices/estimate/template/preview"): _WALK + "tests/apis/invoices/test_estimates.py",
}
