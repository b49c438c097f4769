// 回答の確認 (review): every answer with a 変更 link that returns straight to the review,
// also when the change makes a new question necessary; and the offices the results link to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, localized, literal, readYaml } from './helpers.mjs';
import {
  content, ui, questionText, currentQuestion, onResults, onReview, answer, answerUntilReview, reviewedAnswers,
  choiceFor, assertResults, loadScenariosOnce, queryOf, procedureTitle, neededSection, waitForNewHeading,
} from './journey.mjs';

const EVENT = 'tennyu';
const label = (q) => localized(content.questions.get(q).label);
// A household from another city in Japan with 国民健康保険 and no pension question asked.
const s = loadScenariosOnce(EVENT).find((s) => s.answers.moved_from === 'other_city' && (s.needed || []).includes('kokuho-kanyu'));

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function toReview(page, answers) {
  await page.goto(env.at(`#/${EVENT}`));
  await page.getByRole('button', { name: ui('next') }).waitFor();
  return answerUntilReview(page, EVENT, answers);
}

async function change(page, q) {
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: `${ui('change')} ${label(q)}` }).click();
  await waitForNewHeading(page, before);
  assert.equal(await currentQuestion(page, EVENT), q, `変更 opens「${questionText(q)}」`);
}

async function next(page) {
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: ui('next') }).click();
  await waitForNewHeading(page, before);
}

test('the review lists every answer; 変更 returns straight to it, keeping the other answers', async () => {
  assert.ok(s, 'tests/scenarios/tennyu.yaml has a household from another city with 国民健康保険');
  const page = await newPhonePage(env.browser);
  const asked = await toReview(page, s.answers);
  const before = await reviewedAnswers(page);
  assert.equal(Object.keys(before).length, new Set(asked.map(label)).size);
  assert.equal(await page.title(), `${ui('review_heading')} - ${ui('app_title')}`);
  await screenshot(page, 'review');

  // 変更 on 健康保険: the question, with the earlier answer still chosen; 戻る goes back to the review.
  await change(page, 'insurance');
  assert.ok(await choiceFor(page, 'insurance', 'kokuho').isChecked(), 'the earlier answer is still chosen');
  await page.getByRole('link', { name: ui('back'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: literal(ui('review_heading')) }).waitFor();
  assert.deepEqual(await reviewedAnswers(page), before, '戻る changes nothing');

  // Add 後期高齢者医療: the one question the change made necessary (where the member comes
  // from) is asked first, then 次へ returns straight to the review, every other answer kept.
  await change(page, 'insurance');
  await answer(page, 'insurance', ['kouki']);
  await next(page);
  assert.equal(await currentQuestion(page, EVENT), 'kouki_pref', 'the question the change made necessary is asked');
  await answer(page, 'kouki_pref', 'outside');
  await next(page);
  assert.ok(await onReview(page), '次へ after 変更 returns to the review');
  const after = await reviewedAnswers(page);
  assert.match(after[label('insurance')], literal(localized(content.questions.get('insurance').options.find((o) => o.id === 'kouki').text)));
  for (const [k, v] of Object.entries(before)) if (k !== label('insurance')) assert.equal(after[k], v, `${k} is kept`);

  await page.getByRole('link', { name: ui('show_results'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: literal(ui('results_heading')) }).waitFor();
  await neededSection(page).getByRole('heading', { name: procedureTitle('kouki-iryo'), exact: true }).waitFor();
  await assertResults(page, { ...s, needed: [...s.needed, 'kouki-iryo'], not_needed: (s.not_needed || []).filter((p) => p !== 'kouki-iryo') });
  page.assertHealthy();
});

test('a change that makes a new question necessary asks it, then returns to the review', async () => {
  const page = await newPhonePage(env.browser);
  await toReview(page, s.answers);
  const before = Object.keys(await reviewedAnswers(page));
  await change(page, 'moved_from');
  await choiceFor(page, 'moved_from', 'abroad').check();
  await next(page);
  // Moving in from abroad raises questions a move within Japan does not (such as 国民年金).
  const extra = [];
  for (let i = 0; i < 10 && !(await onReview(page)); i++) {
    const q = await currentQuestion(page, EVENT);
    assert.ok(q, 'a question of 転入 is shown');
    assert.ok(!before.includes(label(q)), `「${questionText(q)}」was answered before and is not asked again`);
    // A question asked after a change still returns to the review when its 戻る is used.
    assert.match(await page.getByRole('link', { name: ui('back'), exact: true }).getAttribute('href'), /#\/tennyu\/review\?/);
    const q0 = content.questions.get(q);
    await answer(page, q, q0.type === 'yes_no' ? 'no' : q0.type === 'multiple' ? [] : q0.options?.[0]?.id ?? 'unknown');
    extra.push(q);
    await next(page);
  }
  assert.ok(extra.length > 0, 'moving in from abroad asks at least one more question');
  assert.ok(await onReview(page), 'after the new questions, the review again');
  await screenshot(page, 'review-after-change');
  assert.ok(!(await onResults(page)));
  page.assertHealthy();
});

test('results link each office to the office page, with address, hours and a map link', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}`));
  assert.ok(await onResults(page));
  const office = neededSection(page).locator('dl.where a[href^="#/offices/"]').first();
  const name = (await office.textContent()).trim();
  await office.click();
  await page.getByRole('heading', { level: 1, name: literal(ui('offices_heading')) }).waitFor();
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  assert.equal(focused, name, 'the office the link named is focused');
  const section = page.getByRole('region', { name, exact: true });
  const text = await section.textContent();
  const o = readYaml('content/offices.yaml').offices.find((o) => localized(o.name) === name);
  assert.ok(text.includes(localized(o.address)) && text.includes(localized(o.hours)), 'address and hours are shown');
  const map = section.getByRole('link', { name: new RegExp(literal(ui('map_link')).source) });
  assert.match(await map.getAttribute('href'), /^https:\/\/www\.google\.com\/maps\/search\//);
  await screenshot(page, 'offices');
  await page.goBack();
  assert.ok(await onResults(page), 'back returns to the results');
  page.assertHealthy();
});
