// The start page: every life event from content/events, 転入 as a link, the rest 準備中.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, localized } from './helpers.mjs';
import { content, ui, startsWith } from './journey.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('home lists the 8 life events; only the available ones are links', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at('#/'));
  await page.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  assert.equal(await page.title(), ui('app_title'));

  const events = content.events;
  assert.equal(events.length, 8, 'content/events should hold the 8 life events');
  const available = events.filter((e) => e.status === 'available');
  assert.ok(available.some((e) => e.id === 'tennyu'), '転入 is available');
  // Each event is checked against its own status below (today all eight are available).

  const list = page.getByRole('main').getByRole('list').first();
  const items = list.getByRole('listitem');
  assert.equal(await items.count(), events.length, 'one list item per event');
  for (const [i, e] of events.entries()) {
    const item = items.nth(i);
    const title = localized(e.title);
    assert.ok((await item.textContent()).includes(title), `item ${i + 1} should be ${title} (content order)`);
    const links = item.getByRole('link');
    if (e.status === 'available') {
      assert.equal(await links.count(), 1, `${title} should be a link`);
      assert.ok((await links.first().textContent()).includes(title));
      assert.ok((await links.first().getAttribute('href')).endsWith(`#/${e.id}`));
      assert.ok(!(await item.textContent()).includes(ui('event_coming')), `${title} must not say ${ui('event_coming')}`);
    } else {
      assert.equal(await links.count(), 0, `${title} is ${ui('event_coming')} and must not be a link`);
      assert.ok((await item.textContent()).includes(ui('event_coming')), `${title} should say ${ui('event_coming')}`);
    }
  }
  // The page fits a phone: no sideways scrolling.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone screen`);
  await screenshot(page, 'home');
  page.assertHealthy();
});

test('choosing 転入 opens its first question', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at('#/'));
  await page.getByRole('link', { name: startsWith(localized(content.events.find((e) => e.id === 'tennyu').title)) }).click();
  await page.getByRole('button', { name: ui('next') }).waitFor();
  assert.match(page.url(), /#\/tennyu/);
  page.assertHealthy();
});
