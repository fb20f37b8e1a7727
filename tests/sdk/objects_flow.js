// The official Node SDK (@gohighlevel/api-client), unchanged, on custom fields v2, custom objects and records.
const { HighLevel } = require('@gohighlevel/api-client');

const env = process.env;
HighLevel.BASE_URL = env.GHL_BASE_URL;
const ghl = new HighLevel({ logLevel: 'error', privateIntegrationToken: env.GHL_PIT });
ghl.httpClient.defaults.baseURL = env.GHL_BASE_URL;
const locationId = env.GHL_LOCATION_ID;
const key = 'custom_objects.vehicle';

(async () => {
  const out = {};
  await ghl.objects.createCustomObjectSchema({
    labels: { singular: 'Vehicle', plural: 'Vehicles' }, key, locationId,
    primaryDisplayPropertyDetails: { key: `${key}.model`, name: 'Model', dataType: 'TEXT' } });
  const year = (await ghl.customFields.createCustomField({
    locationId, name: 'Year', dataType: 'NUMERICAL', showInForms: true, objectKey: key, fieldKey: `${key}.year`,
    parentId: '' })).field;
  const folder = await ghl.customFields.createCustomFieldFolder({ objectKey: key, name: 'Specs', locationId });
  await ghl.customFields.updateCustomFieldFolder({ id: folder.id }, { name: 'Specifications', locationId });
  const fields = await ghl.customFields.getCustomFieldsByObjectKey({ objectKey: key, locationId });
  out.fields = fields.fields.map((f) => f.fieldKey).sort();
  out.folders = fields.folders.map((f) => f.name).sort();
  for (const [model, made] of [['Golf', 2019], ['Civic', 2022], ['Leaf', 2021]]) {
    await ghl.objects.createObjectRecord({ schemaKey: key }, { locationId, properties: { model, year: made } });
  }
  const recent = await ghl.objects.searchObjectRecords({ schemaKey: key }, {
    locationId, page: 1, pageLimit: 10, query: '', searchAfter: [],
    filters: [{ field: 'properties.year', operator: 'range', value: { gte: 2020 } }],
    sort: [{ field: 'properties.year', direction: 'desc' }] });
  out.recent = recent.records.map((r) => r.properties.model);
  const golf = (await ghl.objects.searchObjectRecords({ schemaKey: key }, {
    locationId, page: 1, pageLimit: 10, query: 'golf', searchAfter: [] })).records[0];
  const changed = await ghl.objects.updateObjectRecord({ schemaKey: key, id: golf.id, locationId },
                                                       { properties: { year: 2020 } });
  out.changedYear = changed.record.properties.year;
  out.read = (await ghl.objects.getRecordById({ schemaKey: key, id: golf.id })).record.properties.model;
  try {
    await ghl.objects.createObjectRecord({ schemaKey: key }, { locationId, properties: { model: 'X', year: 'new' } });
    out.badYear = 'accepted';
  } catch (error) {
    out.badYear = [error.statusCode, error.response?.message];
  }
  out.deleted = (await ghl.objects.deleteObjectRecord({ schemaKey: key, id: golf.id })).success;
  out.deletedField = (await ghl.customFields.deleteCustomField({ id: year.id })).succeded;
  await ghl.customFields.deleteCustomFieldFolder({ id: folder.id, locationId });
  const schema = await ghl.objects.getObjectSchemaByKey({ key, locationId, fetchProperties: 'true' });
  out.left = schema.fields.map((f) => f.fieldKey);
  out.objects = (await ghl.objects.getObjectByLocationId({ locationId })).objects.map((o) => o.key);
  console.log(JSON.stringify(out));
})().catch((error) => {
  console.error('FAILED', error.statusCode, JSON.stringify(error.response || error.message));
  process.exit(1);
});
