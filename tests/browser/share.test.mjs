// The results carry their own way back: a link and a QR code of it, which a phone at the
// counter can scan. The QR code is decoded here (jsQR) and must open the same results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setup, newPhonePage, injectScript, OUTPUT } from './helpers.mjs';
import { ui, onResults, assertResults, queryOf, loadScenariosOnce } from './journey.mjs';

const require = createRequire(import.meta.url);
const JSQR = require.resolve('jsqr/dist/jsQR.js');
const EVENT = 'tennyu';
const s = loadScenariosOnce(EVENT)[0];
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('the QR code on the results encodes the share link, and that link restores the results', async () => {
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/${EVENT}/results?${queryOf(s.answers)}`));
  assert.ok(await onResults(page));
  const qr = page.getByRole('img', { name: ui('qr_label') });
  await qr.scrollIntoViewIfNeeded();
  const box = await qr.boundingBox();
  assert.ok(box && box.width >= 150, `the QR code is large enough to scan (${box?.width}px)`);
  await qr.screenshot({ path: path.join(OUTPUT, 'results-qr.png') });
  const link = await page.locator('input.share-link').inputValue();

  // Draw the SVG on a canvas and decode it, as a phone camera would.
  await injectScript(page, JSQR);
  const decoded = await page.evaluate(async () => {
    const svg = document.querySelector('.qr svg');
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400; canvas.height = 400;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 0, 0, 400, 400);
    const data = ctx.getImageData(0, 0, 400, 400);
    return window.jsQR(data.data, 400, 400)?.data ?? null;
  });
  assert.equal(decoded, link, 'the QR code holds exactly the share link');

  const scanned = await newPhonePage(env.browser);
  await scanned.goto(decoded);
  assert.ok(await onResults(scanned), 'the scanned link opens the results');
  await assertResults(scanned, s);
  page.assertHealthy();
  scanned.assertHealthy();
});
