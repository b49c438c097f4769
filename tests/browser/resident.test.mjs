// Issue 16: a Brazilian family who arrived from São Paulo two days ago, on a phone in
// Português. They are never asked about a マイナンバーカード (a foreign resident's card lapses
// on moving abroad), sections carry the Japanese name on the sign, and the offices with a
// published number can be called with one tap.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, useLanguage, localized, literal, readYaml } from './helpers.mjs';
import { ui, event, startsWith, completeJourney, assertResults, loadScenariosOnce } from './journey.mjs';

const EVENT = 'tennyu';
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });
afterEach(() => useLanguage('ja'));

const digits = (phone) => phone.replace(/[^0-9+]/g, '');

test('a Brazilian family from abroad, in Português: no card question, names on the sign, phones to tap', async () => {
  const s = loadScenariosOnce(EVENT).find((x) => x.answers.moved_from === 'abroad' && x.answers.nationality === 'foreign'
    && (x.answers.household || []).includes('nursery'));
  assert.ok(s, 'tests/scenarios/tennyu.yaml has the family from abroad with a baby for the 保育所');
  const page = await newPhonePage(env.browser);
  await page.goto(env.at('#/?lang=pt'));
  useLanguage('pt');
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
  await page.getByRole('button', { name: ui('next') }).waitFor();
  const asked = await completeJourney(page, EVENT, s.answers);
  assert.ok(!asked.includes('has_card'), `the マイナンバーカード question is not asked: ${asked.join(', ')}`);
  assert.ok(asked.includes('nationality') && asked.includes('pension'), `asked: ${asked.join(', ')}`);
  await assertResults(page, s);

  // The 住民課 group is headed in Portuguese with 住民課 beside it, marked as Japanese.
  const jumin = readYaml('content/sections.yaml').sections.find((x) => x.id === 'jumin');
  const heading = page.locator('section.group > h3').filter({ hasText: literal(`（${jumin.name}）`) });
  assert.equal(await heading.count(), 1, 'one group headed with （住民課）');
  assert.equal(await heading.locator('.ja-name[lang="ja"]').count(), 1);
  await screenshot(page, 'resident-pt-results');

  // Every published number on the offices page is a tel: link.
  const offices = readYaml('content/offices.yaml').offices;
  const sections = readYaml('content/sections.yaml').sections;
  const phones = [...offices, ...sections].filter((x) => x.phone).map((x) => digits(x.phone));
  assert.ok(phones.length >= 5, `the content publishes numbers: ${phones.join(', ')}`);
  await page.goto(env.at('#/offices?lang=pt'));
  await page.getByRole('heading', { level: 1, name: ui('offices_heading') }).waitFor();
  const tels = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').slice(4)));
  for (const p of phones) assert.ok(tels.includes(p), `tel:${p} is a link on the offices page (got ${tels.join(', ')})`);
  // A section's number sits beside its name, with the Japanese name of the sign.
  const seikatsu = sections.find((x) => x.id === 'seikatsu-kankyo');
  const item = page.locator('li').filter({ has: page.locator(`a[href="tel:${digits(seikatsu.phone)}"]`) })
    .filter({ hasText: literal(`（${seikatsu.name}）`) });
  assert.ok((await item.count()) >= 1, '生活環境課 is listed with its Japanese name and its number');
  // The names wrap: the page does not scroll sideways at 320 px.
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scroll at 320 px (overflow ${overflow}px)`);
  await screenshot(page, 'resident-pt-offices-320');
  page.assertHealthy();
});
