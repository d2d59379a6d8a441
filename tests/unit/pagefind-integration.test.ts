/** The Pagefind indexing and the post-build pass, against a fake Pagefind API that records what it is asked to do. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { htmlPages, indexSite, writeSearchIndex, type PagefindApi } from '../../src/integrations/pagefind.ts';
import { INDEX_SEPARATELY } from '../../src/integrations/build-steps.ts';
import postBuild from '../../src/integrations/post-build.ts';
import { finishPage } from '../../src/integrations/page-pass.ts';
import { serveLastIndex } from '../../src/integrations/pagefind-dev.ts';
import { filesUnder } from '../../src/integrations/site-files.ts';

interface FakeOptions {
  createErrors?: string[];
  noIndex?: boolean;
  addErrors?: string[];
  /** Pages the fake writes into the index's entry file. */
  indexed?: number;
  writeErrors?: string[];
  addThrows?: Error;
}

function fakePagefind(options: FakeOptions = {}) {
  const calls: string[] = [];
  const contents = new Map<string, string>();
  const api = {
    createIndex: async () => {
      calls.push('createIndex');
      if (options.noIndex) return { errors: options.createErrors ?? [] };
      return {
        errors: options.createErrors ?? [],
        index: {
          addDirectory: async ({ path }: { path: string }) => {
            calls.push(`addDirectory ${path}`);
            for (const page of htmlPages(path)) contents.set(page, await readFile(join(path, page), 'utf8'));
            if (options.addThrows) throw options.addThrows;
            return { errors: options.addErrors ?? [], page_count: contents.size };
          },
          writeFiles: async ({ outputPath }: { outputPath: string }) => {
            calls.push(`writeFiles ${outputPath}`);
            await mkdir(outputPath, { recursive: true });
            const languages = { sv: { hash: 'sv_1', wasm: 'sv', page_count: options.indexed ?? 17 } };
            await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
            await writeFile(join(outputPath, 'pagefind.js'), 'export const search = () => [];\n'.repeat(40));
            return { errors: options.writeErrors ?? [], outputPath };
          },
        },
      };
    },
    close: async () => {
      calls.push('close');
      return null;
    },
  };
  return { api: api as unknown as PagefindApi, calls, contents };
}

/** A built site in a temporary folder: two pages, an asset, and an index from a previous run. */
async function tempSite(): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), 'hph-pagefind-'));
  await mkdir(join(site, 'mal/vuxna/3-2'), { recursive: true });
  await mkdir(join(site, 'pagefind'), { recursive: true });
  await writeFile(join(site, 'index.html'), '<main data-pagefind-body><h1>Start</h1></main>');
  await writeFile(join(site, 'mal/vuxna/3-2/index.html'), '<main data-pagefind-body><dt>Målgrupp</dt><dd>Vuxna</dd></main>');
  await writeFile(join(site, 'favicon.svg'), '<svg></svg>');
  await writeFile(join(site, 'pagefind/old.html'), '<p>not a page</p>');
  return site;
}
const added = (site: string) => `addDirectory ${site}`;

function fakeLogger() {
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line), warn: () => {}, error: () => {}, debug: () => {} };
  return { logger: logger as unknown as AstroIntegrationLogger, lines };
}

describe('indexSite', () => {
  it('creates an index, adds the site folder, writes the index into it and closes Pagefind, in that order', async () => {
    const { api, calls } = fakePagefind();
    const site = await tempSite();
    const result = await indexSite(site, api);
    expect(calls).toEqual(['createIndex', added(site), `writeFiles ${site}/pagefind`, 'close']);
    expect(result).toMatchObject({ pageCount: 17 });
    expect(result.milliseconds).toBeGreaterThanOrEqual(0);
  });

  it('throws, listing every message, when Pagefind reports errors while adding pages, and still closes it', async () => {
    const { api, calls } = fakePagefind({ addErrors: ['Failed to parse the page', 'Second problem'] });
    const site = await tempSite();
    await expect(indexSite(site, api)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Sökindexet kunde inte byggas: Pagefind rapporterade fel i steget \`addDirectory\`:
        - Failed to parse the page
        - Second problem
      Bygget stoppas, så att ingen webbplats med ofullständig sökning publiceras.]
    `);
    expect(calls).toEqual(['createIndex', added(site), 'close']);
  });

  it('throws when creating the index or writing it fails', async () => {
    await expect(indexSite(await tempSite(), fakePagefind({ createErrors: ['no binary'] }).api)).rejects.toThrow(/`createIndex`:\n {2}- no binary/);
    await expect(indexSite(await tempSite(), fakePagefind({ noIndex: true }).api)).rejects.toThrow(/skapade inget index/);
    const writing = fakePagefind({ writeErrors: ['disk full'] });
    await expect(indexSite(await tempSite(), writing.api)).rejects.toThrow(/`writeFiles`:\n {2}- disk full/);
    expect(writing.calls.at(-1)).toBe('close');
  });

  it('throws when no page at all was indexed, because then the markup that marks content is missing', async () => {
    const { api, calls } = fakePagefind({ indexed: 0 });
    const site = await tempSite();
    await expect(indexSite(site, api)).rejects.toThrow(/inga sidor att indexera i `.*hph-pagefind-.*`.*data-pagefind-body/s);
    expect(calls.at(-1)).toBe('close');
  });

  it('closes Pagefind when a call throws outright', async () => {
    const { api, calls } = fakePagefind({ addThrows: new Error('service crashed') });
    const site = await tempSite();
    await expect(indexSite(site, api)).rejects.toThrow('service crashed');
    expect(calls).toEqual(['createIndex', added(site), 'close']);
  });
});

describe('the post-build pass', () => {
  const doc = (head: string, main: string) =>
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>T</title>${head}</head><body><main data-pagefind-body>${main}</main></body></html>`;

  async function builtSite() {
    const site = await tempSite();
    // Whole pages as Astro writes them; the search page declares that it needs Pagefind.
    await writeFile(join(site, 'index.html'), doc('', '<h1>Start</h1>'));
    await writeFile(join(site, 'mal/vuxna/3-2/index.html'), doc('', '<dt>Målgrupp</dt><dd>Vuxna</dd>'));
    await mkdir(join(site, 'sok'));
    await writeFile(join(site, 'sok/index.html'), doc('<meta name="csp-needs" content="pagefind">', '<h1>Sök</h1>'));
    // A redirect stub, which nginx answers with a real 301 instead.
    await mkdir(join(site, 'gammal'));
    await writeFile(join(site, 'gammal/index.html'), doc('<meta http-equiv="refresh" content="0; url=/mal/vuxna/3-2/">', ''));
    // What the other integrations leave behind: the sitemap's index; a page with a repeated abbreviation.
    await writeFile(join(site, 'sitemap-index.xml'), '<sitemapindex/>');
    await writeFile(join(site, 'om.html'), doc('', '<p><abbr title="a" data-glossary>VGR</abbr> och <abbr title="a" data-glossary>VGR</abbr></p>'));
    return site;
  }

  it('lists the pages once, leaving out the index folder', async () => {
    expect(htmlPages(await tempSite())).toEqual(['index.html', 'mal/vuxna/3-2/index.html']);
  });

  it('lists files at every depth, relative to the site, and no folders', async () => {
    const site = await tempSite();
    // A folder whose name looks like a page is not a page.
    await mkdir(join(site, 'arkiv.html'));
    expect(filesUnder(site).sort()).toEqual(['favicon.svg', 'index.html', join('mal', 'vuxna', '3-2', 'index.html'), join('pagefind', 'old.html')]);
    expect(htmlPages(site)).not.toContain('arkiv.html');
  });

  it('runs the page transforms in order, each on the output of the one before, then the security check', () => {
    const order: string[] = [];
    const finished = finishPage(doc('', '<h1>Start</h1>'), [
      { name: 'first', apply: (html: string) => (order.push('first'), html.replace('Start', 'Början')) },
      { name: 'second', apply: (html: string) => (order.push('second'), html.replace('Början', 'Början!')) },
    ]);
    expect(order).toEqual(['first', 'second']);
    expect(finished.html).toContain('<h1>Början!</h1>');
    expect(finished.html).toMatch(/^<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/);
    expect(finished.problems).toEqual([]);
  });

  it('finishes the pages before Pagefind reads them, writes the site files, then compresses everything', async () => {
    const { api, calls, contents } = fakePagefind({ indexed: 2 });
    const { logger, lines } = fakeLogger();
    const site = await builtSite();
    const root = await mkdtemp(join(tmpdir(), 'hph-root-'));
    const integration = postBuild({ pagefind: api });
    integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`) } } as never);
    await integration.hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger, pages: [], assets: new Map() });
    expect(calls).toEqual(['createIndex', added(site), `writeFiles ${site}/pagefind`, 'close']);
    // Pagefind reads the finished pages from dist: one <abbr> per abbreviation, words kept
    // apart, and the policy already in place.
    expect(contents.get('om.html')).toContain('<main data-pagefind-body><p><abbr title="a">VGR</abbr> och VGR</p></main>');
    expect(contents.get('mal/vuxna/3-2/index.html')).toContain('<dt>Målgrupp</dt> <dd>Vuxna</dd>');
    for (const page of contents.values()) expect(page).toMatch(/^<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';/);
    expect(contents.get('sok/index.html')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(contents.get('sok/index.html')).not.toContain('csp-needs');
    expect(await readFile(join(site, 'sitemap.xml'), 'utf8')).toBe('<sitemapindex/>');
    // The redirect page's address forwards to its target on every host, with and without the slash.
    expect(await readFile(join(site, '_redirects'), 'utf8')).toMatch(/^# Tidigare adresser.*\n\/gammal\/ \/mal\/vuxna\/3-2\/ 301\n\/gammal \/mal\/vuxna\/3-2\/ 301\n$/);
    expect(await readFile(join(site, '_headers'), 'utf8')).toMatch(/^# Written by .*\n\/\*\n {2}Content-Security-Policy: default-src 'self';/);
    // nginx serves every page with its own policy, and the redirect page's address with a 301.
    const nginx = await readFile(join(site, '_nginx.conf'), 'utf8');
    expect(nginx).toMatch(/location = \/sok\/ \{[^}]*wasm-unsafe-eval/);
    expect(nginx).toMatch(/location = \/mal\/vuxna\/3-2\/ \{\n {4}try_files \/mal\/vuxna\/3-2\/index.html/);
    expect(nginx).toMatch(/location = \/gammal\/ \{[^}]*return 301 \/mal\/vuxna\/3-2\/;/);
    expect(nginx).not.toContain('try_files /gammal/');
    // Compressed last, so the index written in step 3 has its copy too.
    expect(gunzipSync(await readFile(join(site, 'pagefind/pagefind.js.gz'))).toString()).toBe(await readFile(join(site, 'pagefind/pagefind.js'), 'utf8'));
    expect(gunzipSync(await readFile(join(site, 'om.html.gz'))).toString()).toBe(await readFile(join(site, 'om.html'), 'utf8'));
    expect(lines).toContainEqual(expect.stringMatching(/^Sökindexet omfattar 2 sidor av 5 byggda \(\d+ ms\)\.$/));
    expect(lines).toContainEqual(expect.stringMatching(/^gzip: [1-9]\d* filer/));
    expect(lines.at(-1)).toMatch(/^Indexets filer, gzip: [1-9]\d* filer/);
  });

  it('leaves the search index to `npm run build` when told to, and compresses everything else', async () => {
    const { api, calls } = fakePagefind({ indexed: 2 });
    const { logger, lines } = fakeLogger();
    const site = await builtSite();
    const root = await mkdtemp(join(tmpdir(), 'hph-root-'));
    const integration = postBuild({ pagefind: api });
    integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`) } } as never);
    process.env[INDEX_SEPARATELY] = '1';
    try {
      await integration.hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger, pages: [], assets: new Map() });
    } finally {
      delete process.env[INDEX_SEPARATELY];
    }
    expect(calls).toEqual([]);
    expect(lines.at(-1)).toBe('Sökindexet skrivs när Astro är klart (npm run build).');
    expect(gunzipSync(await readFile(join(site, 'om.html.gz'))).toString()).toBe(await readFile(join(site, 'om.html'), 'utf8'));
    // What `npm run build` then does, once Astro has ended: the index and its copies.
    const logged = await writeSearchIndex(site, api);
    expect(calls).toEqual(['createIndex', added(site), `writeFiles ${site}/pagefind`, 'close']);
    expect(logged[0]).toMatch(/^Sökindexet omfattar 2 sidor av 5 byggda \(\d+ ms\)\.$/);
    expect(logged[1]).toMatch(/^Indexets filer, gzip: 1 filer/);
    expect(gunzipSync(await readFile(join(site, 'pagefind/pagefind.js.gz'))).toString()).toBe(await readFile(join(site, 'pagefind/pagefind.js'), 'utf8'));
  });

  it('fails the build, changing no page, when a page would run inline script', async () => {
    const { api, calls } = fakePagefind();
    const site = await builtSite();
    await writeFile(join(site, 'om.html'), doc('', '<p onclick="alert(1)">Om</p>'));
    const integration = postBuild({ pagefind: api });
    const root = await mkdtemp(join(tmpdir(), 'hph-root-'));
    integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`) } } as never);
    await expect(
      integration.hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger: fakeLogger().logger, pages: [], assets: new Map() }),
    ).rejects.toThrow(/`om.html` rad 1: `<p>` har händelseattributet `onclick`/);
    expect(calls).toEqual([]);
    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe(doc('', '<h1>Start</h1>'));
  });

  it('fails the build when Pagefind reports an error', async () => {
    const { api } = fakePagefind({ writeErrors: ['disk full'] });
    const integration = postBuild({ pagefind: api });
    const root = await mkdtemp(join(tmpdir(), 'hph-root-'));
    integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`) } } as never);
    await expect(
      integration.hooks['astro:build:done']!({ dir: pathToFileURL(`${await builtSite()}/`), logger: fakeLogger().logger, pages: [], assets: new Map() }),
    ).rejects.toThrow(/disk full/);
  });
});

describe('the dev server', () => {
  type Handler = (req: unknown, res: unknown, next: () => void) => void;

  async function devServer(indexDir: string) {
    const mounted: { path: string; handler: Handler }[] = [];
    const server = { middlewares: { use: (path: string, handler: Handler) => mounted.push({ path, handler }) } };
    const { logger, lines } = fakeLogger();
    serveLastIndex(server as never, indexDir, logger);
    const request = (url: string) =>
      new Promise<{ next: boolean; type?: string | undefined; body?: string }>((done) => {
        const chunks: Buffer[] = [];
        const headers = new Map<string, string>();
        const res = new Writable({
          write(chunk, _encoding, callback) {
            chunks.push(Buffer.from(chunk));
            callback();
          },
        });
        Object.assign(res, { setHeader: (name: string, value: string) => headers.set(name, value) });
        res.on('finish', () => done({ next: false, type: headers.get('content-type'), body: Buffer.concat(chunks).toString() }));
        mounted[0]!.handler({ url }, res, () => done({ next: true }));
      });
    return { mounted, lines, request };
  }

  it('serves the last build’s index under /pagefind/, and nothing outside it', async () => {
    const site = await tempSite();
    await writeFile(join(site, 'pagefind/pagefind.js'), 'export const search = 1;');
    const { mounted, lines, request } = await devServer(join(site, 'pagefind'));
    expect(mounted.map((m) => m.path)).toEqual(['/pagefind']);
    expect(lines[0]).toMatch(/använder sökindexet från det senaste bygget/);
    expect(await request('/pagefind.js?import')).toEqual({ next: false, type: 'text/javascript; charset=utf-8', body: 'export const search = 1;' });
    expect(await request('/missing.js')).toEqual({ next: true });
    expect(await request('/../index.html')).toEqual({ next: true });
    expect(await request('/%2e%2e/index.html')).toEqual({ next: true });
  });

  it('says how to get an index when there is none', async () => {
    const { lines, request } = await devServer(join(await tempSite(), 'nothing-here'));
    expect(lines).toEqual(['Det finns inget sökindex ännu. Kör `npm run build` en gång, så fungerar sökningen även i `npm run dev`.']);
    expect(await request('/pagefind.js')).toEqual({ next: true });
  });
});
