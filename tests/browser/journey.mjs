// Drives the question screens the way a person does: read the question on the screen, pick
// the answer by its visible text (from content/), press 次へ. Works on a Page or a Frame.

import assert from 'node:assert/strict';
import { localized, literal, loadContent, loadScenarios } from './helpers.mjs';

export const content = loadContent();
export const ui = (key) => {
  const v = localized(content.ui[key]);
  assert.ok(v, `content/ui.yaml has no text for ${key}`);
  return v;
};
export const event = (id) => {
  const e = content.events.find((e) => e.id === id);
  assert.ok(e, `no content/events/${id}.yaml`);
  return e;
};
export const questionText = (id) => localized(content.questions.get(id).text);
export const procedureTitle = (id) => {
  const p = content.procedures.get(id);
  assert.ok(p, `no content/procedures/${id}.yaml`);
  return localized(p.title);
};

/** An accessible name that starts with `text` (a choice's name is its text, then its hint). */
export const startsWith = (text) => new RegExp('^' + literal(text).source + '(\\s|$)');

/** The questions of an event, or of several joined by `+` (a combined journey), each once. */
export const questionsOf = (eventIds) => [...new Set(eventIds.split('+').flatMap((id) => event(id).questions))];

/** The question on screen: the one of `eventId` (or `a+b`) whose text is in the page's <h1>. */
export async function currentQuestion(target, eventId) {
  const h1 = target.getByRole('heading', { level: 1 });
  await h1.waitFor();
  const heading = (await h1.textContent()).replace(/\s+/g, ' ');
  const matches = questionsOf(eventId).filter((q) => heading.includes(questionText(q)));
  return matches.length === 1 ? matches[0] : null;
}

export async function onResults(target) {
  const h1 = target.getByRole('heading', { level: 1 });
  await h1.waitFor();
  return (await h1.textContent()).includes(ui('results_heading'));
}

export async function onReview(target) {
  const h1 = target.getByRole('heading', { level: 1 });
  await h1.waitFor();
  return (await h1.textContent()).includes(ui('review_heading'));
}

/** The 回答の確認 list as { label: answer text } (the <dt>/<dd> pairs). */
export async function reviewedAnswers(target) {
  const rows = target.getByRole('region', { name: ui('answers_heading') }).locator('div.answer');
  const out = {};
  for (const row of await rows.all()) {
    out[(await row.locator('dt').textContent()).trim()] = (await row.locator('dd').first().textContent()).trim();
  }
  return out;
}

/** The control that stands for `value` (an option id, yes/no, unknown or none) of question `qid`. */
export function choiceFor(target, qid, value) {
  const q = content.questions.get(qid);
  const multiple = q.type === 'multiple';
  const role = multiple || (value === 'unknown' && q.type === 'date') ? 'checkbox' : 'radio';
  let text;
  let hint = null;
  if (value === 'unknown') text = ui('unknown');
  else if (value === 'none') text = ui('none_of_these');
  else if (q.type === 'yes_no') text = ui(value === 'yes' ? 'yes' : 'no');
  else {
    const o = (q.options || []).find((o) => o.id === value);
    assert.ok(o, `question ${qid} has no option ${value}`);
    text = localized(o.text);
    hint = o.hint ? localized(o.hint) : null;
  }
  // The whole name (text, then its hint): "Não" must not also pick "Não sei".
  const name = new RegExp('^' + literal(text).source + (hint ? '\\s*' + literal(hint).source : '') + '$');
  return target.getByRole(role, { name });
}

/** Fills in the answer `value` (as in tests/scenarios: id, 'unknown', date, or list) for `qid`. */
export async function answer(target, qid, value) {
  const q = content.questions.get(qid);
  if (q.type === 'date' && value !== 'unknown') {
    await target.getByLabel(questionText(qid)).fill(String(value));
  } else if (q.type === 'multiple' && value !== 'unknown') {
    const list = Array.isArray(value) ? value : value === 'none' ? [] : String(value).split(',');
    if (list.length === 0) await choiceFor(target, qid, 'none').check();
    for (const v of list) await choiceFor(target, qid, v).check();
  } else {
    await choiceFor(target, qid, String(value)).check();
  }
}

/** Waits until the page shows something other than `prevHeading` in its <h1>. */
export async function waitForNewHeading(target, prevHeading) {
  const h1 = target.getByRole('heading', { level: 1 });
  for (let i = 0; i < 100; i++) {
    const now = await h1.textContent().catch(() => null);
    if (now !== null && now !== prevHeading) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`the page did not change after 次へ (still: ${prevHeading})`);
}

/** Answers the question on screen and presses 次へ; returns the question id answered. */
export async function answerAndNext(target, eventId, answers) {
  const qid = await currentQuestion(target, eventId);
  assert.ok(qid, `the screen shows no known question of ${eventId}: "${await target.getByRole('heading', { level: 1 }).textContent()}"`);
  assert.ok(qid in answers, `the guide asked "${questionText(qid)}" (${qid}), which the scenario does not answer`);
  const before = await target.getByRole('heading', { level: 1 }).textContent();
  await answer(target, qid, answers[qid]);
  await target.getByRole('button', { name: ui('next') }).click();
  await waitForNewHeading(target, before);
  return qid;
}

/**
 * From the first question of `eventId`, answers every question the guide asks from
 * `answers` until the review (回答の確認) shows. Returns the ids of the questions asked.
 */
export async function answerUntilReview(target, eventId, answers) {
  const asked = [];
  for (let i = 0; i < 40 && !(await onReview(target)); i++) {
    assert.ok(!(await onResults(target)), 'the results came before the review of the answers');
    asked.push(await answerAndNext(target, eventId, answers));
  }
  assert.ok(await onReview(target), 'the review page never came');
  return asked;
}

/**
 * Answers every question the guide asks from `answers`, checks the review lists one row
 * per question asked, then opens the results. Returns the ids of the questions asked.
 */
export async function completeJourney(target, eventId, answers) {
  const asked = await answerUntilReview(target, eventId, answers);
  const reviewed = await reviewedAnswers(target);
  const labels = asked.map((q) => localized(content.questions.get(q).label));
  for (const l of labels) assert.ok(l in reviewed, `the review lists the answer to ${l}: ${Object.keys(reviewed).join(' / ')}`);
  const before = await target.getByRole('heading', { level: 1 }).textContent();
  await target.getByRole('link', { name: ui('show_results'), exact: true }).click();
  await waitForNewHeading(target, before);
  assert.ok(await onResults(target), 'the results page never came');
  return asked;
}

/** The results section (needed / maybe) as a locator. */
export const neededSection = (target) => target.getByRole('region', { name: ui('needed_heading'), exact: true });
export const maybeSection = (target) => target.getByRole('region', { name: ui('maybe_heading'), exact: true });

/** The procedure titles shown under a section (its <h4>s, or any heading level below the group). */
export async function procedureTitlesIn(section) {
  if ((await section.count()) === 0) return [];
  // In other languages the Japanese name follows the title (.ja-name): compare the title itself.
  return section.locator('li.procedure > h4').evaluateAll((hs) => hs.map((h) => {
    const c = h.cloneNode(true);
    c.querySelectorAll('.ja-name').forEach((e) => e.remove());
    return c.textContent.trim();
  }));
}

/** Asserts the results show exactly the scenario's needed / maybe procedures. */
export async function assertResults(target, scenario) {
  const needed = await procedureTitlesIn(neededSection(target));
  const maybe = await procedureTitlesIn(maybeSection(target));
  for (const id of scenario.needed || []) {
    assert.ok(needed.includes(procedureTitle(id)), `「${procedureTitle(id)}」(${id}) should be under ${ui('needed_heading')}; shown there: ${needed.join(' / ')}`);
  }
  for (const id of scenario.maybe || []) {
    assert.ok(maybe.includes(procedureTitle(id)), `「${procedureTitle(id)}」(${id}) should be under ${ui('maybe_heading')}; shown there: ${maybe.join(' / ')}`);
  }
  for (const id of scenario.not_needed || []) {
    const t = procedureTitle(id);
    assert.ok(!needed.includes(t) && !maybe.includes(t), `「${t}」(${id}) must not be shown for this household`);
    assert.equal(await target.getByRole('heading', { name: t, exact: true }).count(), 0, `「${t}」(${id}) must not be shown`);
  }
  assert.equal(needed.length, (scenario.needed || []).length, `needed procedures shown: ${needed.join(' / ')}`);
  assert.equal(maybe.length, (scenario.maybe || []).length, `maybe procedures shown: ${maybe.join(' / ')}`);
}

/** Answers in URL form (as tests/scenarios are turned into links): `k=v&…`, lists joined by ','. */
export function queryOf(answers) {
  return Object.entries(answers)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? (v.length ? v.join(',') : 'none') : v}`)
    .join('&');
}

/** "2026-12-04" as the guide writes it: 2026年12月4日 (month and day may be zero-padded). */
export function dateRegExp(iso) {
  const [y, m, d] = String(iso).split('-').map(Number);
  // The date as the content's date_format writes it in the language shown (和暦 left open).
  const template = literal(ui('date_format')).source;
  const source = template
    .replace('\\{year\\}', String(y))
    .replace('\\{month\\}', `0?${m}`)
    .replace('\\{day\\}', `0?${d}`)
    .replace(/\\\{era\\\}|\\\{era_year\\\}/g, '.*?');
  return new RegExp(source);
}

/** The card of procedure `id` (its title, and in other languages the Japanese name after it). */
export function procedureCard(target, id) {
  const title = new RegExp('^\\s*' + literal(procedureTitle(id)).source + '(\\s*（.*）)?\\s*$');
  return target.locator('li.procedure').filter({ has: target.locator('h4', { hasText: title }) });
}

/** Asserts each procedure's deadline date (scenario `due`) is shown on its card. */
export async function assertDue(target, scenario) {
  for (const [id, iso] of Object.entries(scenario.due || {})) {
    const card = procedureCard(target, id);
    assert.equal(await card.count(), 1, `one card for 「${procedureTitle(id)}」`);
    const text = await card.textContent();
    assert.match(text, dateRegExp(iso), `「${procedureTitle(id)}」 should be due on ${iso}`);
  }
}

const scenarioCache = new Map();
/** The non-partial scenarios of tests/scenarios/<event>.yaml. */
export function loadScenariosOnce(eventId) {
  if (!scenarioCache.has(eventId)) {
    scenarioCache.set(eventId, loadScenarios(eventId).scenarios.filter((s) => !s.partial));
  }
  return scenarioCache.get(eventId);
}
