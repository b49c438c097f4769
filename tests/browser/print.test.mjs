// The print view is a handout for the counter: no navigation or buttons, a box to tick per
// procedure, the deadlines, and the QR code back to the answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, newPhonePage, OUTPUT } from './helpers.mjs';
import { ui, onResults, queryOf, loadScenariosOnce, procedureTitle } from './journey.mjs';

const EVENT = 'tennyu';
const s = loadScenariosOnce(EVENT).find((x) => x.due && Object.keys(x.due).length) || loadScenariosOnce(EVENT)[0];
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('print: no chrome, tick boxes, deadlines and the QR code', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}`));
  assert.ok(await onResults(page));
  await page.emulateMedia({ media: 'print' });
  const shown = (locator) => locator.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
  assert.equal(await shown(page.locator('.site-header, .actions, .back-link, .button')), 0, 'no navigation or buttons on paper');
  assert.equal(await shown(page.getByRole('img', { name: ui('qr_label') })), 1, 'the QR code back to the answers is printed');
  const first = page.locator('.procedure > h4').first();
  const box = await first.evaluate((h) => getComputedStyle(h, '::before').content);
  assert.match(box, /□/, 'each procedure has a box to tick');
  for (const id of s.needed) {
    assert.ok(await page.getByRole('heading', { level: 4, name: procedureTitle(id) }).isVisible(), `${id} is on the sheet`);
  }
  await page.screenshot({ path: path.join(OUTPUT, 'print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 10_000, 'an A4 PDF is produced');
  page.assertHealthy();
});
