// One household through each life event on a phone: choose the event on the home page,
// answer every question on screen, check the review, and see exactly the scenario's
// procedures. Which household: the first of tests/scenarios/<event>.yaml that answers a date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, localized } from './helpers.mjs';
import { content, event, startsWith, completeJourney, assertResults, assertDue, loadScenariosOnce, ui } from './journey.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const available = content.events.filter((e) => e.status === 'available');

test('all eight life events are available', () => {
  assert.deepEqual(available.map((e) => e.id).sort(), ['kekkon', 'ninshin-shussei', 'rikon', 'shibou', 'shimei-henko', 'tenkyo', 'tennyu', 'tenshutsu']);
});

for (const e of available) {
  test(`${e.id}: a household from home page to results`, async () => {
    const scenarios = loadScenariosOnce(e.id);
    const s = scenarios.find((x) => x.due && Object.keys(x.due).length) || scenarios[0];
    const page = await newPhonePage(env.browser);
    await page.goto(env.at('#/'));
    await page.getByRole('link', { name: startsWith(localized(event(e.id).title)) }).click();
    await page.getByRole('button', { name: ui('next') }).waitFor();
    const asked = await completeJourney(page, e.id, s.answers);
    assert.deepEqual([...asked].sort(), Object.keys(s.answers).sort(), `「${s.name}」: the guide asks exactly the questions the scenario answers`);
    await assertResults(page, s);
    await assertDue(page, s);
    await screenshot(page, `results-${e.id}`);
    page.assertHealthy();
  });
}
