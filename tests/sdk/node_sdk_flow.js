// The official Node SDK (@gohighlevel/api-client), unchanged, against ghl-mock.
// It sends Version: 2023-02-21, snake_case OAuth forms and /oauth/locationToken.
const { HighLevel } = require('@gohighlevel/api-client');

const env = process.env;
const base = env.GHL_BASE_URL;
HighLevel.BASE_URL = base;

function client(config) {
  const sdk = new HighLevel({ logLevel: 'error', ...config });
  sdk.httpClient.defaults.baseURL = base;
  return sdk;
}

(async () => {
  const out = {};
  const ghl = client({ privateIntegrationToken: env.GHL_PIT });
  const locationId = env.GHL_LOCATION_ID;
  const created = await ghl.contacts.createContact({ locationId, firstName: 'Node', lastName: 'SDK',
                                                     email: 'Node@SDK.test', phone: '+1 415 555 0123' });
  const contactId = created.contact.id;
  const fetched = (await ghl.contacts.getContact({ contactId })).contact;
  out.contact = { email: fetched.email, phone: fetched.phone };
  const found = await ghl.contacts.searchContactsAdvanced({ locationId, pageLimit: 10,
    filters: [{ field: 'email', operator: 'eq', value: 'node@sdk.test' }] });
  out.searchTotal = found.total;
  out.tags = (await ghl.contacts.addTags({ contactId }, { tags: ['vip'] })).tags;

  const calendar = (await ghl.calendars.createCalendar({ locationId, name: 'Node calendar',
    openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 }] }] })).calendar;
  const week = { calendarId: calendar.id, startDate: Number(env.GHL_MONDAY_MS), endDate: Number(env.GHL_MONDAY_MS) + 86400000 - 1 };
  const slots = await ghl.calendars.getSlots(week);
  const day = Object.keys(slots).find((key) => key !== 'traceId');
  const first = slots[day].slots[0];
  const booked = await ghl.calendars.createAppointment({ calendarId: calendar.id, locationId, contactId, startTime: first });
  out.booked = booked.startTime;
  try {
    await ghl.calendars.createAppointment({ calendarId: calendar.id, locationId, contactId, startTime: first });
    out.doubleBooking = 'accepted';
  } catch (error) {
    out.doubleBooking = [error.statusCode, error.response?.message];
  }
  const after = await ghl.calendars.getSlots(week);
  out.slotGone = !after[day].slots.includes(first);

  const code = env.GHL_CODE, clientId = env.GHL_CLIENT_ID, clientSecret = env.GHL_CLIENT_SECRET;
  const grant = await ghl.oauth.getAccessToken({ client_id: clientId, client_secret: clientSecret,
                                                 grant_type: 'authorization_code', code, user_type: 'Company' });
  const refreshed = await ghl.oauth.refreshToken(grant.refresh_token, clientId, clientSecret, 'refresh_token', 'Company');
  out.refreshRotates = refreshed.refresh_token !== grant.refresh_token;
  const agency = client({ agencyAccessToken: refreshed.access_token, clientId, clientSecret });
  const exchanged = await agency.oauth.getLocationAccessToken({ companyId: env.GHL_COMPANY_ID, locationId });
  out.exchanged = exchanged.userType;
  console.log(JSON.stringify(out));
})().catch((error) => {
  console.error('FAILED', error.statusCode, JSON.stringify(error.response || error.message));
  process.exit(1);
});
