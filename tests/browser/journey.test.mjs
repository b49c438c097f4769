// The 転入 journey as a citizen does it: choose 転入, answer each question on screen, read the
// results; then back, reload, a shared link, and the browser's back button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, loadScenarios, localized, literal } from './helpers.mjs';
import {
  content, ui, event, questionText, procedureTitle, startsWith, currentQuestion, onResults, choiceFor,
  answerAndNext, completeJourney, assertResults, assertDue, neededSection, onReview,
} from './journey.mjs';

const EVENT = 'tennyu';
const file = loadScenarios(EVENT);
const scenarios = file.scenarios.filter((s) => !s.partial);
// The household the detailed checks follow: one with 国民健康保険.
const kokuho = scenarios.find((s) => (s.needed || []).includes('kokuho-kanyu'));

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function startEvent(page) {
  await page.goto(env.at('#/'));
  await page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
  await page.getByRole('button', { name: ui('next') }).waitFor();
}

test('tests/scenarios/tennyu.yaml has a household with 国民健康保険', () => {
  assert.equal(file.event, EVENT);
  assert.ok(scenarios.length >= 1);
  assert.ok(kokuho, 'a scenario whose needed procedures include kokuho-kanyu');
});

for (const [i, s] of scenarios.entries()) {
  test(`scenario ${i + 1}: ${s.name}`, async () => {
    const page = await newPhonePage(env.browser);
    await startEvent(page);
    const asked = await completeJourney(page, EVENT, s.answers);
    assert.deepEqual([...asked].sort(), Object.keys(s.answers).sort(), 'the guide asks exactly the questions the scenario answers');
    await assertResults(page, s);
    await assertDue(page, s);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the results are ${overflow}px wider than the phone screen`);
    await screenshot(page, `results-scenario-${i + 1}`);
    page.assertHealthy();
    await page.context().close();
  });
}

test('back link keeps the answer; reload, shared link and browser back keep the results', async () => {
  const s = kokuho;
  const page = await newPhonePage(env.browser);
  await startEvent(page);
  await screenshot(page, 'question-first');

  // Two questions, then 戻る: the second question again, with its answer still chosen.
  const first = await answerAndNext(page, EVENT, s.answers);
  const second = await answerAndNext(page, EVENT, s.answers);
  const third = await currentQuestion(page, EVENT);
  assert.ok(third, 'a third question');
  await page.getByRole('link', { name: ui('back'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: literal(questionText(second)) }).waitFor();
  assert.equal(await currentQuestion(page, EVENT), second, `戻る from「${questionText(third)}」goes to「${questionText(second)}」`);
  if (content.questions.get(second).type !== 'date') {
    const value = Array.isArray(s.answers[second]) ? s.answers[second][0] ?? 'none' : s.answers[second];
    assert.ok(await choiceFor(page, second, String(value)).isChecked(), `the earlier answer to「${questionText(second)}」is still chosen`);
  }
  await screenshot(page, 'question-back');
  // And once more back to the first.
  await page.getByRole('link', { name: ui('back'), exact: true }).click();
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.includes(t), questionText(first));

  // Forward to the end.
  await completeJourney(page, EVENT, s.answers);
  await assertResults(page, s);
  const needed = neededSection(page);
  await needed.getByRole('heading', { name: procedureTitle('tennyu-todoke'), exact: true }).waitFor();
  await needed.getByRole('heading', { name: procedureTitle('kokuho-kanyu'), exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { name: procedureTitle('zairyu-jukyochi'), exact: true }).count(), 0,
    '在留カード is not shown to an all-Japanese household');
  const resultsUrl = page.url();
  assert.match(resultsUrl, /#\/tennyu\/results\?/);

  // Reload: the answers live in the link, so the same results come back.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  await assertResults(page, s);

  // The link the page offers for keeping / sharing, opened by someone else (fresh browser profile).
  const shareBox = page.getByRole('textbox', { name: ui('share_link_label') });
  const shared = await shareBox.inputValue();
  assert.ok(shared.startsWith(env.server.url), `the share link ${shared} points at this site (${env.server.url})`);
  const other = await newPhonePage(env.browser);
  await other.goto(shared);
  await other.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  await assertResults(other, s);
  await screenshot(other, 'results-shared-link');
  other.assertHealthy();
  await other.context().close();

  // 答えを直す: the review of the answers; the browser's back button returns to the results.
  await page.getByRole('link', { name: ui('change_answers'), exact: true }).click();
  assert.ok(await onReview(page), '答えを直す opens the review');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  assert.ok(await onResults(page));
  await assertResults(page, s);
  page.assertHealthy();
  await page.context().close();
});
