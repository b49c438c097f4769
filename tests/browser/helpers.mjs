// Shared by the browser tests: Debian's Chromium through playwright-core, a phone-sized page,
// the axe-core accessibility check, screenshots, and the texts of content/*.yaml (so the tests
// follow the content instead of copying it).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import YAML from 'yaml';
import { REPO, startServer } from './server.mjs';

const require = createRequire(import.meta.url);
export const OUTPUT = path.join(REPO, 'tests/browser/output');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The sub-path the tests serve the site under (any sub-path must work). */
export const BASE = '/city/guide/';

export async function launchBrowser() {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/setup (Debian package chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone: 390×844 CSS px, touch, 2× pixels, Japanese. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
};

/**
 * A fresh context (own storage) and page on a phone. Records uncaught page errors, console
 * errors and every request that leaves the test servers' host (the guide must not send a
 * citizen's answers anywhere); `assertHealthy()` fails on any of them.
 *
 * Service workers are blocked unless `contextOptions: { serviceWorkers: 'allow' }` (the
 * offline tests): a worker answering from its cache would hide requests from `page.route`,
 * and would download the whole build again in every test. So every other test also shows
 * that the guide works where service workers are unavailable.
 */
export async function newPhonePage(browser, { contextOptions = {}, initScript } = {}) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block', ...contextOptions });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [], external: [] };
  page.on('pageerror', (e) => problems.pageErrors.push(String(e && e.stack ? e.stack : e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost') {
      return route.continue();
    }
    problems.external.push(u.href);
    return route.abort();
  });
  page.problems = problems;
  page.assertHealthy = () => {
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors in the page (a Rust panic shows here)');
    assert.deepEqual(problems.external, [], 'the page asked for something outside this machine');
    assert.deepEqual(problems.consoleErrors, [], 'errors in the browser console');
  };
  return page;
}

/** Starts the static server (site under BASE) and the browser; `t.after` cleans up. */
export async function setup() {
  const server = await startServer({ base: BASE });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    /** Absolute URL of a hash route, e.g. at('#/tennyu'). */
    at: (hash = '') => server.url + hash,
    close: async () => { await browser.close(); await server.close(); },
  };
}

/** Full-page screenshot to tests/browser/output/<name>.png. */
export async function screenshot(page, name) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page (or frame) and asserts there are no WCAG 2.2 A/AA violations.
 * On failure the message lists each violation's id, help and the offending nodes.
 */
export async function axeCheck(page, label = 'page') {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
      })),
    };
  }, AXE_TAGS);
  if (result.violations.length) {
    const lines = [`axe-core: ${result.violations.length} WCAG violation(s) on ${label}:`];
    for (const v of result.violations) {
      lines.push(`- ${v.id} (${v.impact}): ${v.help}  ${v.helpUrl}`);
      for (const n of v.nodes) {
        lines.push(`    at ${n.target}: ${n.html.slice(0, 200)}`);
        if (n.summary) lines.push('      ' + n.summary.replace(/\n/g, '\n      '));
      }
    }
    console.log(lines.join('\n'));
    assert.fail(lines.join('\n'));
  }
}

// ---- content ----------------------------------------------------------------------------

export const readYaml = (rel) => YAML.parse(fs.readFileSync(path.join(REPO, rel), 'utf8'));

/** A content text: either `text` or `{ ja: text, … }`; in the language set by `useLanguage`. */
export function localized(text) {
  if (text == null) return text;
  let j;
  if (typeof text === 'string') j = text;
  else if (typeof text === 'object' && 'ja' in text) j = text.ja;
  else return String(text);
  if (LANG === 'ja') return j;
  const tr = (typeof text === 'object' && text[LANG]) || TRANSLATIONS.get(j.trim());
  assert.ok(tr != null, `no ${LANG} translation of 「${j}」 in content/translations/${LANG}.yaml`);
  return tr;
}

let LANG = 'ja';
let TRANSLATIONS = new Map();
/** Texts looked up by the tests from now on are those of `lang` (content/translations/<lang>.yaml). */
export function useLanguage(lang) {
  LANG = lang;
  TRANSLATIONS = lang === 'ja'
    ? new Map()
    : new Map(readYaml(`content/translations/${lang}.yaml`).texts.map((e) => [e.ja.trim(), e[lang] ?? e.ja]));
}

/** content/languages.yaml: the languages offered. */
export const languages = () => readYaml('content/languages.yaml').languages;

/** Every item of a list that may be split into `content/<name>/*.yaml` (each file `{ <name>: [...] }`
 *  or a bare list) or kept in one `content/<name>.yaml`. */
function readList(name) {
  const dir = path.join(REPO, 'content', name);
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `content/${name}/${f}`)
    : [`content/${name}.yaml`];
  return files.flatMap((f) => {
    const v = readYaml(f);
    return Array.isArray(v) ? v : (v?.[name] ?? []);
  });
}

/** content/ as plain objects: events (by order), questions and procedures by id, ui texts. */
export function loadContent() {
  const questions = new Map(readList('questions').map((q) => [q.id, q]));
  const events = fs.readdirSync(path.join(REPO, 'content/events'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => readYaml(`content/events/${f}`))
    .sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
  const procedures = new Map();
  const procDir = path.join(REPO, 'content/procedures');
  if (fs.existsSync(procDir)) {
    for (const f of fs.readdirSync(procDir).filter((f) => /\.ya?ml$/.test(f))) {
      const p = readYaml(`content/procedures/${f}`);
      procedures.set(p.id, p);
    }
  }
  const uiPath = path.join(REPO, 'content/ui.yaml');
  const ui = fs.existsSync(uiPath) ? readYaml('content/ui.yaml') : {};
  return { questions, events, procedures, ui };
}

/** tests/scenarios/<event>.yaml, the content author's expected results. */
export function loadScenarios(event) {
  return readYaml(`tests/scenarios/${event}.yaml`);
}

/** A RegExp that matches `s` literally. */
export const literal = (s) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
