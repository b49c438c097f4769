// Fails when Cargo.lock holds a crate listed in scripts/advisories.txt (in the versions listed
// there): an unsound or abandoned crate must not slip in with a new dependency or an update.
// Offline and instant (no advisory database, no build), so it runs first in scripts/test.
//
//   node scripts/check-deps.mjs [Cargo.lock] [advisories.txt]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** "1.2.3" → [1, 2, 3] (a pre-release suffix is ignored). */
const parts = (v) => v.split(/[-+]/)[0].split('.').map((n) => Number(n) || 0);
function compare(a, b) {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
/** `*`, `<1.0.0`, `>=2`, `=0.4.1`: whether `version` is in it. */
export function matches(range, version) {
  if (range === '*') return true;
  const m = /^(<=|>=|<|>|=)(\d+(\.\d+){0,2})$/.exec(range);
  if (!m) throw new Error(`unknown version range "${range}" (use *, <x.y.z, <=, >, >= or =)`);
  const c = compare(version, m[2]);
  return { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '=': c === 0 }[m[1]];
}

export function packages(lock) {
  return [...lock.matchAll(/\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"/g)].map((m) => ({ name: m[1], version: m[2] }));
}

export function denied(list) {
  return list.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const [name, range, ...why] = l.split(/\s+/);
    matches(range, '0.0.0'); // a bad range fails here, not when the crate arrives
    return { name, range, why: why.join(' ') };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const lockFile = process.argv[2] || path.join(REPO, 'Cargo.lock');
  const listFile = process.argv[3] || path.join(REPO, 'scripts/advisories.txt');
  const pkgs = packages(fs.readFileSync(lockFile, 'utf8'));
  const list = denied(fs.readFileSync(listFile, 'utf8'));
  if (pkgs.length === 0) {
    console.error(`error: no [[package]] found in ${lockFile}`);
    process.exit(1);
  }
  const found = pkgs.flatMap((p) => list.filter((d) => d.name === p.name && matches(d.range, p.version)).map((d) => ({ ...p, ...d })));
  if (found.length) {
    for (const f of found) console.error(`error: Cargo.lock has ${f.name} ${f.version} (listed as ${f.range}): ${f.why}`);
    console.error(`See \`cargo tree -i <crate>\` for who pulls it in; ${path.relative(REPO, listFile)} says what to use instead.`);
    process.exit(1);
  }
  console.log(`deps: ${pkgs.length} crates in Cargo.lock, none of the ${list.length} listed in ${path.relative(REPO, listFile)}`);
}
