// A tiny static file server for dist/, used by the browser tests and by scripts/serve.
// It serves the site under an arbitrary sub-path (the tests use /city/guide/) to prove the
// build's relative asset URLs work wherever the city puts it, and it does not compress.
//
//   node tests/browser/server.mjs [--root dist] [--base /] [--host 127.0.0.1] [--port 8080]

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(REPO, 'dist');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function normalizeBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** Listens on a free port (or `port`); resolves to the listening http.Server. */
function listen(server, host, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Serves `root` under `base`. Resolves to { origin, url, port, requests, close() }:
 * `url` is origin + base; `requests` lists every path asked for, with its status.
 * With `compress`, bodies are sent brotli- or gzip-encoded when the browser accepts it, as a
 * city web server should (scripts/bench-time measures with it).
 */
export async function startServer({ root = DIST, base = '/city/guide/', host = '127.0.0.1', port = 0, compress = false } = {}) {
  base = normalizeBase(base);
  const rootAbs = path.resolve(root);
  const requests = [];
  const encoded = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, headers, body) => {
      requests.push({ method: req.method, path: url.pathname, status });
      const accepts = String(req.headers['accept-encoding'] || '');
      const coding = !compress || status !== 200 || !Buffer.isBuffer(body) ? null
        : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      if (coding) {
        const key = `${coding}:${url.pathname}`;
        if (!encoded.has(key)) {
          encoded.set(key, coding === 'br'
            ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
            : zlib.gzipSync(body, { level: 9 }));
        }
        body = encoded.get(key);
        headers = { ...headers, 'Content-Encoding': coding, 'Content-Length': body.length, Vary: 'Accept-Encoding' };
      }
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD' }, 'method not allowed');
    if (url.pathname + '/' === base) return send(301, { Location: base + url.search }, '');
    if (!url.pathname.startsWith(base)) return send(404, { 'Content-Type': 'text/plain' }, `not found: the site is under ${base}`);
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return send(400, { 'Content-Type': 'text/plain' }, 'bad path');
    }
    let file = path.resolve(rootAbs, '.' + path.posix.normalize('/' + rel));
    if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return send(403, { 'Content-Type': 'text/plain' }, 'forbidden');
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = fs.readFileSync(file);
      const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
      return send(200, { 'Content-Type': type, 'Content-Length': body.length, 'X-Content-Type-Options': 'nosniff' }, body);
    } catch {
      return send(404, { 'Content-Type': 'text/plain' }, 'not found');
    }
  });
  await listen(server, host, port);
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    port: server.address().port,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/**
 * A second server on another port (so another origin): the "city web site" that embeds the
 * guide in an iframe. `html` is the page served at every path, or a function from the path
 * (`/`, `/before`, …) to the page.
 */
export async function startHostPage(html, { host = '127.0.0.1' } = {}) {
  const page = typeof html === 'function' ? html : () => html;
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page(new URL(req.url, 'http://x').pathname));
  });
  await listen(server, host, 0);
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    url: origin + '/',
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

// CLI: `node tests/browser/server.mjs --port 8080` (used by scripts/serve).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
  };
  const root = path.resolve(opt('--root', DIST));
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`error: ${root}/index.html does not exist: build first (trunk build --release)`);
    process.exit(1);
  }
  const port = Number(opt('--port', process.env.PORT || 8080));
  try {
    const s = await startServer({ root, base: opt('--base', '/'), host: opt('--host', '127.0.0.1'), port });
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at ${s.url}  (Ctrl-C to stop)`);
    const stop = () => s.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(e.code === 'EADDRINUSE' ? `error: port ${port} is in use: try PORT=8081 ./scripts/serve` : String(e));
    process.exit(1);
  }
}
