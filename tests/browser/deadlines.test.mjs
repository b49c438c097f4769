// Deadlines as dates: overdue and near-due procedures are pointed out in words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage } from './helpers.mjs';
import { ui, onResults, queryOf, loadScenariosOnce } from './journey.mjs';

const EVENT = 'tennyu';
const s = loadScenariosOnce(EVENT).find((x) => x.due && x.due['tennyu-todoke']);
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

// The browser's today, as the page computes it, moved by `days`.
const isoDaysFromToday = (days) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function resultsMovedOn(movingDate) {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf({ ...s.answers, moving_date: movingDate })}`));
  assert.ok(await onResults(page));
  return page;
}

test('a move 30 days ago: the 14-day deadlines are marked as passed', async () => {
  const page = await resultsMovedOn(isoDaysFromToday(-30));
  assert.ok(await page.getByText(ui('overdue')).first().isVisible(), 'overdue is said in words');
  page.assertHealthy();
});

test('a move 10 days ago: 4 days left is said', async () => {
  const page = await resultsMovedOn(isoDaysFromToday(-10));
  const soon = ui('due_soon').replace('{days}', '4');
  assert.ok(await page.getByText(soon).first().isVisible(), `「${soon}」 is shown`);
  assert.equal(await page.getByText(ui('overdue')).count(), 0, 'nothing is overdue yet');
  page.assertHealthy();
});

test('a move today: no warning yet', async () => {
  const page = await resultsMovedOn(isoDaysFromToday(0));
  assert.equal(await page.getByText(ui('overdue')).count(), 0);
  assert.equal(await page.locator('.urgency').count(), 0, 'no deadline is within a week');
  page.assertHealthy();
});

test('the deadlines download as a calendar file with one all-day event per dated procedure', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}`));
  assert.ok(await onResults(page));
  const link = page.getByRole('link', { name: ui('calendar_download') });
  assert.equal(await link.getAttribute('download'), ui('calendar_file'), 'a file name that does not name the event');
  const href = await link.getAttribute('href');
  assert.match(href, /^data:text\/calendar;charset=utf-8,/);
  const ics = decodeURIComponent(href.slice(href.indexOf(',') + 1)).replace(/\r\n /g, '');
  const events = ics.split('BEGIN:VEVENT').length - 1;
  const dated = await page.locator('li.procedure strong.due').count();
  assert.equal(events, dated, 'one calendar event per procedure with a date');
  const [y, m, d] = s.due['tennyu-todoke'].split('-');
  assert.ok(ics.includes(`DTSTART;VALUE=DATE:${y}${m}${d}`), `転入届 is due on ${s.due['tennyu-todoke']}`);
  page.assertHealthy();
});
