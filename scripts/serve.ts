/**
 * A small static server for the built site under a sub-path, as a newsroom
 * would host it: `tsx scripts/serve.ts [dir] [--port 4173] [--base /graphics/story/]`.
 * Like an ordinary web host it compresses text with gzip and sends an ETag
 * with `Cache-Control: no-cache` (a browser may keep a copy, and asks whether
 * it is still current before using it: 304 if so), except for `assets/`, whose
 * names carry a hash of their content: those are cached for a year without
 * asking again, as Vite's output is meant to be served. It 404s anything outside
 * the base path, so a stray absolute URL shows up in tests. Like a host or a
 * CDN it compresses a file once and keeps the result until the file changes,
 * so the server's own work does not compete with the browser it serves.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8'
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

export interface ServeOptions {
  dir: string;
  port: number;
  base: string;
  host?: string;
}

interface Prepared {
  key: string;
  type: string;
  etag: string;
  body: Buffer;
  gzipped: Buffer | null;
}

export function serve({ dir, port, base, host = '127.0.0.1' }: ServeOptions): Promise<Server> {
  const root = resolve(dir);
  const prepared = new Map<string, Prepared>();
  /** The file's body, ETag and gzip, made again only when its size or time changes. */
  const prepare = async (file: string, size: number, mtimeMs: number): Promise<Prepared> => {
    const key = `${size}:${mtimeMs}`;
    const known = prepared.get(file);
    if (known?.key === key) return known;
    const body = await readFile(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const ext = extname(file);
    const ready = { key, type: TYPES[ext] ?? 'application/octet-stream', etag, body, gzipped: COMPRESS.has(ext) ? gzipSync(body) : null };
    prepared.set(file, ready);
    return ready;
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(url.pathname === '/' ? 302 : 404, url.pathname === '/' ? { location: base } : {});
      res.end();
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const { type, etag, body, gzipped } = await prepare(file, info.size, info.mtimeMs);
      const hashed = rel.startsWith('assets/');
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': hashed ? IMMUTABLE : 'no-cache', etag };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      const gzip = gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? gzipped : null;
      if (gzip) headers['content-encoding'] = 'gzip';
      const out = gzip ?? body;
      headers['content-length'] = String(out.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
  const port = Number(flag('--port', '4173'));
  const base = flag('--base', '/graphics/story/');
  serve({ dir, port, base }).then(() => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`));
}
