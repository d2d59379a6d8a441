/**
 * The page pass as Astro renders: the prerenderer wrapper finishes each HTML response before
 * Astro writes it, refuses to let a page with a problem be written, leaves other responses
 * alone, and `collect` matches what it saw with the files in `dist/`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { finishPage, PagePass, urlOfFile } from '../../src/integrations/page-pass.ts';

const doc = (head: string, main: string) =>
  `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>T</title>${head}</head><body><main data-pagefind-body>${main}</main></body></html>`;

/** A stand-in for Astro's prerenderer: answers each path from a table, and records its calls. */
function fakePrerenderer(pages: Record<string, { body: string; type?: string; status?: number }>, withMetadata = false) {
  const calls: string[] = [];
  const prerenderer: AstroPrerenderer = {
    name: 'fake',
    setup: async () => void calls.push('setup'),
    getStaticPaths: async () => (calls.push('getStaticPaths'), []),
    render: async (request) => {
      const { body, type = 'text/html', status = 200 } = pages[new URL(request.url).pathname]!;
      const response = new Response(body, { status, headers: { 'content-type': type, 'content-length': String(body.length) } });
      return withMetadata ? { response, metadata: { contentEntryKeys: ['x'] } as never } : response;
    },
    teardown: async () => void calls.push('teardown'),
  };
  return { prerenderer, calls };
}

const render = async (wrapped: AstroPrerenderer, path: string) => {
  const result = await wrapped.render(new Request(`http://localhost${path}`), { routeData: {} as never });
  return result instanceof Response ? { response: result, metadata: undefined } : result;
};

describe('the page pass as Astro renders', () => {
  const pages = {
    '/': { body: doc('', '<dl><dt>Målgrupp</dt><dd>Vuxna</dd></dl>') },
    '/sok/': { body: doc('<meta name="csp-needs" content="pagefind">', '<h1>Sök</h1>') },
    '/404/': { body: doc('', '<h1>Sidan finns inte</h1>'), status: 404 },
    '/gammal/': { body: doc('<meta http-equiv="refresh" content="0; url=/mal/vuxna/3-2/">', '') },
    '/farlig/': { body: doc('', '<p onclick="alert(1)">Klicka</p>') },
    '/data/plan.json': { body: '{"a":"<p onclick=x>"}', type: 'application/json' },
  };

  it('hands Astro the finished page: transforms applied and the policy in place, status and headers kept', async () => {
    const { prerenderer } = fakePrerenderer(pages);
    const wrapped = new PagePass().wrap(prerenderer);
    const { response } = await render(wrapped, '/');
    const html = await response.text();
    expect(html).toBe(finishPage(pages['/'].body).html);
    expect(html).toContain('<dt>Målgrupp</dt> <dd>Vuxna</dd>');
    expect(html).toMatch(/<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';/);
    expect(response.headers.get('content-type')).toBe('text/html');
    // The page changed length: the old length must not travel with it.
    expect(response.headers.get('content-length')).toBeNull();
    expect((await render(wrapped, '/404/')).response.status).toBe(404);
  });

  it('counts the pages it rendered and the main-thread time it took from rendering them', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    try {
      const pass = new PagePass();
      const wrapped = pass.wrap(fakePrerenderer(pages).prerenderer);
      for (const path of ['/', '/sok/', '/data/plan.json']) await render(wrapped, path);
      // Two HTML pages, each timed from the start of its finishing to its new response: 5 ms each.
      expect(pass.renderedPages).toEqual({ count: 2, mainThreadMs: 10 });
    } finally {
      clock.mockRestore();
    }
  });

  it('gives Astro no body for a page with a problem, so Astro writes no file for it', async () => {
    const { response } = await render(new PagePass().wrap(fakePrerenderer(pages).prerenderer), '/farlig/');
    expect(response.body).toBeNull();
  });

  it('passes every other response through as it came, unread', async () => {
    const { prerenderer } = fakePrerenderer(pages);
    const direct = await prerenderer.render(new Request('http://localhost/data/plan.json'), { routeData: {} as never });
    const { response } = await render(new PagePass().wrap(prerenderer), '/data/plan.json');
    expect(await response.text()).toBe(await (direct as Response).text());
    expect(response.headers.get('content-length')).toBe(String(pages['/data/plan.json'].body.length));
  });

  it('keeps the incremental-build metadata next to the finished response', async () => {
    const wrapped = new PagePass().wrap(fakePrerenderer(pages, true).prerenderer);
    const result = await render(wrapped, '/');
    expect(result.metadata).toEqual({ contentEntryKeys: ['x'] });
    expect(await result.response.text()).toContain('content-security-policy');
  });

  it("delegates Astro's other calls to the prerenderer it wraps", async () => {
    const { prerenderer, calls } = fakePrerenderer(pages);
    const wrapped = new PagePass().wrap(prerenderer);
    await wrapped.setup?.();
    await wrapped.getStaticPaths();
    await wrapped.teardown?.();
    expect(calls).toEqual(['setup', 'getStaticPaths', 'teardown']);
    expect(wrapped.name).toBe('fake + hph:page-pass');
  });

  const { '/farlig/': _unsafe, ...safePages } = pages;

  /**
   * Renders every page through the pass and writes what Astro would write, except the pages in
   * `unwritten`. `early`: the pass knows the output folder, so it writes copies as it goes.
   */
  async function renderedSite(table: Partial<typeof pages>, { early = false, unwritten = [] as string[] } = {}) {
    const dist = await mkdtemp(join(tmpdir(), 'hph-page-pass-'));
    const pass = new PagePass(early ? dist : undefined);
    const wrapped = pass.wrap(fakePrerenderer(table).prerenderer);
    const fileOf = (path: string) => (path === '/404/' ? '404.html' : `${path.slice(1)}index.html`);
    for (const path of Object.keys(table).filter((p) => !p.endsWith('.json'))) {
      const { response } = await render(wrapped, path);
      if (!response.body || unwritten.includes(path)) continue;
      await mkdir(join(dist, fileOf(path), '..'), { recursive: true });
      await writeFile(join(dist, fileOf(path)), await response.text());
    }
    return { pass, dist };
  }

  it('tells which rendered pages only forward, and knows nothing of pages it did not render', async () => {
    const { pass } = await renderedSite(pages);
    expect(pass.forwards('/gammal/')).toBe(true);
    expect(pass.forwards('/')).toBe(false);
    expect(pass.forwards('/sok/')).toBe(false);
    expect(pass.forwards('/extra.html')).toBeUndefined();
  });

  it('lists each rendered page once, with its policy, its redirect or its problems', async () => {
    const { pass, dist } = await renderedSite(pages);
    // A page from public/ that Astro copied without rendering it.
    await writeFile(join(dist, 'extra.html'), doc('', '<p>Från public/</p>'));
    const files = ['404.html', 'extra.html', 'gammal/index.html', 'index.html', 'sok/index.html'];
    const finished = await pass.collect(dist, files);
    expect(finished.served.map((page) => page.url).sort()).toEqual(['/', '/404.html', '/extra.html', '/sok/']);
    expect(finished.served.find((page) => page.url === '/sok/')?.policy).toContain("'wasm-unsafe-eval'");
    expect(finished.served.find((page) => page.url === '/')?.policy).not.toContain('wasm');
    expect(finished.withWasm).toBe(1);
    expect(finished.redirects).toEqual([{ from: '/gammal/', to: '/mal/vuxna/3-2/' }]);
    expect(finished.failing).toEqual([{ page: '/farlig/', problems: [expect.objectContaining({ message: expect.stringContaining('onclick') })] }]);
    // The file Astro did not render was not finished: a failing page elsewhere leaves it unchanged.
    expect(finished.fromDisk).toBe(1);
    expect(await readFile(join(dist, 'extra.html'), 'utf8')).toBe(doc('', '<p>Från public/</p>'));
  });

  it('finishes from disk the pages Astro did not render, once no page has a problem', async () => {
    const { pass, dist } = await renderedSite(safePages);
    await writeFile(join(dist, 'extra.html'), doc('', '<p>Från public/</p>'));
    const finished = await pass.collect(dist, ['404.html', 'extra.html', 'gammal/index.html', 'index.html', 'sok/index.html']);
    expect(finished.failing).toEqual([]);
    expect(await readFile(join(dist, 'extra.html'), 'utf8')).toBe(finishPage(doc('', '<p>Från public/</p>')).html);
  });

  it('writes a gzip copy of exactly the page Astro wrote, for every page it matched', async () => {
    const { pass, dist } = await renderedSite(safePages);
    const files = ['404.html', 'gammal/index.html', 'index.html', 'sok/index.html'];
    await pass.collect(dist, files);
    const copies = await pass.writeCompressed(dist);
    expect([...copies.pages].sort()).toEqual(files);
    expect(copies.count).toBe(4);
    for (const file of files) expect(gunzipSync(await readFile(join(dist, `${file}.gz`))).toString()).toBe(await readFile(join(dist, file), 'utf8'));
  });

  it('writes the copies while Astro renders when it knows the folder, and keeps none Astro has no page for', async () => {
    const { pass, dist } = await renderedSite(safePages, { early: true, unwritten: ['/sok/'] });
    const gz = (file: string) => join(dist, `${file}.gz`);
    // Before Astro is done: the folders' pages have their copies, the error page waits for its file name.
    await vi.waitFor(() => expect(existsSync(gz('index.html'))).toBe(true));
    await pass.collect(dist, ['404.html', 'gammal/index.html', 'index.html']);
    expect(existsSync(gz('404.html'))).toBe(false);
    expect(existsSync(join(dist, '404'))).toBe(false);
    const copies = await pass.writeCompressed(dist);
    expect([...copies.pages].sort()).toEqual(['404.html', 'gammal/index.html', 'index.html']);
    expect(copies.count).toBe(3);
    const sizes = await Promise.all([...copies.pages].map(async (file) => [(await readFile(join(dist, file))).length, (await readFile(gz(file))).length]));
    expect(copies.rawBytes).toBe(sizes.reduce((sum, [raw]) => sum + raw!, 0));
    expect(copies.packedBytes).toBe(sizes.reduce((sum, [, packed]) => sum + packed!, 0));
    for (const file of copies.pages) expect(gunzipSync(await readFile(gz(file))).toString()).toBe(await readFile(join(dist, file), 'utf8'));
    // `/sok/` was rendered, but Astro wrote no file for it: its early copy is gone too.
    expect(existsSync(gz('sok/index.html'))).toBe(false);
  });
});

describe('a page file and its address', () => {
  it('is the folder for an index page and the file itself otherwise', () => {
    expect(urlOfFile('mal/vuxna/3-2/index.html')).toEqual({ url: '/mal/vuxna/3-2/', file: '/mal/vuxna/3-2/index.html' });
    expect(urlOfFile('index.html')).toEqual({ url: '/', file: '/index.html' });
    expect(urlOfFile('404.html')).toEqual({ url: '/404.html', file: '/404.html' });
  });
});
