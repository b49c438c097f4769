// Bytes a phone downloads, raw, gzip -9 and brotli -q 11, checked against budgets.json.
// Run by scripts/bench-size (after a build) and by CI's `size` step; exits 1 when a budget
// is exceeded, naming what grew against the reference sizes recorded in budgets.json.
//
//   node scripts/bench-size.mjs [DIST]           measure DIST (default dist/)
//   node scripts/bench-size.mjs --reference      also print budgets.json's `reference` for
//                                                these sizes (paste it when lowering a budget)
//
// The first visit is index.html plus every script, wasm and stylesheet it loads, plus the
// Japanese texts when they are a file of their own (texts/texts-ja.bin): what a Japanese
// first-time visitor needs for the home page, one event's questions and its results. The
// manifest and icons (fetched for installing) and the service worker's precache after the
// page has loaded are reported, not budgeted.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const printReference = args.includes('--reference');
const DIST = path.resolve(REPO, args.find((a) => !a.startsWith('--')) ?? 'dist');
const budgets = JSON.parse(fs.readFileSync(path.join(REPO, 'budgets.json'), 'utf8'));

const index = path.join(DIST, 'index.html');
if (!fs.existsSync(index)) {
  console.error(`${index} is missing: build first (./scripts/bench-size without --no-build)`);
  process.exit(2);
}

function sizes(file) {
  const data = fs.readFileSync(path.join(DIST, file));
  return {
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

/** A file's name without Trunk's content hash, so sizes compare across builds. */
const part = (file) => file.replace(/-[0-9a-f]{12,16}(?=[._])/, '');

/** Files index.html loads: <script src>, <link href> and './…' in inline scripts (Trunk's
 *  loader imports the glue and names the wasm), for scripts, wasm, styles and texts. */
function loadedBy(html) {
  const urls = new Set();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/['"](\.\/[^'"\s]+)['"]/g)) urls.add(m[1]);
  return [...urls]
    .filter((u) => !/^[a-z]+:/i.test(u) && /\.(js|wasm|css|bin)$/.test(u.split(/[?#]/)[0]))
    .map((u) => path.posix.normalize(u.split(/[?#]/)[0]).replace(/^\.\//, ''))
    .filter((f) => fs.existsSync(path.join(DIST, f)));
}

const html = fs.readFileSync(index, 'utf8');
const firstFiles = ['index.html', ...loadedBy(html)];
if (fs.existsSync(path.join(DIST, 'texts/texts-ja.bin'))) firstFiles.push('texts/texts-ja.bin');
const first = [...new Set(firstFiles)].map((f) => ({ file: f, part: part(f), ...sizes(f) }));
const sum = (rows, k) => rows.reduce((s, r) => s + r[k], 0);
const total = { raw: sum(first, 'raw'), gzip: sum(first, 'gzip'), brotli: sum(first, 'brotli') };

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const row = (name, s) =>
  console.log(`${name.padEnd(46)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(10)}`);
const line = () => console.log('-'.repeat(77));

console.log(`\n${'first visit (Japanese)'.padEnd(46)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli 11'.padStart(10)}`);
line();
for (const r of first) row(r.file, r);
line();
row('total', total);
console.log(`${''.padEnd(46)} ${kb(total.raw).padStart(9)} ${kb(total.gzip).padStart(9)} ${kb(total.brotli).padStart(10)}`);

// Each other language is a separate download, fetched only when chosen: what choosing it adds.
const textsDir = path.join(DIST, 'texts');
const langs = (fs.existsSync(textsDir) ? fs.readdirSync(textsDir) : [])
  .filter((f) => /^texts-.+\.bin$/.test(f) && f !== 'texts-ja.bin')
  .sort()
  .map((f) => ({ lang: f.slice(6, -4), file: `texts/${f}`, ...sizes(`texts/${f}`) }));
if (langs.length) {
  console.log(`\n${'language texts (downloaded only when chosen)'.padEnd(46)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli 11'.padStart(10)}`);
  for (const l of langs) row(l.file, l);
}

// Not budgeted: what the browser fetches to offer installing, and the offline precache.
const also = ['manifest.webmanifest', ...[...html.matchAll(/rel="apple-touch-icon" href="([^"]+)"/g)].map((m) => m[1])]
  .filter((f) => fs.existsSync(path.join(DIST, f)));
const alsoBr = also.reduce((s, f) => s + sizes(f).brotli, 0);
const swFiles = fs.existsSync(path.join(DIST, 'sw.js'))
  ? (fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/\[\["[^\n]*\]\]/)?.[0] ?? '[]')
  : '[]';
const precache = JSON.parse(swFiles).map(([f]) => f).filter((f) => fs.existsSync(path.join(DIST, f)));
const precacheBr = precache.reduce((s, f) => s + sizes(f).brotli, 0);
console.log(`\nnot budgeted: manifest and touch icon ${kb(alsoBr)} brotli; the service worker's precache after load ${precache.length} files, ${kb(precacheBr)} brotli`);

// ---- budgets --------------------------------------------------------------------------------
const failures = [];
const fb = budgets.first_visit;
const grew = (now, ref) => {
  const names = [...new Set([...Object.keys(now), ...Object.keys(ref ?? {})])];
  return names
    .map((n) => ({ n, now: now[n] ?? 0, was: ref?.[n] ?? 0 }))
    .map((d) => ({ ...d, delta: d.now - d.was }))
    .sort((a, b) => b.delta - a.delta);
};
const firstParts = Object.fromEntries(first.map((r) => [r.part, r.brotli]));
if (total.brotli > fb.budget_brotli) {
  const lines = [`first visit: ${total.brotli} bytes brotli (${kb(total.brotli)}) is ${total.brotli - fb.budget_brotli} bytes over its budget of ${fb.budget_brotli} (${kb(fb.budget_brotli)}, budgets.json)`];
  lines.push('  what changed against budgets.json first_visit.reference (bytes brotli):');
  for (const d of grew(firstParts, fb.reference)) {
    lines.push(`    ${d.n.padEnd(34)} ${String(d.now).padStart(8)}  was ${String(d.was).padStart(8)}  ${d.delta >= 0 ? '+' : ''}${d.delta}`);
  }
  failures.push(lines.join('\n'));
}
const lb = budgets.language;
for (const l of langs) {
  if (l.brotli > lb.budget_brotli) {
    const was = lb.reference?.[l.lang];
    failures.push(
      `language ${l.lang}: ${l.file} is ${l.brotli} bytes brotli, ${l.brotli - lb.budget_brotli} over its budget of ${lb.budget_brotli}` +
        (was !== undefined ? ` (was ${was}: ${l.brotli - was >= 0 ? '+' : ''}${l.brotli - was})` : ''),
    );
  }
}

const result = {
  first_visit: { files: first, total, budget_brotli: fb.budget_brotli, within: total.brotli <= fb.budget_brotli },
  languages: langs.map(({ lang, raw, gzip, brotli }) => ({ lang, raw, gzip, brotli })),
  language_budget_brotli: lb.budget_brotli,
  not_budgeted: { install_brotli: alsoBr, precache_files: precache.length, precache_brotli: precacheBr },
};
fs.mkdirSync(path.join(REPO, '.bench'), { recursive: true });
fs.writeFileSync(path.join(REPO, '.bench/size.json'), JSON.stringify(result, null, 2) + '\n');

if (printReference) {
  console.log('\nbudgets.json references for these sizes:');
  console.log(JSON.stringify({ first_visit: firstParts, language: Object.fromEntries(langs.map((l) => [l.lang, l.brotli])) }, null, 2));
}
console.log();
if (failures.length) {
  for (const f of failures) console.error(`OVER BUDGET: ${f}`);
  console.error('\nMake it smaller, or raise the budget in budgets.json in a commit that says why.');
  process.exit(1);
}
console.log(`within budget: first visit ${kb(total.brotli)} <= ${kb(fb.budget_brotli)} brotli; every language file <= ${kb(lb.budget_brotli)}`);
console.log('(written to .bench/size.json)');
