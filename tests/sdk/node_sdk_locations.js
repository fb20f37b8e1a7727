// The official Node SDK (@gohighlevel/api-client), unchanged, on a location's tags and custom values.
const { HighLevel } = require('@gohighlevel/api-client');

const env = process.env;
HighLevel.BASE_URL = env.GHL_BASE_URL;
const ghl = new HighLevel({ logLevel: 'error', privateIntegrationToken: env.GHL_PIT });
ghl.httpClient.defaults.baseURL = env.GHL_BASE_URL;
const locationId = env.GHL_LOCATION_ID;
const locations = ghl.locations;

(async () => {
  const out = {};
  const contact = (await ghl.contacts.createContact({ locationId, firstName: 'Tagged', tags: ['newsletter'] })).contact;
  const vip = (await locations.createTag({ locationId }, { name: 'VIP' })).tag;
  await ghl.contacts.addTags({ contactId: contact.id }, { tags: ['vip'] });
  out.listed = (await locations.getLocationTags({ locationId })).tags.map((t) => t.name).sort();
  out.renamed = (await locations.updateTag({ locationId, tagId: vip.id }, { name: 'Gold' })).tag.name;
  out.read = (await locations.getTagById({ locationId, tagId: vip.id })).tag.name;
  out.contactTags = (await ghl.contacts.getContact({ contactId: contact.id })).contact.tags.sort();
  out.deleted = (await locations.deleteTag({ locationId, tagId: vip.id })).succeded;
  out.afterDelete = (await ghl.contacts.getContact({ contactId: contact.id })).contact.tags;
  try {
    await locations.createTag({ locationId }, { name: 'newsletter' });
    out.duplicate = 'accepted';
  } catch (error) {
    out.duplicate = [error.statusCode, error.response?.message];
  }

  const value = (await locations.createCustomValue({ locationId }, { name: 'Support Email', value: 'a@acme.test' }))
    .customValue;
  out.fieldKey = value.fieldKey;
  await locations.updateCustomValue({ locationId, id: value.id }, { name: 'Support Email', value: 'b@acme.test' });
  out.value = (await locations.getCustomValue({ locationId, id: value.id })).customValue.value;
  out.values = (await locations.getCustomValues({ locationId })).customValues.length;
  out.valueDeleted = (await locations.deleteCustomValue({ locationId, id: value.id })).succeded;
  out.valuesAfter = (await locations.getCustomValues({ locationId })).customValues.length;
  console.log(JSON.stringify(out));
})().catch((error) => {
  console.error(error.stack || error);
  process.exit(1);
});
