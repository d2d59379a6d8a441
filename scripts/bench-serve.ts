/**
 * `npm run bench:serve`: a bounded burst (10 s, 10 connections, 127.0.0.1 only) at the last build
 * served by `npm run serve`'s nginx, over a mix of page types, asking for gzip as browsers do.
 * Reports requests per second, p50/p99 latency and errors (must be 0), then the bytes each page
 * type costs with gzip and without. Run it after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { startNginx } from './lib/nginx-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env['HPH_OUT_DIR'] ?? 'dist');
const DURATION_S = 10;
const CONNECTIONS = 10;

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** One address per kind of response a visitor meets, each with the file behind it. */
async function pageMix(): Promise<{ kind: string; path: string; file?: string }[]> {
  const first = async (folder: string, test: (name: string) => boolean) =>
    (await readdir(join(dist, folder))).filter(test).sort()[0];
  const goal = await first('mal/vuxna', () => true);
  const area = await first('fokusomraden', (name) => !name.includes('.'));
  const css = await first('_astro', (name) => name.endsWith('.css'));
  const js = await first('_astro', (name) => name.endsWith('.js'));
  return [
    { kind: 'startsida', path: '/', file: 'index.html' },
    { kind: 'mål', path: `/mal/vuxna/${goal}/`, file: `mal/vuxna/${goal}/index.html` },
    { kind: 'fokusområde', path: `/fokusomraden/${area}/`, file: `fokusomraden/${area}/index.html` },
    { kind: 'hela planen', path: '/handlingsplan/', file: 'handlingsplan/index.html' },
    { kind: 'sök', path: '/sok/', file: 'sok/index.html' },
    { kind: 'css', path: `/_astro/${css}`, file: `_astro/${css}` },
    { kind: 'js', path: `/_astro/${js}`, file: `_astro/${js}` },
    { kind: 'csv', path: '/data/mal.csv', file: 'data/mal.csv' },
    { kind: '404', path: '/finns-inte/', file: '404.html' },
  ];
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function run() {
  // 1. A build to serve.
  if (!existsSync(join(dist, '_nginx.conf'))) {
    console.log(`Det finns inget bygge i ${dist}. Kör \`npm run build\` (eller \`npm run build:preview\`) först.`);
    process.exitCode = 1;
    return;
  }
  const mix = await pageMix();
  const server = await startNginx({ dist, port: await freePort(), stdio: 'pipe' });
  try {
    // 2. The burst: every connection cycles through the mix.
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { 'accept-encoding': 'gzip' },
      requests: mix.map(({ path }) => ({ method: 'GET', path })),
    });
    const notFound = result.statusCodeStats['404']?.count ?? 0;
    console.log(`nginx, ${CONNECTIONS} anslutningar i ${result.duration} s över ${mix.length} sorters svar (gzip):`);
    console.log(`  ${Math.round(result.requests.average)} förfrågningar/s, latens p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    console.log(`  ${result.requests.total} förfrågningar, ${result.errors} fel, ${result.timeouts} timeouts, ${result.non2xx - notFound} oväntade statuskoder (utöver ${notFound} avsiktliga 404)`);

    // 3. What each kind of page costs to send.
    console.log('\nBytes per svar, gzip mot okomprimerat:');
    for (const { kind, file } of mix) {
      if (!file) continue;
      const raw = (await stat(join(dist, file))).size;
      const gz = existsSync(join(dist, `${file}.gz`)) ? (await stat(join(dist, `${file}.gz`))).size : raw;
      console.log(`  ${kind.padEnd(12)} ${kB(gz).padStart(9)} av ${kB(raw).padStart(9)} (${Math.round((100 * gz) / raw)} %)`);
    }
    if (result.errors > 0 || result.timeouts > 0 || result.non2xx - notFound > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

await run();
