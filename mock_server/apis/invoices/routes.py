"""Invoices, estimates, their templates and schedules (invoices.json): thin handlers over the domain."""

from __future__ import annotations

from mock_server.apis.common import page
from mock_server.apis.invoices import invoices, models
from mock_server.platform.call import Call
from mock_server.platform.models import sent_fields
from mock_server.platform.operations import LOCATION, LOCATION_OR_AGENCY, Api
from mock_server.platform.unimplemented import unwritten

api = Api("invoices.json", tag="Invoices")


@api.get("/invoices/template", "list-invoice-templates", scopes="invoices/template.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListInvoiceTemplatesQuery, response=models.ListTemplatesResponse)
@unwritten
def list_invoice_templates(call: Call) -> dict:
    ...


@api.post("/invoices/template", "create-invoice-template", scopes="invoices/template.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateInvoiceTemplateBody, response=models.CreateInvoiceTemplateResponse)
@unwritten
def create_invoice_template(call: Call) -> dict:
    ...


@api.get("/invoices/template/{templateId}", "get-invoice-template", scopes="invoices/template.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery, response=models.GetTemplateResponse)
@unwritten
def get_invoice_template(call: Call) -> dict:
    ...


@api.put("/invoices/template/{templateId}", "update-invoice-template", scopes="invoices/template.write",
         tokens=LOCATION_OR_AGENCY, body=models.UpdateInvoiceTemplateBody,
         response=models.UpdateInvoiceTemplateResponse)
@unwritten
def update_invoice_template(call: Call) -> dict:
    ...


@api.delete("/invoices/template/{templateId}", "delete-invoice-template", scopes="invoices/template.write",
            tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery,
            response=models.DeleteInvoiceTemplateResponse)
@unwritten
def delete_invoice_template(call: Call) -> dict:
    ...


@api.operation("PATCH", "/invoices/template/{templateId}/late-fees-configuration",
               "update-invoice-template-late-fees-configuration", tokens=LOCATION_OR_AGENCY,
               body=models.UpdateInvoiceLateFeesConfigurationBody, response=models.UpdateInvoiceTemplateResponse)
@unwritten
def update_invoice_template_late_fees_configuration(call: Call) -> dict:
    ...


@api.operation("PATCH", "/invoices/template/{templateId}/payment-methods-configuration",
               "update-invoice-payment-methods-configuration", tokens=LOCATION_OR_AGENCY,
               body=models.UpdatePaymentMethodsConfigurationBody, response=models.UpdateInvoiceTemplateResponse)
@unwritten
def update_invoice_payment_methods_configuration(call: Call) -> dict:
    ...


@api.get("/invoices/schedule", "list-invoice-schedules", scopes="invoices/schedule.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListInvoiceTemplatesQuery, response=models.ListSchedulesResponse)
@unwritten
def list_invoice_schedules(call: Call) -> dict:
    ...


@api.post("/invoices/schedule", "create-invoice-schedule", scopes="invoices/schedule.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateInvoiceScheduleBody, response=models.CreateInvoiceScheduleResponse)
@unwritten
def create_invoice_schedule(call: Call) -> dict:
    ...


@api.get("/invoices/schedule/{scheduleId}", "get-invoice-schedule", scopes="invoices/schedule.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery, response=models.GetScheduleResponse)
@unwritten
def get_invoice_schedule(call: Call) -> dict:
    ...


@api.put("/invoices/schedule/{scheduleId}", "update-invoice-schedule", scopes="invoices/schedule.write",
         tokens=LOCATION_OR_AGENCY, body=models.UpdateInvoiceScheduleBody,
         response=models.UpdateInvoiceScheduleResponse)
@unwritten
def update_invoice_schedule(call: Call) -> dict:
    ...


@api.delete("/invoices/schedule/{scheduleId}", "delete-invoice-schedule", scopes="invoices/schedule.write",
            tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery,
            response=models.DeleteInvoiceScheduleResponse)
@unwritten
def delete_invoice_schedule(call: Call) -> dict:
    ...


@api.post("/invoices/schedule/{scheduleId}/updateAndSchedule", "update-and-schedule-invoice-schedule",
          scopes="invoices/schedule.write", tokens=LOCATION_OR_AGENCY,
          response=models.UpdateAndScheduleInvoiceScheduleResponse)
@unwritten
def update_and_schedule_invoice_schedule(call: Call) -> dict:
    ...


@api.post("/invoices/schedule/{scheduleId}/schedule", "schedule-invoice-schedule", scopes="invoices/schedule.write",
          tokens=LOCATION_OR_AGENCY, body=models.ScheduleInvoiceScheduleBody,
          response=models.ScheduleInvoiceScheduleResponse)
@unwritten
def schedule_invoice_schedule(call: Call) -> dict:
    ...


@api.post("/invoices/schedule/{scheduleId}/auto-payment", "auto-payment-invoice-schedule",
          scopes="invoices/schedule.write", tokens=LOCATION_OR_AGENCY, body=models.AutoPaymentScheduleBody,
          response=models.AutoPaymentInvoiceScheduleResponse)
@unwritten
def auto_payment_invoice_schedule(call: Call) -> dict:
    ...


@api.post("/invoices/schedule/{scheduleId}/cancel", "cancel-invoice-schedule", scopes="invoices/schedule.write",
          tokens=LOCATION_OR_AGENCY, body=models.CancelInvoiceScheduleBody,
          response=models.CancelInvoiceScheduleResponse)
@unwritten
def cancel_invoice_schedule(call: Call) -> dict:
    ...


@api.post("/invoices/text2pay", "text2pay-invoice", scopes="invoices.write", tokens=LOCATION, body=models.Text2PayBody,
          response=models.Text2PayInvoiceResponse)
@unwritten
def text2pay_invoice(call: Call) -> dict:
    ...


@api.get("/invoices/generate-invoice-number", "generate-invoice-number", scopes="invoices.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery, response=models.GenerateInvoiceNumberResponse)
def generate_invoice_number(call: Call) -> dict:
    return {"invoiceNumber": invoices.next_number(call.tenant)}


@api.get("/invoices/settings", "get-invoice-settings", scopes="invoices.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.GetInvoiceTemplateQuery, response=models.GetInvoiceSettingsResponse)
@unwritten
def get_invoice_settings(call: Call) -> dict:
    ...


@api.get("/invoices/{invoiceId}", "get-invoice", scopes="invoices.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.GetInvoiceTemplateQuery, response=models.GetInvoiceResponse)
def get_invoice(call: Call) -> dict:
    return invoices.view(invoices.get_invoice(call.tenant, call.path["invoiceId"]))


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
               body=models.PatchInvoiceStatsLastViewedBody)
def update_invoice_last_visited_at(call: Call) -> dict:
    invoices.visited(call.tenant, call.body.invoiceId)
    return {"success": True}


@api.post("/invoices/estimate", "create-new-estimate", scopes="invoices/estimate.write", tokens=LOCATION_OR_AGENCY,
          body=models.CreateEstimatesBody, response=models.EstimateResponse, status=201)
@unwritten
def create_new_estimate(call: Call) -> dict:
    ...


@api.put("/invoices/estimate/{estimateId}", "update-estimate", scopes="invoices/estimate.write",
         tokens=LOCATION_OR_AGENCY, body=models.UpdateEstimateBody, response=models.EstimateResponse)
@unwritten
def update_estimate(call: Call) -> dict:
    ...


@api.delete("/invoices/estimate/{estimateId}", "delete-estimate", scopes="invoices/estimate.write",
            tokens=LOCATION_OR_AGENCY, body=models.AltBody, response=models.EstimateResponse)
@unwritten
def delete_estimate(call: Call) -> dict:
    ...


@api.get("/invoices/estimate/number/generate", "generate-estimate-number", scopes="invoices/estimate.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.GetInvoiceTemplateQuery,
         response=models.GenerateEstimateNumberResponse)
@unwritten
def generate_estimate_number(call: Call) -> dict:
    ...


@api.post("/invoices/estimate/{estimateId}/send", "send-estimate", scopes="invoices/estimate.write",
          tokens=LOCATION_OR_AGENCY, body=models.SendEstimateBody, response=models.EstimateResponse, status=201)
@unwritten
def send_estimate(call: Call) -> dict:
    ...


@api.post("/invoices/estimate/{estimateId}/invoice", "create-invoice-from-estimate", scopes="invoices/estimate.write",
          tokens=LOCATION_OR_AGENCY, body=models.CreateInvoiceFromEstimateBody,
          response=models.CreateInvoiceFromEstimateResponse)
@unwritten
def create_invoice_from_estimate(call: Call) -> dict:
    ...


@api.get("/invoices/estimate/list", "list-estimates", scopes="invoices/estimate.readonly", tokens=LOCATION_OR_AGENCY,
         query=models.ListEstimatesQuery, response=models.ListEstimatesResponse)
@unwritten
def list_estimates(call: Call) -> dict:
    ...


@api.operation("PATCH", "/invoices/estimate/stats/last-visited-at", "update-estimate-last-visited-at",
               tokens=LOCATION_OR_AGENCY, body=models.EstimateIdParamBody)
@unwritten
def update_estimate_last_visited_at(call: Call) -> dict:
    ...


@api.get("/invoices/estimate/template", "list-estimate-templates", scopes="invoices/estimate.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.ListEstimateTemplatesQuery,
         response=models.ListEstimateTemplateResponse)
@unwritten
def list_estimate_templates(call: Call) -> dict:
    ...


@api.post("/invoices/estimate/template", "create-estimate-template", scopes="invoices/estimate.write",
          tokens=LOCATION_OR_AGENCY, body=models.EstimateTemplatesBody, response=models.EstimateTemplateResponse,
          status=201)
@unwritten
def create_estimate_template(call: Call) -> dict:
    ...


@api.put("/invoices/estimate/template/{templateId}", "update-estimate-template", scopes="invoices/estimate.write",
         tokens=LOCATION_OR_AGENCY, body=models.EstimateTemplatesBody, response=models.EstimateTemplateResponse)
@unwritten
def update_estimate_template(call: Call) -> dict:
    ...


@api.delete("/invoices/estimate/template/{templateId}", "delete-estimate-template", scopes="invoices/estimate.write",
            tokens=LOCATION_OR_AGENCY, body=models.AltBody, response=models.EstimateTemplateResponse)
@unwritten
def delete_estimate_template(call: Call) -> dict:
    ...


@api.get("/invoices/estimate/template/preview", "preview-estimate-template", scopes="invoices/estimate.readonly",
         tokens=LOCATION_OR_AGENCY, query=models.PreviewEstimateTemplateQuery, response=models.EstimateTemplateResponse)
@unwritten
def preview_estimate_template(call: Call) -> dict:
    ...


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
