"""Invoices, estimates, their templates and schedules (invoices.json): thin handlers over the domain."""

from __future__ import annotations

from mock_server.apis.common import page
from mock_server.apis.invoices import estimates, invoices, models, schedules, templates
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, LOCATION_OR_AGENCY, Api

api = Api("invoices.json", tag="Invoices")


@api.get("/invoices/template", "list-invoice-templates", scopes="invoices/template.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListInvoiceTemplatesQuery, response=models.ListTemplatesResponse)
def list_invoice_templates(call: Call) -> dict:
    q = call.query
    found = templates.list_templates(call.tenant, "invoice", search=q.search)
    return {"data": [templates.view(t) for t in page(found, q.offset, q.limit, 10)], "totalCount": len(found)}


@api.post("/invoices/template", "create-invoice-template", scopes="invoices/template.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateInvoiceTemplateBody, response=models.CreateInvoiceTemplateResponse)
def create_invoice_template(call: Call) -> dict:
    return templates.view(templates.create_template(call.tenant, "invoice", sent_fields(call.body)))


@api.get("/invoices/template/{templateId}", "get-invoice-template", scopes="invoices/template.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery, response=models.GetTemplateResponse)
def get_invoice_template(call: Call) -> dict:
    return templates.view(templates.get_template(call.tenant, "invoice", call.path["templateId"]))


@api.put("/invoices/template/{templateId}", "update-invoice-template", scopes="invoices/template.write",
         tokens=LOCATION_OR_AGENCY, body=models.UpdateInvoiceTemplateBody,
         response=models.UpdateInvoiceTemplateResponse)
def update_invoice_template(call: Call) -> dict:
    updated = templates.update_template(call.tenant, "invoice", call.path["templateId"], sent_fields(call.body))
    return templates.view(updated)


@api.delete("/invoices/template/{templateId}", "delete-invoice-template", scopes="invoices/template.write",
            tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery,
            response=models.DeleteInvoiceTemplateResponse)
def delete_invoice_template(call: Call) -> dict:
    templates.delete_template(call.tenant, "invoice", call.path["templateId"])
    return {"success": True}


@api.operation("PATCH", "/invoices/template/{templateId}/late-fees-configuration",
               "update-invoice-template-late-fees-configuration", tokens=LOCATION_OR_AGENCY,
               body=models.UpdateInvoiceLateFeesConfigurationBody, response=models.UpdateInvoiceTemplateResponse)
def update_invoice_template_late_fees_configuration(call: Call) -> dict:
    config = sent_fields(call.body)["lateFeesConfiguration"]
    return templates.view(templates.configure(call.tenant, "invoice", call.path["templateId"],
                                              "lateFeesConfiguration", config))


@api.operation("PATCH", "/invoices/template/{templateId}/payment-methods-configuration",
               "update-invoice-payment-methods-configuration", tokens=LOCATION_OR_AGENCY,
               body=models.UpdatePaymentMethodsConfigurationBody, response=models.UpdateInvoiceTemplateResponse)
def update_invoice_payment_methods_configuration(call: Call) -> dict:
    methods = sent_fields(call.body).get("paymentMethods")
    return templates.view(templates.configure(call.tenant, "invoice", call.path["templateId"], "paymentMethods",
                                              methods))


@api.get("/invoices/schedule", "list-invoice-schedules", scopes="invoices/schedule.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListInvoiceTemplatesQuery, response=models.ListSchedulesResponse)
def list_invoice_schedules(call: Call) -> dict:
    q = call.query
    found = schedules.list_schedules(call.tenant, status=q.status, search=q.search)
    return {"schedules": [schedules.view(call.tenant, s) for s in page(found, q.offset, q.limit, 10)],
            "total": len(found)}


@api.post("/invoices/schedule", "create-invoice-schedule", scopes="invoices/schedule.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateInvoiceScheduleBody, response=models.CreateInvoiceScheduleResponse)
def create_invoice_schedule(call: Call) -> dict:
    return schedules.view(call.tenant, schedules.create_schedule(call.tenant, sent_fields(call.body)))


@api.get("/invoices/schedule/{scheduleId}", "get-invoice-schedule", scopes="invoices/schedule.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery, response=models.GetScheduleResponse)
def get_invoice_schedule(call: Call) -> dict:
    return schedules.view(call.tenant, schedules.get_schedule(call.tenant, call.path["scheduleId"]))


@api.put("/invoices/schedule/{scheduleId}", "update-invoice-schedule", scopes="invoices/schedule.write",
         tokens=LOCATION_OR_AGENCY, body=models.UpdateInvoiceScheduleBody,
         response=models.UpdateInvoiceScheduleResponse)
def update_invoice_schedule(call: Call) -> dict:
    updated = schedules.update_schedule(call.tenant, call.path["scheduleId"], sent_fields(call.body))
    return schedules.view(call.tenant, updated)


@api.delete("/invoices/schedule/{scheduleId}", "delete-invoice-schedule", scopes="invoices/schedule.write",
            tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery,
            response=models.DeleteInvoiceScheduleResponse)
def delete_invoice_schedule(call: Call) -> dict:
    schedules.delete_schedule(call.tenant, call.path["scheduleId"])
    return {"success": True}


@api.post("/invoices/schedule/{scheduleId}/updateAndSchedule", "update-and-schedule-invoice-schedule",
          scopes="invoices/schedule.write", tokens=LOCATION_OR_AGENCY,
          response=models.UpdateAndScheduleInvoiceScheduleResponse)
def update_and_schedule_invoice_schedule(call: Call) -> dict:
    return schedules.view(call.tenant, schedules.start(call.tenant, call.path["scheduleId"]))


@api.post("/invoices/schedule/{scheduleId}/schedule", "schedule-invoice-schedule", scopes="invoices/schedule.write",
          tokens=LOCATION_OR_AGENCY, body=models.ScheduleInvoiceScheduleBody,
          response=models.ScheduleInvoiceScheduleResponse)
def schedule_invoice_schedule(call: Call) -> dict:
    fields = sent_fields(call.body)
    started = schedules.start(call.tenant, call.path["scheduleId"], live_mode=fields["liveMode"],
                              auto_payment=fields.get("autoPayment"))
    return schedules.view(call.tenant, started)


@api.post("/invoices/schedule/{scheduleId}/auto-payment", "auto-payment-invoice-schedule",
          scopes="invoices/schedule.write", tokens=LOCATION_OR_AGENCY, body=models.AutoPaymentScheduleBody,
          response=models.AutoPaymentInvoiceScheduleResponse)
def auto_payment_invoice_schedule(call: Call) -> dict:
    changed = schedules.set_auto_payment(call.tenant, call.path["scheduleId"], sent_fields(call.body)["autoPayment"])
    return schedules.view(call.tenant, changed)


@api.post("/invoices/schedule/{scheduleId}/cancel", "cancel-invoice-schedule", scopes="invoices/schedule.write",
          tokens=LOCATION_OR_AGENCY, body=models.CancelInvoiceScheduleBody,
          response=models.CancelInvoiceScheduleResponse)
def cancel_invoice_schedule(call: Call) -> dict:
    return schedules.view(call.tenant, schedules.cancel(call.tenant, call.path["scheduleId"]))


@api.post("/invoices/text2pay", "text2pay-invoice", scopes="invoices.write", tokens=LOCATION, body=models.Text2PayBody,
          response=models.Text2PayInvoiceResponse)
def text2pay_invoice(call: Call) -> dict:
    invoice = invoices.text2pay(call.tenant, sent_fields(call.body))
    return {"invoice": invoices.view(invoice), "invoiceUrl": invoices.payment_url(invoice)}


@api.get("/invoices/generate-invoice-number", "generate-invoice-number", scopes="invoices.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery, response=models.GenerateInvoiceNumberResponse)
def generate_invoice_number(call: Call) -> dict:
    return {"invoiceNumber": invoices.next_number(call.tenant)}


@api.get("/invoices/settings", "get-invoice-settings", scopes="invoices.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.GetInvoiceTemplateQuery, response=models.GetInvoiceSettingsResponse)
def get_invoice_settings(call: Call) -> dict:
    return invoices.settings_view(call.tenant)


@api.get("/invoices/{invoiceId}", "get-invoice", scopes="invoices.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.GetInvoiceTemplateQuery, response=models.GetInvoiceResponse)
def get_invoice(call: Call) -> dict:
    return invoices.view(invoices.read_invoice(call.tenant, call.path["invoiceId"]))


@api.put("/invoices/{invoiceId}", "update-invoice", scopes="invoices.write", tokens=LOCATION_OR_AGENCY,
         body=models.UpdateInvoiceBody, response=models.UpdateInvoiceResponse)
def update_invoice(call: Call) -> dict:
    return invoices.view(invoices.update_invoice(call.tenant, call.path["invoiceId"], sent_fields(call.body)))


@api.delete("/invoices/{invoiceId}", "delete-invoice", scopes="invoices.write", tokens=LOCATION_OR_AGENCY,
            query=models.GetInvoiceTemplateQuery, response=models.DeleteInvoiceResponse)
def delete_invoice(call: Call) -> dict:
    return invoices.view(invoices.delete_invoice(call.tenant, call.path["invoiceId"]))


@api.operation("PATCH", "/invoices/{invoiceId}/late-fees-configuration", "update-invoice-late-fees-configuration",
               tokens=LOCATION_OR_AGENCY, body=models.UpdateInvoiceLateFeesConfigurationBody,
               response=models.UpdateInvoiceResponse)
def update_invoice_late_fees_configuration(call: Call) -> dict:
    changed = invoices.configure_late_fees(call.tenant, call.path["invoiceId"],
                                           sent_fields(call.body)["lateFeesConfiguration"])
    return invoices.view(changed)


@api.post("/invoices/{invoiceId}/void", "void-invoice", scopes="invoices.write", tokens=LOCATION_OR_AGENCY,
          body=models.VoidInvoiceBody, response=models.VoidInvoiceResponse)
def void_invoice(call: Call) -> dict:
    return invoices.view(invoices.void_invoice(call.tenant, call.path["invoiceId"]))


@api.post("/invoices/{invoiceId}/send", "send-invoice", scopes="invoices.write", tokens=LOCATION_OR_AGENCY,
          body=models.SendInvoiceBody, response=models.SendInvoicesResponse)
def send_invoice(call: Call) -> dict:
    body = call.body
    sent = invoices.send_invoice(call.tenant, call.path["invoiceId"], user_id=body.userId, live_mode=body.liveMode,
                                 action=body.action)
    return {"invoice": invoices.view(sent), "smsData": {}, "emailData": {}}


@api.post("/invoices/{invoiceId}/record-payment", "record-invoice", scopes="invoices.write", tokens=LOCATION_OR_AGENCY,
          body=models.RecordPaymentBody, response=models.RecordPaymentResponse)
def record_invoice(call: Call) -> dict:
    fields = sent_fields(call.body)
    paid = invoices.record_payment(call.tenant, call.path["invoiceId"], mode=fields["mode"],
                                   amount=fields.get("amount"), notes=fields.get("notes"), card=fields.get("card"),
                                   cheque=fields.get("cheque"), meta=fields.get("meta"),
                                   fulfilled_at=fields.get("fulfilledAt"))
    return {"success": True, "invoice": invoices.view(paid)}


@api.operation("PATCH", "/invoices/stats/last-visited-at", "update-invoice-last-visited-at", tokens=LOCATION_OR_AGENCY,
               body=models.PatchInvoiceStatsLastViewedBody, names_records_only="tests/apis/invoices/test_invoices.py")
def update_invoice_last_visited_at(call: Call) -> dict:
    invoices.visited(call.tenant, call.body.invoiceId)
    return {"success": True}


@api.post("/invoices/estimate", "create-new-estimate", scopes="invoices/estimate.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateEstimatesBody, response=models.EstimateResponse, status=201)
def create_new_estimate(call: Call) -> dict:
    return estimates.view(estimates.create_estimate(call.tenant, sent_fields(call.body)))


@api.put("/invoices/estimate/{estimateId}", "update-estimate", scopes="invoices/estimate.write",
         tokens=LOCATION_OR_AGENCY, body=models.UpdateEstimateBody, response=models.EstimateResponse)
def update_estimate(call: Call) -> dict:
    return estimates.view(estimates.update_estimate(call.tenant, call.path["estimateId"], sent_fields(call.body)))


@api.delete("/invoices/estimate/{estimateId}", "delete-estimate", scopes="invoices/estimate.write",
            tokens=LOCATION_OR_AGENCY, body=models.AltBody, response=models.EstimateResponse)
def delete_estimate(call: Call) -> dict:
    return estimates.view(estimates.delete_estimate(call.tenant, call.path["estimateId"]))


@api.get("/invoices/estimate/number/generate", "generate-estimate-number", scopes="invoices/estimate.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery,
         response=models.GenerateEstimateNumberResponse)
def generate_estimate_number(call: Call) -> dict:
    return {"estimateNumber": estimates.next_number(call.tenant)}


@api.post("/invoices/estimate/{estimateId}/send", "send-estimate", scopes="invoices/estimate.write",
          tokens=LOCATION_OR_AGENCY, body=models.SendEstimateBody, response=models.EstimateResponse, status=201)
def send_estimate(call: Call) -> dict:
    body = call.body
    sent = estimates.send_estimate(call.tenant, call.path["estimateId"], user_id=body.userId,
                                   live_mode=body.liveMode, action=body.action)
    return estimates.view(sent)


@api.post("/invoices/estimate/{estimateId}/invoice", "create-invoice-from-estimate", scopes="invoices/estimate.write",
          tokens=LOCATION_OR_AGENCY, body=models.CreateInvoiceFromEstimateBody,
          response=models.CreateInvoiceFromEstimateResponse)
def create_invoice_from_estimate(call: Call) -> dict:
    estimate, invoice = estimates.convert_to_invoice(call.tenant, call.path["estimateId"],
                                                     mark_as_invoiced=call.body.markAsInvoiced)
    return {"estimate": estimates.view(estimate), "invoice": invoices.view(invoice)}


@api.get("/invoices/estimate/list", "list-estimates", scopes="invoices/estimate.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListEstimatesQuery, response=models.ListEstimatesResponse)
def list_estimates(call: Call) -> dict:
    q = call.query
    found = estimates.list_estimates(call.tenant, status=q.status, contact_id=q.contactId, search=q.search,
                                     start_at=q.startAt, end_at=q.endAt)
    return {"estimates": [estimates.view(e) for e in page(found, q.offset, q.limit, 10)], "total": len(found)}


@api.operation("PATCH", "/invoices/estimate/stats/last-visited-at", "update-estimate-last-visited-at",
               tokens=LOCATION_OR_AGENCY, body=models.EstimateIdParamBody,
               names_records_only="tests/apis/invoices/test_estimates.py")
def update_estimate_last_visited_at(call: Call) -> dict:
    estimates.visited(call.tenant, call.body.estimateId)
    return {"success": True}


@api.get("/invoices/estimate/template", "list-estimate-templates", scopes="invoices/estimate.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.ListEstimateTemplatesQuery,
         response=models.ListEstimateTemplateResponse)
def list_estimate_templates(call: Call) -> dict:
    q = call.query
    found = templates.list_templates(call.tenant, "estimate", search=q.search)
    return {"data": [templates.view(t) for t in page(found, q.offset, q.limit, 10)], "totalCount": len(found)}


@api.post("/invoices/estimate/template", "create-estimate-template", scopes="invoices/estimate.write",
          tokens=LOCATION_OR_AGENCY, body=models.EstimateTemplatesBody, response=models.EstimateTemplateResponse,
          status=201)
def create_estimate_template(call: Call) -> dict:
    return templates.view(templates.create_template(call.tenant, "estimate", sent_fields(call.body)))


@api.put("/invoices/estimate/template/{templateId}", "update-estimate-template", scopes="invoices/estimate.write",
         tokens=LOCATION_OR_AGENCY, body=models.EstimateTemplatesBody, response=models.EstimateTemplateResponse)
def update_estimate_template(call: Call) -> dict:
    updated = templates.update_template(call.tenant, "estimate", call.path["templateId"], sent_fields(call.body))
    return templates.view(updated)


@api.delete("/invoices/estimate/template/{templateId}", "delete-estimate-template", scopes="invoices/estimate.write",
            tokens=LOCATION_OR_AGENCY, body=models.AltBody, response=models.EstimateTemplateResponse)
def delete_estimate_template(call: Call) -> dict:
    return templates.view(templates.delete_template(call.tenant, "estimate", call.path["templateId"]))


@api.get("/invoices/estimate/template/preview", "preview-estimate-template", scopes="invoices/estimate.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.PreviewEstimateTemplateQuery, response=models.EstimateTemplateResponse)
def preview_estimate_template(call: Call) -> dict:
    return templates.view(templates.get_template(call.tenant, "estimate", call.query.templateId))


@api.get("/invoices/", "list-invoices", scopes="invoices.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListInvoicesQuery, response=models.ListInvoicesResponse)
def list_invoices(call: Call) -> dict:
    q = call.query
    found = invoices.list_invoices(call.tenant, status=q.status, contact_id=q.contactId, search=q.search,
                                   start_at=q.startAt, end_at=q.endAt, payment_mode=q.paymentMode,
                                   sort_order=q.sortOrder)
    return {"invoices": [invoices.view(i) for i in page(found, q.offset, q.limit, 10)], "total": len(found)}


@api.post("/invoices/", "create-invoice", scopes="invoices.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateInvoiceBody, response=models.CreateInvoiceResponse)
def create_invoice(call: Call) -> dict:
    return invoices.view(invoices.create_invoice(call.tenant, sent_fields(call.body)))
