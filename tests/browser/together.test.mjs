// Several events at once (issue 13): from the home page to the picker of the combinations
// content offers, one journey that asks each question once, the review with a 変更, one
// plan where a procedure both events need is listed once "for" both, the share link
// reloaded, the printed sheet, the counter's view of the pasted link, and a tampered link.
// And finding a procedure by name from the home page. Phone viewport, axe on every new page.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, axeCheck, useLanguage, readYaml, literal, localized } from './helpers.mjs';
import {
  ui, event, questionText, procedureTitle, onResults, onReview, answerUntilReview, waitForNewHeading,
  assertResults, queryOf, neededSection, currentQuestion, content,
} from './journey.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });
afterEach(() => useLanguage('ja'));

const scenarios = (combo) => readYaml(`tests/scenarios/combinations/${combo}.yaml`).scenarios.filter((s) => !s.partial);
const fill = (text, values) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), text);
const title = (id) => localized(event(id).title);
/** "結婚のため、転入（…）のため": the line a card shows for a procedure listed for several events. */
const forEvents = (ids) => ids.map((id) => fill(ui('reason_event'), { event: title(id) })).join(ui('list_separator'));
const squash = (s) => s.replace(/\s+/g, '');

// Each combination with a household and a procedure both of its events need.
const CASES = [
  { combo: 'tennyu+kekkon', scenario: 1, shared: 'kokuho-kanyu', langs: ['ja', 'en'] },
  { combo: 'tenkyo+rikon', scenario: 0, shared: 'mynumber-kisai-henko', langs: ['ja', 'pt'] },
];

for (const { combo, scenario, shared, langs } of CASES) {
  for (const lang of langs) {
    test(`${combo} (${lang}): picked from the home page, each question once, one plan, share, print, counter`, async () => {
      useLanguage(lang);
      const s = scenarios(combo)[scenario];
      const ids = combo.split('+');
      const page = await newPhonePage(env.browser);
      await page.goto(env.at(lang === 'ja' ? '#/' : `#/?lang=${lang}`));
      // A single event stays one tap: every event is still a link on the home page.
      for (const id of ids) await page.getByRole('link', { name: new RegExp('^' + literal(title(id)).source) }).waitFor();
      await page.getByRole('link', { name: ui('combine_link'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ui('combine_heading') }).waitFor();
      await axeCheck(page, `combination picker (${lang})`);
      await screenshot(page, `together-picker-${lang}`);
      const name = ids.map(title).join(ui('list_separator'));
      await page.getByRole('link', { name, exact: true }).click();
      assert.equal(await page.evaluate(() => location.hash.split('?')[0].split('/')[1]), combo);

      // One journey: every question the guide asks is one of the events', and asked once.
      const asked = await answerUntilReview(page, combo, s.answers);
      assert.equal(new Set(asked).size, asked.length, `a question was asked twice: ${asked.join(', ')}`);
      const separately = ids.reduce((n, id) => n + event(id).questions.length, 0);
      assert.ok(asked.length < separately, `${asked.length} questions asked, fewer than the events' ${separately} together`);
      console.log(`${combo} (${lang}): ${asked.length} questions asked`);
      const h1 = await page.getByRole('heading', { level: 1 }).textContent();
      for (const id of ids) assert.ok(squash(h1).includes(squash(title(id))), `the review names ${title(id)}: ${h1}`);

      // 変更 from the review opens that question, and 次へ returns to the review.
      const first = asked[0];
      await page.getByRole('link', { name: new RegExp(`${literal(ui('change')).source}\\s*${literal(localized(readLabel(first))).source}`) }).click();
      assert.equal(await currentQuestion(page, combo), first);
      const before = await page.getByRole('heading', { level: 1 }).textContent();
      await page.getByRole('button', { name: ui('next') }).click();
      await waitForNewHeading(page, before);
      assert.ok(await onReview(page), 'back on the review after the change');

      await page.getByRole('link', { name: ui('show_results'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(literal(ui('results_heading')).source) }).waitFor();
      await assertResults(page, s);
      // The shared procedure: once, for both events.
      const card = neededSection(page).locator('li.procedure').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp('^' + literal(procedureTitle(shared)).source) }) });
      assert.equal(await card.count(), 1, `${shared} is listed once`);
      assert.ok(squash(await card.textContent()).includes(squash(forEvents(ids))), `${shared} says it is for ${forEvents(ids)}`);
      await axeCheck(page, `combined results ${combo} (${lang})`);
      await screenshot(page, `together-results-${combo}-${lang}`);

      // The share link (and so the QR code) restores the same combined results.
      const link = await page.locator('input.share-link').inputValue();
      assert.match(link, new RegExp(`#/${literal(combo).source}/results\\?`));
      const shared2 = await newPhonePage(env.browser);
      // The link itself carries no language (a shared link opens in the reader's): name it here.
      await shared2.goto(lang === 'ja' ? link : `${link}&lang=${lang}`);
      // In another language the page first waits for its texts: wait for the heading itself.
      await shared2.getByRole('heading', { level: 1, name: new RegExp(literal(ui('results_heading')).source) }).waitFor();
      await assertResults(shared2, s);
      await shared2.reload();
      assert.ok(await onResults(shared2), 'and again after a reload');

      // The printed sheet names both events and lists the shared procedure once.
      await page.emulateMedia({ media: 'print' });
      const sheet = page.locator('.sheet');
      const sheetText = squash(await sheet.innerText());
      for (const id of ids) assert.ok(sheetText.includes(squash(title(id))), `the sheet names ${title(id)}`);
      const names = await sheet.locator('.sheet-name').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? e.textContent));
      assert.equal(names.filter((n) => n.trim() === procedureTitle(shared)).length, 1, `${shared} is printed once: ${names.join(' / ')}`);
      await page.emulateMedia({ media: 'screen' });

      // The calendar file holds the earliest deadline of the shared procedure once.
      const ics = await page.locator('p.calendar a').getAttribute('href').catch(() => null);
      if (s.due && s.due[shared]) {
        const text = decodeURIComponent(ics.split(',').slice(1).join(','));
        const day = s.due[shared].replaceAll('-', '');
        assert.equal(text.split(`DTSTART;VALUE=DATE:${day}`).length - 1 >= 1, true, `the calendar has ${shared} on ${day}`);
      }

      // At the counter: the pasted link opens the same plan in staff mode.
      const staff = await newPhonePage(env.browser);
      await staff.goto(env.at(lang === 'ja' ? '#/staff' : `#/staff?lang=${lang}`));
      await staff.locator('#staff-link').fill(link);
      await staff.getByRole('button', { name: ui('staff_open'), exact: true }).click();
      // At the counter the page speaks to the citizen in their language (「この方に…」 only in Japanese).
      const staffHeading = ui(lang === 'ja' ? 'staff_results_heading' : 'results_heading');
      await staff.getByRole('heading', { level: 1, name: new RegExp(literal(staffHeading).source) }).waitFor();
      await assertResults(staff, s);
      page.assertHealthy();
      shared2.assertHealthy();
      staff.assertHealthy();
    });
  }
}

function readLabel(qid) {
  return content.questions.get(qid).label;
}

test('a tampered combined link keeps what it can and says what it dropped', async () => {
  const s = scenarios('tennyu+kekkon')[1];
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/tennyu+kekkon+bogus/results?${queryOf(s.answers)}`));
  assert.ok(await onResults(page), 'the results of the two real events');
  await assertResults(page, s);
  const notice = page.getByRole('status').filter({ hasText: 'bogus' });
  assert.equal(await notice.count(), 1, 'a notice names the dropped part of the link');
  assert.ok((await notice.textContent()).includes(fill(ui('link_events'), { events: 'bogus' })));
  page.assertHealthy();
});

for (const lang of ['ja', 'pt']) {
  test(`a procedure found by name from the home page, with links into its events (${lang})`, async () => {
    useLanguage(lang);
    const page = await newPhonePage(env.browser);
    await page.goto(env.at(lang === 'ja' ? '#/' : `#/?lang=${lang}`));
    await page.getByRole('link', { name: ui('search_link'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ui('search_heading') }).waitFor();
    const box = page.getByRole('searchbox', { name: ui('search_label') });
    // By its name in the language shown, and (in any language) by its Japanese name.
    for (const query of [procedureTitle('jido-teate'), '児童手当']) {
      await box.fill(query);
      const found = page.locator('li.found').filter({ hasText: procedureTitle('jido-teate') });
      await found.first().waitFor();
      assert.ok((await page.locator('#search-count').textContent()).trim().length > 0, 'the count is said');
    }
    // A reading finds a name written in kanji (いんかん → 印鑑登録).
    await box.fill('いんかんとうろく');
    const inkan = page.locator('li.found').filter({ hasText: procedureTitle('inkan-toroku') });
    await inkan.waitFor();
    await axeCheck(page, `search by name (${lang})`);
    await screenshot(page, `search-${lang}`);
    // Its events are links that start that event.
    await inkan.getByRole('link', { name: new RegExp('^' + literal(title('tennyu')).source) }).click();
    const q = await currentQuestion(page, 'tennyu');
    assert.ok(q, 'the 転入 journey starts at a question');
    assert.ok(questionText(q));
    page.assertHealthy();
  });
}
