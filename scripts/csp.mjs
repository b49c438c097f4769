// Writes a Content-Security-Policy <meta> into every HTML file of a build; run by
// scripts/post-build after everything that writes HTML and before sw.js (which lists the
// final bytes). Node only, no packages, no network:
//
//   node scripts/csp.mjs DIR      every DIR/**/*.html: check, then write its policy
//
// The policy allows only what the page uses: its own files ('self'), WebAssembly
// ('wasm-unsafe-eval', never 'unsafe-eval'), and each inline <script> and <style> by the
// SHA-256 of its text (Trunk inlines the module that starts the wasm and assets/shell.js; the
// handbook inlines its style). Never 'unsafe-inline', so an injected <script>, onerror= or
// style= does nothing. A page may therefore not carry inline event handlers, style
// attributes or javascript: URLs: the build fails and names the file instead. What a
// <meta> cannot carry (frame-ancestors: who may embed the guide) is a response header of
// the city's server (README: "Response headers for the city's server").

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every *.html under `dir`, as '/'-separated relative paths. */
function htmlFiles(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.name.startsWith('.')) return [];
    if (e.isDirectory()) return htmlFiles(dir, p);
    return p.endsWith('.html') ? [p] : [];
  }).sort();
}

// Inline elements whose text a browser hashes: <script> without src, and <style>.
const ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const META = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/gi;
const attr = (attrs, name) => new RegExp(`\\s${name}\\s*=`, 'i').test(attrs);

/** The browser hashes the element's text after the HTML parser turned CR LF into LF. */
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;

/**
 * The policy for one page's HTML, or throws naming what a strict policy cannot allow.
 * Exported for the tests (tests/browser/csp.test.mjs).
 */
export function policyFor(html, file = 'page') {
  html = html.replace(META, '');
  const scripts = [];
  const styles = [];
  let external = false;
  for (const [, tag, attrs, text] of html.matchAll(ELEMENT)) {
    if (tag.toLowerCase() === 'style') styles.push(sha256(text));
    else if (attr(attrs, 'src')) external = true;
    // A JSON data block (the start texts index.html carries for assets/shell.js) never runs,
    // so the policy has nothing to allow; an import map would, and is not covered.
    else if (/\stype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
    else if (/\stype\s*=\s*["']?importmap/i.test(attrs)) throw new Error(`${file}: a <script type=importmap> is not covered by this policy`);
    else scripts.push(sha256(text));
  }
  // Attributes, outside script and style text: the ones a strict policy refuses.
  const markup = html.replace(ELEMENT, '<$1$2></$1>');
  for (const [tag] of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const bad = /\son[a-z]+\s*=/i.test(tag) ? 'an inline event handler (on…=)'
      : /\sstyle\s*=/i.test(tag) ? 'a style attribute'
      : /=\s*["']?\s*javascript:/i.test(tag) ? 'a javascript: URL'
      : null;
    if (bad) throw new Error(`${file}: ${bad} is refused by the Content-Security-Policy: ${tag.slice(0, 120)}`);
  }
  const links = [...markup.matchAll(/<link\b[^>]*>/gi)].map(([l]) => l);
  const rel = (r) => links.some((l) => new RegExp(`\\srel\\s*=\\s*["']?${r}\\b`, 'i').test(l));
  const runsScript = external || scripts.length > 0 || rel('modulepreload');
  const directives = [
    ["default-src", "'none'"],
    // A page that runs any script is the app: its .js, its .wasm (fetched, then compiled),
    // its texts, its service worker. A page without scripts (the handbook) gets none of it.
    ['script-src', ...(runsScript ? ["'self'", "'wasm-unsafe-eval'"] : []), ...scripts],
    ['style-src', ...(rel('stylesheet') ? ["'self'"] : []), ...styles],
    // The favicon is a data: URL; the icons and the QR code (inline SVG) need nothing else.
    ['img-src', "'self'", 'data:'],
    ...(runsScript ? [['connect-src', "'self'"], ['worker-src', "'self'"]] : []),
    ...(rel('manifest') ? [['manifest-src', "'self'"]] : []),
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.filter((d) => d.length > 1).map((d) => d.join(' ')).join('; ');
}

/** Writes the policy of each page into it (replacing an earlier one); returns { file: policy }. */
export function writeCsp(dir) {
  const out = {};
  for (const file of htmlFiles(dir)) {
    const full = path.join(dir, file);
    const html = fs.readFileSync(full, 'utf8').replace(META, '');
    const policy = policyFor(html, file);
    // Right after <meta charset>: before any script, style or link it governs.
    const charset = /<meta charset=[^>]*>\n?/i.exec(html);
    if (!charset) throw new Error(`${file}: no <meta charset>, after which the policy goes`);
    const at = charset.index + charset[0].length;
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">\n`;
    fs.writeFileSync(full, html.slice(0, at) + meta + html.slice(at));
    out[file] = policy;
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
    console.error('usage: node scripts/csp.mjs DIR   (DIR holds a build: index.html, …)');
    process.exit(2);
  }
  try {
    const written = writeCsp(dir);
    console.log(`csp: a policy in ${Object.keys(written).length} pages; index.html: ${written['index.html']}`);
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}
