// The official Node SDK (@gohighlevel/api-client), unchanged: a product with prices, and shipping rates for an order.
const { HighLevel } = require('@gohighlevel/api-client');

const env = process.env;
HighLevel.BASE_URL = env.GHL_BASE_URL;

(async () => {
  const ghl = new HighLevel({ logLevel: 'error', privateIntegrationToken: env.GHL_PIT });
  ghl.httpClient.defaults.baseURL = env.GHL_BASE_URL;
  const locationId = env.GHL_LOCATION_ID;
  const alt = { altId: locationId, altType: 'location' };
  const out = {};

  const product = await ghl.products.createProduct({ name: 'Node Mug', locationId, productType: 'PHYSICAL',
                                                      slug: 'node-mug' });
  const productId = product._id;
  await ghl.products.createPriceForProduct({ productId }, { name: 'Mug', type: 'one_time', currency: 'USD',
    amount: 12.99, locationId, trackInventory: true, availableQuantity: 3 });
  await ghl.products.createPriceForProduct({ productId }, { name: 'Mug club', type: 'recurring', currency: 'USD',
    amount: 5, locationId, recurring: { interval: 'month', intervalCount: 1 } });
  const prices = await ghl.products.listPricesForProduct({ productId, locationId });
  out.prices = prices.prices.map((p) => [p.name, p.amount, p.type]);
  out.bySlug = (await ghl.products.getProductById({ productId: 'node-mug', locationId }))._id === productId;
  try {
    await ghl.products.createProduct({ name: 'Other', locationId, productType: 'PHYSICAL', slug: 'node-mug' });
    out.slugClash = 'accepted';
  } catch (error) {
    out.slugClash = [error.statusCode, error.response?.message];
  }

  const zone = (await ghl.store.createShippingZone({ ...alt, name: 'US', countries: [{ code: 'US' }] })).data;
  await ghl.store.createShippingRate({ shippingZoneId: zone._id }, { ...alt, name: 'Heavy', currency: 'USD',
    amount: 15, conditionType: 'weight', minCondition: 2, maxCondition: 0, shippingCarrierId: '' });
  await ghl.store.createShippingRate({ shippingZoneId: zone._id }, { ...alt, name: 'Light', currency: 'USD',
    amount: 4.25, conditionType: 'weight', minCondition: 0, maxCondition: 2, shippingCarrierId: '' });
  const quote = await ghl.store.getAvailableShippingZones({ ...alt, country: 'US', totalOrderAmount: 12.99,
    totalOrderWeight: 0.5, source: { type: 'website', subType: 'store' }, products: [{ id: productId, qty: 1 }] });
  out.rates = quote.data.map((r) => [r.name, r.amount]);
  console.log(JSON.stringify(out));
})().catch((error) => {
  console.error('FAILED', error.statusCode, JSON.stringify(error.response || error.message));
  process.exit(1);
});
