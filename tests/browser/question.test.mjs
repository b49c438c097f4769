// How a question screen behaves: exclusive choices, the error summary link, the help text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, literal } from './helpers.mjs';
import { content, ui, event, questionText, choiceFor, queryOf, loadScenariosOnce } from './journey.mjs';

const EVENT = 'tennyu';
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** The link to question `qid` with the answers a scenario gives to the questions before it. */
function linkTo(qid) {
  const order = event(EVENT).questions;
  const s = loadScenariosOnce(EVENT).find((x) => qid in x.answers);
  const before = Object.fromEntries(Object.entries(s.answers).filter(([k]) => order.indexOf(k) < order.indexOf(qid)));
  return env.at(`#/${EVENT}/${qid}?${queryOf(before)}`);
}

test('a multiple-choice question: 「どれもあてはまらない」 and the other options exclude each other', async () => {
  const multi = event(EVENT).questions.find((q) => content.questions.get(q).type === 'multiple');
  const q = content.questions.get(multi);
  const page = await newPhonePage(env.browser);
  await page.goto(linkTo(multi));
  await page.getByRole('heading', { level: 1, name: literal(questionText(multi)) }).waitFor();
  const a = choiceFor(page, multi, q.options[0].id);
  const b = choiceFor(page, multi, q.options[1].id);
  const none = choiceFor(page, multi, 'none');
  await a.check();
  await b.check();
  assert.ok(await a.isChecked() && await b.isChecked(), 'two options can be chosen together');
  await none.check();
  assert.ok(await none.isChecked());
  assert.ok(!(await a.isChecked()) && !(await b.isChecked()), `「${ui('none_of_these')}」 clears the other choices`);
  await a.check();
  assert.ok(!(await none.isChecked()), `choosing an option clears 「${ui('none_of_these')}」`);
  page.assertHealthy();
});

test('the error summary link moves focus to the first choice', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(linkTo('moved_from'));
  await page.getByRole('heading', { level: 1, name: literal(questionText('moved_from')) }).waitFor();
  await page.getByRole('button', { name: ui('next') }).click();
  const urlBefore = page.url();
  await page.getByRole('alert').getByRole('link', { name: ui('choose_error') }).click();
  const first = page.getByRole('radio').first();
  assert.ok(await first.evaluate((el) => el === document.activeElement), 'focus is on the first choice');
  assert.equal(page.url(), urlBefore, 'the link does not change the address (which holds the page)');
  // Choosing an answer then works.
  await first.check();
  await page.getByRole('button', { name: ui('next') }).click();
  await page.waitForFunction((t) => !document.querySelector('h1')?.textContent.includes(t), questionText('moved_from'));
  page.assertHealthy();
});

test('help text opens under 「くわしい説明」', async () => {
  const qid = event(EVENT).questions.find((q) => content.questions.get(q).help);
  const page = await newPhonePage(env.browser);
  await page.goto(linkTo(qid));
  await page.getByRole('heading', { level: 1, name: literal(questionText(qid)) }).waitFor();
  const help = content.questions.get(qid).help;
  const text = typeof help === 'string' ? help : help.ja;
  const body = page.getByText(text.slice(0, 20));
  assert.ok(!(await body.isVisible()), 'the help is folded at first');
  await page.getByText(ui('help_label')).click();
  await body.waitFor({ state: 'visible' });
  page.assertHealthy();
});
