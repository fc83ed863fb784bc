// The built app for the benchmark: read once into memory (so a rebuild of the folder during the
// runs changes nothing) and served over HTTP on a free local port, gzipped like a static host.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteFile {
  body: Buffer;
  /** Gzipped at level 9: what is sent, and what the size figures count. */
  gzip: Buffer;
  type: string;
}

/** Files by URL path ("/index.html", "/assets/index-x.js", "/data/graph.json"). */
export type Site = Map<string, SiteFile>;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function siteFile(urlPath: string, body: Buffer): SiteFile {
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    type: types[extname(urlPath)] ?? 'application/octet-stream',
  };
}

/** Every file under dir, keyed by URL path; `replace` swaps in other contents by URL path. */
export function readSite(dir: string, replace: Record<string, Buffer> = {}): Site {
  const site: Site = new Map();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const urlPath = `/${relative(dir, path).split(sep).join('/')}`;
        site.set(urlPath, siteFile(urlPath, readFileSync(path)));
      }
    }
  };
  walk(dir);
  if (!site.has('/index.html')) throw new Error(`${dir} has no index.html: is it a build?`);
  for (const [urlPath, body] of Object.entries(replace)) site.set(urlPath, siteFile(urlPath, body));
  return site;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves the site on 127.0.0.1 at a port the system picks. */
export async function serveSite(site: Site): Promise<Served> {
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '';
    }
    const file = site.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(file ? 'method not allowed' : 'not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
