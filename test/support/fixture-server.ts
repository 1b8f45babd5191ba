/**
 * Serves `test/fixtures/` (and the demo page) over HTTP on loopback only. The same server answers as
 * `127.0.0.1` and as `localhost`, which browsers treat as two sites: that is how tests get a
 * cross-origin iframe and a second hostname for per-site switches without a second server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The same content from another site: `http://localhost:PORT` */
  altOrigin: string;
  close(): Promise<void>;
}

/** `routes` maps a URL path to generated content, for pages built at test time (e.g. a 10 MB page). */
export async function startFixtureServer(
  roots: string[] = [resolve('test/fixtures')],
  routes: Record<string, () => string> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route) {
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? TYPES['.html'],
        'cache-control': 'no-store',
      });
      res.end(route());
      return;
    }
    for (const root of roots) {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    altOrigin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
