// The city's own site (another origin) shows the guide in an <iframe>, from a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPhonePage, screenshot, localized, BASE } from './helpers.mjs';
import { startHostPage } from './server.mjs';
import { ui, event, startsWith, currentQuestion, answerAndNext, loadScenariosOnce } from './journey.mjs';

const EVENT = 'tennyu';
let env, host;
before(async () => {
  env = await setup();
  host = await startHostPage(`<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>伊賀市（テスト用の埋め込みページ）</title></head>
<body style="margin:0"><h1 style="font-size:16px;margin:8px">伊賀市ホームページ</h1>
<iframe src="${env.server.url}#/" title="くらしの手続きガイド" style="border:0;width:100%;height:760px"></iframe>
</body></html>`);
});
after(async () => { await host?.close(); await env?.close(); });

test('the guide works inside an iframe on another origin, served from a sub-path', async () => {
  assert.notEqual(new URL(host.url).origin, env.server.origin, 'host page and guide are on different origins');
  const page = await newPhonePage(env.browser);
  await page.goto(host.url);
  const frameEl = page.locator('iframe');
  await frameEl.waitFor();
  const frame = await (await frameEl.elementHandle()).contentFrame();
  assert.ok(frame.url().startsWith(env.server.url), `the frame shows ${env.server.url}`);

  await frame.getByRole('heading', { level: 1, name: ui('home_heading') }).waitFor();
  await frame.getByRole('link', { name: startsWith(localized(event(EVENT).title)) }).click();
  await frame.getByRole('button', { name: ui('next') }).waitFor();

  const answers = loadScenariosOnce(EVENT)[0].answers;
  const q1 = await answerAndNext(frame, EVENT, answers);
  const q2 = await currentQuestion(frame, EVENT);
  assert.ok(q2 && q2 !== q1, 'the second question is shown inside the frame');
  assert.match(frame.url(), new RegExp(`#/${EVENT}/${q2}\\?`), 'the frame\'s own address holds the answers');
  assert.equal(page.url(), host.url, 'the host page itself did not navigate');
  await answerAndNext(frame, EVENT, answers);
  // 戻る inside the frame.
  await frame.getByRole('link', { name: ui('back'), exact: true }).click();
  await frame.waitForFunction(() => document.querySelector('h1') !== null);
  assert.equal(await currentQuestion(frame, EVENT), q2);
  assert.equal(page.url(), host.url);

  // Every file of the site came from the sub-path.
  const paths = env.server.requests.map((r) => r.path);
  assert.ok(paths.some((p) => p.endsWith('.wasm')), 'the wasm was loaded');
  for (const r of env.server.requests) {
    assert.ok(r.path.startsWith(BASE), `${r.path} requested outside ${BASE}`);
    assert.equal(r.status, 200, `${r.path} answered ${r.status}`);
  }
  await screenshot(page, 'iframe');
  page.assertHealthy();
});
