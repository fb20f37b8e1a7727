// The official Node SDK (@gohighlevel/api-client), unchanged: an invoice's whole life and a voided one, an estimate
// converted to an invoice, a coupon, and an order (placed by the test through the control plane) paid and shipped.
const { HighLevel } = require('@gohighlevel/api-client');

const env = process.env;
HighLevel.BASE_URL = env.GHL_BASE_URL;

(async () => {
  const ghl = new HighLevel({ logLevel: 'error', privateIntegrationToken: env.GHL_PIT });
  ghl.httpClient.defaults.baseURL = env.GHL_BASE_URL;
  const alt = { altId: env.GHL_LOCATION_ID, altType: 'location' };
  const contactDetails = { id: env.GHL_CONTACT_ID, name: 'Grace', email: env.GHL_CONTACT_EMAIL,
                           phoneNo: env.GHL_CONTACT_PHONE };
  const document = (name, items) => ({ ...alt, name, title: 'INVOICE', currency: 'USD', items, contactDetails,
    discount: { type: 'fixed', value: 10 }, businessDetails: { name: 'Node Shop' }, issueDate: '2026-03-01',
    dueDate: '2026-03-31', sentTo: { email: [env.GHL_CONTACT_EMAIL] }, liveMode: false });
  const send = { ...alt, userId: env.GHL_USER_ID, action: 'send_manually', liveMode: false };
  const out = {};

  const invoice = await ghl.invoices.createInvoice(document('Consulting', [
    { name: 'Workshop', currency: 'USD', amount: 250, qty: 2 },
    { name: 'Travel', currency: 'USD', amount: 80.25, qty: 1, taxes: [{ _id: 'gst', name: 'GST', rate: 5 }] }]));
  const invoiceId = invoice._id;
  out.created = [invoice.status, invoice.amountDue];
  out.sent = (await ghl.invoices.sendInvoice({ invoiceId }, send)).invoice.status;
  const part = (await ghl.invoices.recordInvoice({ invoiceId }, { ...alt, mode: 'bank_transfer', amount: 300 })).invoice;
  out.partial = [part.status, part.amountDue];
  const full = (await ghl.invoices.recordInvoice({ invoiceId }, { ...alt, mode: 'cash' })).invoice;
  out.full = [full.status, full.amountDue];
  try {
    await ghl.invoices.voidInvoice({ invoiceId }, alt);
    out.voidPaid = 'accepted';
  } catch (error) {
    out.voidPaid = [error.statusCode, error.response?.message];
  }
  const other = await ghl.invoices.createInvoice(document('Dropped', [
    { name: 'Audit', currency: 'USD', amount: 99, qty: 1 }]));
  out.voided = (await ghl.invoices.voidInvoice({ invoiceId: other._id }, alt)).status;
  const read = await ghl.invoices.getInvoice({ invoiceId: other._id, ...alt });
  out.voidedRead = [read.status, read.amountDue];

  const estimate = await ghl.invoices.createNewEstimate({ ...alt, name: 'Garden', businessDetails: { name: 'Node Shop' },
    currency: 'USD', items: [{ name: 'Hedges', currency: 'USD', amount: 12.5, qty: 8 }],
    discount: { type: 'percentage', value: 0 }, contactDetails, frequencySettings: { enabled: false, schedule: {} } });
  await ghl.invoices.sendEstimate({ estimateId: estimate._id }, { ...alt, action: 'email', liveMode: false,
                                                                  userId: env.GHL_USER_ID });
  const converted = await ghl.invoices.createInvoiceFromEstimate({ estimateId: estimate._id },
                                                                 { ...alt, markAsInvoiced: true });
  out.converted = [converted.invoice.status, converted.invoice.amountDue, converted.estimate.estimateStatus];

  const coupon = await ghl.payments.createCoupon({ ...alt, name: 'Node ten', code: 'NODE10', discountType: 'amount',
    discountValue: 10, startDate: '2026-01-01T00:00:00.000Z', usageLimit: 2 });
  await ghl.payments.updateCoupon({ ...alt, id: coupon._id, name: 'Node ten', code: 'NODE10', discountType: 'amount',
    discountValue: 10, startDate: '2026-01-01T00:00:00.000Z', usageLimit: 1 });
  const found = await ghl.payments.getCoupon({ ...alt, id: coupon._id, code: 'NODE10' });
  out.coupon = [found.code, found.usageLimit, found.status];

  const orderId = env.GHL_ORDER_ID;
  await ghl.payments.recordOrderPayment({ orderId }, { ...alt, mode: 'cash' });
  const shipped = await ghl.payments.createOrderFulfillment({ orderId }, { ...alt,
    trackings: [{ trackingNumber: 'NODE-1', shippingCarrier: 'DHL', trackingUrl: 'https://track.test/NODE-1' }],
    items: [{ priceId: 'price-lamp', qty: 1 }], notifyCustomer: true });
  const listed = await ghl.payments.listOrderFulfillment({ ...alt, orderId });
  out.fulfillments = listed.data.map((f) => [f._id === shipped.data._id, f.trackings[0].trackingNumber]);
  const order = await ghl.payments.getOrderById({ orderId, altId: alt.altId });
  out.order = [order.paymentStatus, order.fulfillmentStatus];
  console.log(JSON.stringify(out));
})().catch((error) => {
  console.error('FAILED', error.statusCode, JSON.stringify(error.response || error.message));
  process.exit(1);
});
