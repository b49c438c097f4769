// The printout is its own product: a checklist on at most two A4 pages — steps by where to
// go, each with a box, its name, deadline and documents; everything to bring with boxes; the
// QR code back to the answers; the city's contact; the date printed. No addresses printed
// (links are words). The tests print real PDFs (Chromium's page.pdf) and read them with
// poppler's pdfinfo / pdftotext (Debian poppler-utils, installed by scripts/setup); the
// pages are also saved as PNGs in tests/browser/output/ for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { setup, newPhonePage, OUTPUT, localized, readYaml, useLanguage } from './helpers.mjs';
import { REPO as REPO_PATH } from './server.mjs';
import { ui, onResults, queryOf, loadScenariosOnce, procedureTitle } from './journey.mjs';

// tests/scenarios/tennyu.yaml: the family of four moving in from another city (company
// insurance, a school child, a child for nursery, a dog, card holders).
const FAMILY = loadScenariosOnce('tennyu').find((s) => s.name.startsWith('会社員の4人家族が県外から'));
const MAX_PAGES = 2;

const documentNames = new Map(
  fs.readdirSync(path.join(REPO_PATH, 'content/documents'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const v = readYaml(`content/documents/${f}`);
      return Array.isArray(v) ? v : v.documents ?? [];
    })
    .map((d) => [d.id, d.name]),
);

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); useLanguage('ja'); });

/** The page printed to an A4 PDF: its file, page count and text (whole, and per page). */
async function printed(page, name) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, `${name}.pdf`);
  fs.writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const text = (first, last = first) =>
    execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // Screenshots of the sheet for review (small, one PNG per page).
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(OUTPUT, name)]);
  return { file, pages, text: text(1, pages), pageText: (n) => text(n) };
}

/** Text compared without the line breaks and spaces a PDF puts inside a wrapped name. */
const squash = (s) => s.replace(/\s+/g, '');

function assertNoAddresses(text, where) {
  assert.ok(!/%[0-9A-F]{2}/i.test(text), `${where}: no percent-encoded address is printed`);
  assert.ok(!/[a-z]+:\/\//i.test(text), `${where}: no URL with a scheme (https://…) is printed`);
  // The only address allowed is the city's site as a short domain (content/ui.yaml print_website).
  for (const m of text.matchAll(/[\w-]+(\.[\w-]+)+(\/\S*)?/g)) {
    if (/^\d/.test(m[0])) continue; // dates and times (2026.12.04, 8.30)
    assert.ok(!m[2] && m[0].length <= 24, `${where}: only a short domain is printed, found ${m[0]}`);
  }
}

for (const lang of ['ja', 'pt']) {
  test(`print (${lang}): the family of four fits on ${MAX_PAGES} A4 pages as a checklist`, async () => {
    assert.ok(FAMILY, 'tests/scenarios/tennyu.yaml has the family of four');
    useLanguage(lang);
    const page = await newPhonePage(env.browser);
    await page.goto(env.at(`#/tennyu/results?${queryOf(FAMILY.answers)}&lang=${lang}`));
    assert.ok(await onResults(page));
    const pdf = await printed(page, `print-${lang}`);
    console.log(`print ${lang}: ${pdf.pages} page(s)`);
    assert.ok(pdf.pages <= MAX_PAGES, `the checklist is ${pdf.pages} pages (at most ${MAX_PAGES})`);

    const text = squash(pdf.text);
    for (const id of FAMILY.needed) {
      assert.ok(text.includes(squash(procedureTitle(id))), `「${procedureTitle(id)}」 is on the sheet`);
      if (lang !== 'ja') {
        const jaTitle = readYaml(`content/procedures/${id}.yaml`).title;
        assert.ok(text.includes(squash(typeof jaTitle === 'string' ? jaTitle : jaTitle.ja)), `the Japanese name of ${id} is on the sheet`);
      }
    }
    for (const id of FAMILY.documents) {
      assert.ok(text.includes(squash(localized(documentNames.get(id)))), `the document 「${localized(documentNames.get(id))}」 is on the sheet`);
    }
    for (const [id, iso] of Object.entries(FAMILY.due)) {
      const [y, m, d] = iso.split('-').map(Number);
      const date = squash(ui('date_format').replace('{year}', y).replace('{month}', m).replace('{day}', d)
        .replace('{era}', '令和').replace('{era_year}', y - 2018));
      assert.ok(text.includes(date), `the deadline of ${id} is printed as a date with 和暦 (${date})`);
    }
    assert.ok(text.includes(squash(ui('bring_all'))), 'the merged list of things to bring is printed');
    assert.ok(text.includes(squash(ui('print_website'))), "the city's site is printed as a short domain");
    assert.ok(text.includes(squash(ui('printed_on').split('{date}')[0])), 'the date printed is on the sheet');
    assert.ok(!text.includes(squash(ui('why_label'))), 'the explanations are not printed by default');
    assertNoAddresses(pdf.text, `print-${lang}`);

    // No page holds a single block: every page carries at least two steps or documents.
    const items = [...FAMILY.needed.map(procedureTitle), ...FAMILY.documents.map((id) => localized(documentNames.get(id)))].map(squash);
    for (let n = 1; n <= pdf.pages; n++) {
      const onPage = squash(pdf.pageText(n));
      const count = items.filter((i) => onPage.includes(i)).length;
      assert.ok(count >= 2, `page ${n} of ${pdf.pages} holds ${count} step(s)/document(s): a page break left a lone block`);
    }

    // The QR code back to the answers is on the sheet (its image, labelled).
    await page.emulateMedia({ media: 'print' });
    const shown = (locator) => locator.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(await shown(page.getByRole('img', { name: ui('qr_label') })), 1, 'one QR code back to the answers is printed');
    assert.equal(await shown(page.locator('.site-header, .actions, .button, .share-link')), 0, 'no navigation, buttons or link field on paper');
    await page.emulateMedia({ media: 'screen' });
    page.assertHealthy();
  });
}

test('print: the full details are a visible choice, remembered for the page', async () => {
  useLanguage('ja');
  const page = await newPhonePage(env.browser);
  const url = env.at(`#/tennyu/results?${queryOf(FAMILY.answers)}`);
  await page.goto(url);
  assert.ok(await onResults(page));
  const compact = await printed(page, 'print-ja-compact');
  const choice = page.getByRole('checkbox', { name: ui('print_full') });
  await choice.check();
  const full = await printed(page, 'print-ja-full');
  assert.ok(full.pages > compact.pages, `the full details add pages (${compact.pages} → ${full.pages})`);
  assert.ok(squash(full.text).includes(squash(ui('why_label'))), 'the full details print the explanations');
  assertNoAddresses(full.text, 'print-ja-full');
  // The details start on a new page; the first office block ("where to go") shares its page
  // with the first card after it, never a page to itself (issue 15).
  const first = Array.from({ length: full.pages }, (_, i) => i + 1)
    .find((n) => n > compact.pages && squash(full.pageText(n)).includes(squash(ui('where_to_go'))));
  assert.ok(first, 'the full details show where to go');
  assert.ok(squash(full.pageText(first)).includes(squash(ui('deadline_label'))),
    `page ${first} holds the office block and the first card with it, not the office block alone`);
  await page.reload();
  assert.ok(await onResults(page));
  assert.ok(await page.getByRole('checkbox', { name: ui('print_full') }).isChecked(), 'the choice is remembered after a reload');
  page.assertHealthy();
});

test('print at the counter: the checklist with room for the clerk\'s notes, no explanations', async () => {
  useLanguage('ja');
  const page = await newPhonePage(env.browser);
  await page.goto(env.at(`#/staff/tennyu?${queryOf(FAMILY.answers)}`));
  await page.getByRole('heading', { level: 1, name: new RegExp(ui('staff_results_heading')) }).waitFor();
  const pdf = await printed(page, 'print-staff');
  console.log(`print staff: ${pdf.pages} page(s)`);
  const text = squash(pdf.text);
  assert.ok(pdf.pages <= MAX_PAGES, `the counter's printout is ${pdf.pages} pages`);
  assert.ok(text.includes(squash(ui('clerk_notes'))), "there is a space for the clerk's notes");
  for (const id of FAMILY.needed) assert.ok(text.includes(squash(procedureTitle(id))), `${id} is on the sheet`);
  assert.ok(!text.includes(squash(ui('why_label'))), 'no citizen-facing explanations');
  assert.ok(!text.includes(squash(ui('print_intro'))), 'no print options on paper');
  assertNoAddresses(pdf.text, 'print-staff');
  page.assertHealthy();
});

// The longest 死亡 household, for the record (its page count is reported, and bounded).
test('print: every 死亡 household prints on a few pages', async () => {
  useLanguage('ja');
  const page = await newPhonePage(env.browser);
  let most = { pages: 0 };
  for (const [i, s] of loadScenariosOnce('shibou').entries()) {
    await page.goto(env.at(`#/shibou/results?${queryOf(s.answers)}`));
    assert.ok(await onResults(page));
    const pdf = await printed(page, `print-shibou-${i + 1}`);
    assertNoAddresses(pdf.text, `print-shibou-${i + 1}`);
    if (pdf.pages > most.pages) most = { pages: pdf.pages, name: s.name };
    await page.goto('about:blank');
  }
  console.log(`print shibou: longest ${most.pages} page(s): ${most.name}`);
  assert.ok(most.pages <= 3, `the longest 死亡 checklist is ${most.pages} pages`);
  page.assertHealthy();
});
