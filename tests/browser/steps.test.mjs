// The results open with the plan at a glance: every step once, in the order to do them
// (content's `after:`), grouped into visits, one line each, each taking the reader to its
// details without leaving the results. In Japanese and in Portuguese, on a phone, with axe.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, axeCheck, useLanguage, literal } from './helpers.mjs';
import { ui, onResults, queryOf, loadScenariosOnce, procedureTitle, neededSection, procedureTitlesIn } from './journey.mjs';

const EVENT = 'tennyu';
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });
afterEach(() => useLanguage('ja'));

// A family moving in with children: 転入届, then 国保, then 子ども医療費 (content's after: edges).
const family = () => loadScenariosOnce(EVENT).find((s) =>
  ['tennyu-todoke', 'kokuho-kanyu', 'kodomo-iryo'].every((id) => (s.needed || []).includes(id)));

for (const lang of ['ja', 'pt']) {
  test(`the plan at a glance comes first, in order, and links to each procedure's details (${lang})`, async () => {
    const s = family();
    assert.ok(s, 'a tennyu scenario with 転入届, 国保 and 子ども医療費');
    useLanguage(lang);
    const page = await newPhonePage(env.browser);
    const hash = `#/${EVENT}/results?${queryOf(s.answers)}${lang === 'ja' ? '' : `&lang=${lang}`}`;
    await page.goto(env.at(hash));
    assert.ok(await onResults(page));
    const plan = page.getByRole('region', { name: ui('plan_heading'), exact: true });
    await plan.waitFor();
    // Before the details: the plan's heading comes before the needed procedures' heading.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    assert.ok(headings.indexOf(ui('plan_heading')) < headings.indexOf(ui('needed_heading')), headings.join(' / '));

    // Every step the details list, once, and nothing else.
    const steps = plan.locator('.visit li a');
    // In other languages the Japanese name follows (.ja-name): compare the title itself.
    const shown = await steps.evaluateAll((as) => as.map((a) => {
      const c = a.cloneNode(true);
      c.querySelectorAll('.ja-name').forEach((e) => e.remove());
      return c.textContent.trim();
    }));
    const details = await procedureTitlesIn(neededSection(page));
    assert.deepEqual([...shown].sort(), [...details].sort(), 'each needed procedure is one step');
    const at = (id) => shown.indexOf(procedureTitle(id));
    assert.ok(at('tennyu-todoke') < at('kokuho-kanyu') && at('kokuho-kanyu') < at('kodomo-iryo'),
      `転入届 → 国保 → 子ども医療費: ${shown.join(' / ')}`);
    // The later visit says which visit it waits for.
    const waiting = plan.locator('.visit').filter({ has: page.getByRole('link', { name: literal(procedureTitle('kodomo-iryo')) }) });
    assert.match(await waiting.locator('.after').textContent(), /\d/);

    // A step takes the reader to its card, and the address stays the results'.
    const before = await page.evaluate(() => location.hash);
    await plan.getByRole('link', { name: literal(procedureTitle('kodomo-iryo')) }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'proc-kodomo-iryo');
    assert.equal(await page.evaluate(() => location.hash), before);
    assert.ok(await onResults(page), 'still on the results');

    await screenshot(page, `results-plan-${lang}`);
    await axeCheck(page, `results with the plan (${lang})`);
    page.assertHealthy();
  });
}
