// Keyboard only: Tab, Shift+Tab, Space, arrows and Enter; no mouse, no touch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, localized, literal } from './helpers.mjs';
import { ui, event, questionText, currentQuestion, waitForNewHeading, startsWith } from './journey.mjs';

const EVENT = 'tennyu';
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Presses Tab until `locator` has focus (at most `max` times). */
async function tabTo(page, locator, what, max = 40) {
  const handle = await locator.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName, type: el?.getAttribute('type'), text: el?.textContent?.trim().slice(0, 80), checked: el?.checked };
});

test('the first two questions can be answered with the keyboard alone', async () => {
  // A desktop browser: keyboard users are rarely on phones.
  const page = await newPhonePage(env.browser, { contextOptions: { isMobile: false, hasTouch: false, viewport: { width: 1024, height: 800 }, deviceScaleFactor: 1 } });
  await page.goto(env.at('#/'));
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();

  // The first Tab reaches the skip link.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, ui('skip_to_content'), 'the first Tab stop is 本文へ移動');

  // To 転入, Enter.
  const link = page.getByRole('link', { name: startsWith(localized(event(EVENT).title)) });
  await tabTo(page, link, '転入');
  let heading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.keyboard.press('Enter');
  heading = await waitForNewHeading(page, heading);

  // Question 1. New page: focus is on its heading.
  const q1 = await currentQuestion(page, EVENT);
  assert.ok(q1, 'a 転入 question is shown');
  assert.equal((await focused(page)).tag, 'H1', 'focus moves to the question heading');
  const type1 = (await page.evaluate(() => document.activeElement.closest('form')?.querySelector('input')?.type));
  if (type1 === 'date') {
    // The date field, with arrows only: Up sets a part (年, 月, 日 in the order the browser
    // shows them), Right moves to the next part.
    const date = page.getByLabel(questionText(q1));
    await tabTo(page, date, 'the date field');
    for (const k of ['ArrowUp', 'ArrowRight', 'ArrowUp', 'ArrowRight', 'ArrowUp']) await page.keyboard.press(k);
    assert.match(await date.inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'a whole date was set with the arrow keys');
  } else {
    const first = page.locator('form input').first();
    await tabTo(page, first, 'the first choice');
    await page.keyboard.press('Space');
  }
  await tabTo(page, page.getByRole('button', { name: ui('next') }), '次へ');
  await page.keyboard.press('Enter');
  heading = await waitForNewHeading(page, heading);

  // Question 2: radio buttons. Tab into the group, arrow down to the second option, Space,
  // then Enter on 次へ.
  const q2 = await currentQuestion(page, EVENT);
  assert.ok(q2 && q2 !== q1, 'the second question is shown');
  assert.equal((await focused(page)).tag, 'H1', 'focus moves to the question heading');
  const radios = page.getByRole('radio');
  const checkboxes = page.getByRole('checkbox');
  if ((await radios.count()) >= 2) {
    await tabTo(page, radios.first(), 'the first option');
    await page.keyboard.press('Space');
    assert.ok(await radios.first().isChecked(), 'Space chooses the focused option');
    await page.keyboard.press('ArrowDown');
    assert.ok(await radios.nth(1).isChecked(), 'ArrowDown chooses the next option');
    assert.ok(!(await radios.first().isChecked()));
    await page.keyboard.press('ArrowUp');
    assert.ok(await radios.first().isChecked(), 'ArrowUp goes back');
  } else {
    await tabTo(page, checkboxes.first(), 'the first checkbox');
    await page.keyboard.press('Space');
    assert.ok(await checkboxes.first().isChecked());
  }
  await tabTo(page, page.getByRole('button', { name: ui('next') }), '次へ');
  await page.keyboard.press('Enter');
  await waitForNewHeading(page, heading);
  const q3 = await currentQuestion(page, EVENT);
  assert.ok(q3 && q3 !== q2, 'the third question (or the results) is shown');
  assert.match(page.url(), new RegExp(`[?&]${q1}=`), 'the first answer is kept');
  assert.match(page.url(), new RegExp(`[?&]${q2}=`), 'the second answer is kept');

  // Shift+Tab back to 戻る and Enter: the second question again, answer still chosen.
  const back = page.getByRole('link', { name: ui('back'), exact: true });
  for (let i = 0; i < 40 && !(await back.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  assert.ok(await back.evaluate((el) => el === document.activeElement), 'Shift+Tab reaches 戻る');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: literal(questionText(q2)) }).waitFor();
  if ((await radios.count()) >= 2) assert.ok(await radios.first().isChecked(), 'the keyboard answer is still chosen');
  // The focused control shows a visible focus indicator.
  const outline = await page.getByRole('link', { name: ui('back'), exact: true }).evaluate((el) => {
    el.focus();
    const st = getComputedStyle(el);
    return { style: st.outlineStyle, width: parseFloat(st.outlineWidth), shadow: st.boxShadow };
  });
  assert.ok((outline.style !== 'none' && outline.width > 0) || outline.shadow !== 'none', `a focused link shows a focus indicator (${JSON.stringify(outline)})`);
  await screenshot(page, 'keyboard');
  page.assertHealthy();
});
