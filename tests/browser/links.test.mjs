// Links that were edited by hand, cut short or are plainly wrong still end on a real page
// that says what could not be used, and keeps the rest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, literal } from './helpers.mjs';
import {
  content, ui, questionText, currentQuestion, onResults, answerAndNext, completeJourney,
  assertResults, queryOf, loadScenariosOnce,
} from './journey.mjs';

const EVENT = 'tennyu';
const s = loadScenariosOnce(EVENT).find((x) => x.answers.moved_from === 'other_city') || loadScenariosOnce(EVENT)[0];
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const notice = (page) => page.getByRole('status');

async function assertNotBlank(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  assert.ok((await h1.textContent()).trim().length > 0, 'the page has a heading');
  const text = (await page.getByRole('main').textContent()).trim();
  assert.ok(text.length > 20, 'the page is not blank');
}

test('a tampered results link: the notice names what was dropped, the other answers are kept', async () => {
  const { moved_from: _dropped, ...rest } = s.answers;
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?moved_from=mars&bogus=1&${queryOf(rest)}`));
  await assertNotBlank(page);
  await notice(page).first().waitFor();
  const text = await notice(page).first().textContent();
  assert.ok(text.includes('bogus'), `the notice names the unknown part "bogus": ${text}`);
  assert.ok(!page.url().includes('bogus') && !page.url().includes('mars'), `the redirect dropped the junk: ${page.url()}`);
  const label = content.questions.get('moved_from').label;
  assert.ok(text.includes('moved_from') || text.includes(label), `the notice names the answer that could not be read (moved_from / ${label}): ${text}`);
  // moved_from is the only answer missing, so the guide asks it, and only it.
  assert.equal(await currentQuestion(page, EVENT), 'moved_from', `the guide asks「${questionText('moved_from')}」again`);
  await screenshot(page, 'tampered-link');
  await answerAndNext(page, EVENT, s.answers);
  // Everything else was kept: the remaining questions are either none or those the scenario answers.
  await completeJourney(page, EVENT, s.answers);
  assert.ok(await onResults(page));
  await assertResults(page, s);
  page.assertHealthy();
});

test('an unknown key on a complete results link: results, with a notice', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}&bogus=1`));
  await assertNotBlank(page);
  assert.ok(await onResults(page), 'the results are shown');
  const text = await notice(page).first().textContent();
  assert.ok(text.includes('bogus'), `the notice names "bogus": ${text}`);
  // The address is corrected in place: the junk is gone, the answers stay.
  await page.waitForFunction(() => !location.hash.includes('bogus'));
  await assertResults(page, s);
  page.assertHealthy();
});

test('results asked for too early: the next question is shown instead', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results`));
  await assertNotBlank(page);
  assert.ok(await currentQuestion(page, EVENT), 'a question of 転入 is shown');
  page.assertHealthy();
});

for (const [hash, key, what] of [
  ['#/nosuchevent', 'unknown_event', 'an unknown event'],
  ['#/nosuchevent/results?a=b', 'unknown_event', 'an unknown event with answers'],
  ['#/offices/../tennyu', 'page_not_found', 'a path with dot segments'],
  ['#/a/b/c', 'page_not_found', 'a path that names no page'],
]) {
  test(`${what} (${hash}) shows home with a notice`, async () => {
    const page = await newPhonePage(env.browser);
    await page.goto(env.at(hash));
    await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
    await assertNotBlank(page);
    await notice(page).filter({ hasText: literal(ui(key)) }).waitFor();
    if (hash === '#/nosuchevent') await screenshot(page, 'unknown-event');
    page.assertHealthy();
  });
}
