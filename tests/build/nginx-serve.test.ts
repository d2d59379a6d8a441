/**
 * `npm run serve`: Debian's nginx with the configuration the build writes, over HTTP. A fixture
 * plan with a renumbered goal (an old address to redirect) and an address the ledger records as
 * removed is built once; each test asks the running server as a browser or crawler would.
 */
import { request } from 'node:http';
import { createServer } from 'node:net';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { scenario } from '../helpers/scenario.ts';
import { startNginx, type RunningServer } from '../../scripts/lib/nginx-server.ts';

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: RunningServer;
let dist: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** One GET, no redirects followed, the body decompressed only if the server compressed it. */
function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    request(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  const { contentDir } = await scenario('served-site');
  ({ outDir: dist } = await buildSite({ contentDir, env: { SKIP_OG: '1' } }));
  server = await startNginx({ dist, port: await freePort(), stdio: 'pipe' });
});

afterAll(async () => {
  await server?.stop();
});

const SECURITY = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'cross-origin-opener-policy'];

describe('npm run serve', () => {
  it('redirects every earlier address with a real 301 to the page, with and without the last slash', async () => {
    for (const path of ['/mal/vuxna/1-2/', '/mal/vuxna/1-2']) {
      const response = await get(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.location, path).toBe('/mal/vuxna/1-3/');
    }
    expect((await get('/mal/vuxna/1-3')).headers.location).toBe('/mal/vuxna/1-3/');
  });

  it('answers an address removed on purpose with 410 Gone and a Swedish page with the editor\'s note', async () => {
    const response = await get('/mal/vuxna/1-9/');
    expect(response.status).toBe(410);
    expect(response.body).toContain('<h1>Sidan är borttagen</h1>');
    expect(response.body).toContain('Målet ströks ur planen när den förlängdes.');
    expect((await get('/borttagen/mal/vuxna/1-9/')).status).toBe(404);
  });

  it('answers an unknown address with 404 and the site\'s 404 page, and lists no folder', async () => {
    const response = await get('/finns-inte/');
    expect(response.status).toBe(404);
    expect(response.body).toContain('Sidan du sökte finns inte');
    expect((await get('/_astro/')).status).toBe(404);
    for (const path of ['/_headers', '/_redirects', '/_nginx.conf']) expect((await get(path)).status, path).toBe(404);
  });

  it('sends each page its own Content-Security-Policy and every security header, on errors too', async () => {
    const goal = await get('/mal/vuxna/1-3/');
    const search = await get('/sok/');
    const gone = await get('/mal/vuxna/1-9/');
    for (const response of [goal, search, gone, await get('/finns-inte/'), await get('/mal/vuxna/1-2/')]) {
      for (const name of SECURITY) expect(response.headers[name], name).toBeTruthy();
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    expect(goal.headers['content-security-policy']).not.toContain('wasm-unsafe-eval');
    expect(search.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(goal.body)?.[1];
    expect(goal.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('caches hashed assets for a year as immutable, pages briefly', async () => {
    const css = (await readdir(join(dist, '_astro'))).find((name) => name.endsWith('.css'))!;
    expect((await get(`/_astro/${css}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('public, max-age=300');
  });

  it('sends the precompressed copy to clients that accept gzip, and plain text to others', async () => {
    for (const path of ['/', `/data/mal.csv`, '/sitemap-0.xml', '/favicon.svg']) {
      const zipped = await get(path, { 'accept-encoding': 'gzip' });
      const plain = await get(path);
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toBe('Accept-Encoding');
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(zipped.body, path).toBe(plain.body);
    }
    expect((await get('/data/mal.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((await get('/')).headers['content-type']).toBe('text/html; charset=utf-8');
  });
});
