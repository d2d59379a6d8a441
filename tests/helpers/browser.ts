/**
 * Browser tests: Debian's Chromium driven by playwright-core, against a built site served from
 * loopback. Chromium is a system prerequisite (`apt-get install -y chromium`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { readablePages } from '../../scripts/lib/site-pages.ts';
import { serveSite } from './static-host.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Webbläsartesterna behöver Chromium, men ${CHROMIUM_PATH} finns inte. ` +
        'Installera det med `apt-get install -y chromium` (Debian), eller ange sökvägen i CHROMIUM_PATH.',
    );
  }
}

/** Serves `dist/` the way a static host does, on a free loopback port. */
export async function serveDist(distDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const serve = sirv(distDir, { dev: false, etag: false, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(`${distDir}/404.html`) ? readFileSync(`${distDir}/404.html`, 'utf8') : 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Launches headless Chromium with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface SiteInBrowser {
  browser: Browser;
  /** `http://127.0.0.1:<port>`: the served site. */
  origin: string;
  /** Every readable page's address (`readablePages`), in order. */
  urls: string[];
}

/**
 * For a test file that walks a built site in Chromium: serves `distDir` as a host that reads
 * `_headers` does (`serveSite`) and launches the browser before the file's tests, closes both
 * after them. The fields are filled once `beforeAll` has run.
 */
export function useSiteInBrowser(distDir: string): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let server: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    server = await serveSite(distDir);
    site.origin = server.origin;
    site.browser = await launchBrowser();
    site.urls = (await readablePages(distDir)).map((page) => page.url);
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
