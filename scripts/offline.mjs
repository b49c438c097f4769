// Makes a build installable and usable offline; run by scripts/post-build after every build,
// last, on Trunk's staging folder (node only, no packages, no network):
//
//   node scripts/offline.mjs DIR           draw DIR/icons/*.png, then write DIR/sw.js
//   node scripts/offline.mjs --sw-only DIR only write DIR/sw.js (the tests use it on a copy)
//   node scripts/offline.mjs --retire DIR  write the kill-switch as DIR/sw.js (assets/sw-retire.js)
//
// GUIDE_SW=retire (e.g. `GUIDE_SW=retire trunk build --release`) does the same in a build.
//
// DIR/sw.js is assets/sw.js with the list of every file of DIR (but sw.js) and its hash, and
// BUILD, a hash of that list: a new build is a new service worker and a new cache. With
// TRUNK_PROFILE=debug (`trunk serve`) the list is empty, so nothing is cached while developing.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(REPO, 'assets/sw.js');
const RETIRE = path.join(REPO, 'assets/sw-retire.js');

/** The sizes drawn: 192 and 512 for the manifest (see crates/content/src/manifest.rs), 180 for iOS. */
export const ICON_SIZES = [180, 192, 512];

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** Every file under `dir` but sw.js and hidden ones, as sorted '/'-separated relative paths. */
function filesOf(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return filesOf(dir, p);
      return p === 'sw.js' ? [] : [p];
    })
    .sort();
}

/** Writes `dir`/sw.js for the files in `dir`; returns { build, files }. */
export function writeServiceWorker(dir, { precache = true } = {}) {
  const files = precache ? filesOf(dir).map((p) => [p, sha256(fs.readFileSync(path.join(dir, p))).slice(0, 16)]) : [];
  const build = sha256(files.map(([p, h]) => `${p}\0${h}\n`).join('')).slice(0, 16);
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  if (!template.includes('"__BUILD__"') || !template.includes('__FILES__')) {
    throw new Error(`${TEMPLATE} has lost its "__BUILD__" or __FILES__ placeholder`);
  }
  const sw = withoutComments(template, 'assets/sw.js')
    .replace('"__BUILD__"', JSON.stringify(build))
    .replace('__FILES__', JSON.stringify(files));
  fs.writeFileSync(path.join(dir, 'sw.js'), sw);
  return { build, files };
}

/** Writes the kill-switch (assets/sw-retire.js) as `dir`/sw.js. */
export function writeRetiringWorker(dir) {
  fs.writeFileSync(path.join(dir, 'sw.js'), withoutComments(fs.readFileSync(RETIRE, 'utf8'), 'assets/sw-retire.js'));
}

// The comments stay in assets/: a phone fetches sw.js again on every visit to look for a new build.
function withoutComments(template, source) {
  const code = template.split('\n').filter((line) => !/^\s*(\/\/|\/\*\*.*\*\/\s*$)/.test(line) && line.trim() !== '');
  return [`// Built by scripts/offline.mjs from ${source}, which explains it.`, ...code, ''].join('\n');
}

// ---- icons: the favicon's white tick on the guide's blue, drawn here (no image tools) ------

const BLUE = [0x00, 0x17, 0xc1];
// The tick of index.html's favicon, in its 32-unit box: M9 16.5 l5 5 9-11, stroke 3.5, round.
const TICK = [[9, 16.5], [14, 21.5], [23, 10.5]];
const HALF_STROKE = 1.75;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/**
 * A square, full-bleed PNG (RGB): usable as a plain and as a maskable icon, as the tick stays
 * inside the middle 80% "safe zone" that a phone's mask keeps.
 */
export function drawIcon(size) {
  const S = 4; // 4×4 samples a pixel, for smooth edges
  const row = size * 3 + 1;
  const raw = Buffer.alloc(row * size);
  for (let y = 0; y < size; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const px = ((x + (sx + 0.5) / S) / size) * 32;
          const py = ((y + (sy + 0.5) / S) / size) * 32;
          const d = Math.min(distanceToSegment(px, py, TICK[0], TICK[1]), distanceToSegment(px, py, TICK[1], TICK[2]));
          if (d <= HALF_STROKE) inside++;
        }
      }
      const a = inside / (S * S);
      for (let c = 0; c < 3; c++) raw[y * row + 1 + x * 3 + c] = Math.round(BLUE[c] * (1 - a) + 255 * a);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function writeIcons(dir) {
  fs.mkdirSync(path.join(dir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) fs.writeFileSync(path.join(dir, `icons/icon-${size}.png`), drawIcon(size));
  // Every icon the manifest (written by `guide-content manifest`) names must exist.
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.webmanifest'), 'utf8'));
  for (const icon of manifest.icons) {
    if (!fs.existsSync(path.join(dir, icon.src))) throw new Error(`manifest.webmanifest names ${icon.src}, which is not drawn (ICON_SIZES in scripts/offline.mjs)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const swOnly = args.includes('--sw-only');
  const retire = args.includes('--retire') || process.env.GUIDE_SW === 'retire';
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
    console.error('usage: node scripts/offline.mjs [--sw-only] DIR   (DIR holds a build: index.html, …)');
    process.exit(2);
  }
  try {
    if (!swOnly && !args.includes('--retire')) writeIcons(dir);
    if (retire) {
      writeRetiringWorker(dir);
      console.log('sw.js: the kill-switch (assets/sw-retire.js): phones drop the guide\'s worker and its caches');
      process.exit(0);
    }
    const precache = process.env.TRUNK_PROFILE !== 'debug';
    const { build, files } = writeServiceWorker(dir, { precache });
    console.log(precache
      ? `sw.js: build ${build}, ${files.length} files precached`
      : 'sw.js: debug build, nothing precached (trunk serve)');
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}
