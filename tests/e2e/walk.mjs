// The steps many end-to-end walks begin with, as an adviser takes them in English: a case with a
// child and the visiting mother, a referral sent and accepted, a session held and its attendance.
import { choose, click, fill, see, ukDay } from './app.mjs';

/** From the register: a new case with one child and the visiting mother. */
export async function newCaseWithFamily(b, { number, name, child }) {
  await click(b, '[data-testid="create-case"]');
  await fill(b, 'court_case_number', number);
  await fill(b, 'case_name', name);
  await fill(b, 'court', 'Family Court at Cardiff');
  await click(b, '[data-testid="save-case"]');
  await click(b, '[data-testid="part-people"]');
  await click(b, '[data-testid="add-child"]');
  await fill(b, 'full_name', child);
  await fill(b, 'date_of_birth', '03/05/2019');
  await click(b, '[data-testid="save-child"]');
  await see(b, `h3=${child}`);
  await click(b, '[data-testid="add-adult"]');
  await fill(b, 'full_name', 'Gwenllïan ap Dafydd');
  await choose(b, 'role', 'mother');
  await choose(b, 'party', 'visiting');
  await click(b, '[data-testid="save-adult"]');
  await see(b, 'h3=Gwenllïan ap Dafydd');
}

/** From the case: a referral for `service` at the Cardiff centre, sent, received and accepted
 * today (sessions are held only on an accepted referral). `more` fills the service's own fields;
 * `planned` is the number of sessions planned, or null where the form asks none. */
export async function newAcceptedReferral(b, { service, plan, planned = '3', more = async () => {} }) {
  await click(b, '[data-testid="part-referrals"]');
  await click(b, '[data-testid="add-referral"]');
  await choose(b, 'service', service);
  await more();
  await fill(b, 'provider_name', 'Canolfan Gyswllt Caerdydd');
  await fill(b, 'risk_assessment', 'No current safeguarding issues.');
  await fill(b, 'risk_assessed_on', ukDay(-30));
  await fill(b, 'risk_assessed_by', 'Ffion Hughes, FCA');
  // Level 1 services plan no number of sessions (`planned: null`).
  if (planned !== null) await fill(b, 'planned_sessions', planned);
  await fill(b, 'session_plan', plan);
  for (const box of await b.$$('#field-permitted, [id^="field-permitted-"]')) await box.click();
  await click(b, '[data-testid="save-referral"]');
  await click(b, '[data-testid="mark-sent"]');
  await see(b, '.govuk-notification-banner');
  await fill(b, 'received_on', ukDay(0));
  await fill(b, 'accepted_on', ukDay(0));
  await click(b, '[data-testid="dates-form"] button[type="submit"]');
  await see(b, 'p=Dates saved');
}

/** From the referral: a session that took place at 10:00 on `date`, and who came to it, each
 * leaving at `departed`. */
export async function newSessionAttended(b, { date, minutes, departed }) {
  await click(b, '[data-testid="add-session"]');
  await fill(b, 'date', date);
  await fill(b, 'start_time', '10:00');
  await fill(b, 'duration_minutes', String(minutes));
  await fill(b, 'venue', 'Canolfan Gyswllt Caerdydd, room 2');
  await fill(b, 'supervisor', 'Rhys Price');
  await choose(b, 'status', 'took_place');
  await click(b, '[data-testid="save-session"]');
  await see(b, '[data-testid="sessions"]');
  await click(b, 'a*=Record attendance');
  await choose(b, 'person', 'child-1');
  await fill(b, 'arrived', '09:55');
  await fill(b, 'departed', departed);
  await fill(b, 'brought_by', 'Foster carer');
  await click(b, '[data-testid="save-attendance"]');
  await see(b, '[data-testid="attendance-list"]');
  await choose(b, 'person', 'adult-1');
  await fill(b, 'arrived', '09:50');
  await fill(b, 'departed', departed);
  await click(b, '[data-testid="save-attendance"]');
  await b.waitUntil(async () => (await (await b.$('[data-testid="attendance-list"]')).getText()).includes('Gwenllïan'));
}
