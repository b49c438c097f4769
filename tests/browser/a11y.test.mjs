// axe-core: no WCAG 2.2 A/AA violations on the pages a citizen sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, axeCheck, screenshot, literal } from './helpers.mjs';
import { ui, content, questionText, queryOf, loadScenariosOnce, onResults, currentQuestion } from './journey.mjs';

const EVENT = 'tennyu';
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('home', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at('#/'));
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  await axeCheck(page, 'home');
  page.assertHealthy();
});

test('a question page (date), a choice question, and a question showing an error', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}`));
  await page.getByRole('button', { name: ui('next') }).waitFor();
  await axeCheck(page, `question「${questionText(await currentQuestion(page, EVENT))}」`);

  // A question with radio buttons, reached by link.
  await page.goto(env.at(`#/${EVENT}/moved_from?moving_date=2026-11-20`));
  await page.getByRole('heading', { level: 1, name: literal(questionText('moved_from')) }).waitFor();
  await axeCheck(page, 'question moved_from');

  // 次へ without an answer: the error summary takes focus and names the problem.
  await page.getByRole('button', { name: ui('next') }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.ok((await alert.textContent()).includes(ui('choose_error')), 'the error says what to do');
  assert.ok(await alert.evaluate((el) => el.contains(document.activeElement)), 'focus moves to the error summary');
  await screenshot(page, 'question-error');
  await axeCheck(page, 'question with an error');
  page.assertHealthy();
});

test('results page', async () => {
  const s = loadScenariosOnce(EVENT)[0];
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}`));
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  assert.ok(await onResults(page));
  await axeCheck(page, 'results');
  page.assertHealthy();
});

test('results page with わからない answers (必要かもしれない手続き)', async () => {
  const s = loadScenariosOnce(EVENT).find((x) => (x.maybe || []).length > 0);
  if (!s) return; // no such scenario yet
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}`));
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  await page.getByRole('region', { name: ui('maybe_heading'), exact: true }).waitFor();
  await axeCheck(page, 'results with maybe');
  page.assertHealthy();
});

test('review page (回答の確認) and the office page', async () => {
  const s = loadScenariosOnce(EVENT)[0];
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/review?${queryOf(s.answers)}`));
  await page.getByRole('heading', { level: 1, name: literal(ui('review_heading')) }).waitFor();
  await axeCheck(page, 'review');
  await page.goto(env.at('#/offices/honcho'));
  await page.getByRole('heading', { level: 1, name: literal(ui('offices_heading')) }).waitFor();
  await axeCheck(page, 'offices');
  page.assertHealthy();
});
