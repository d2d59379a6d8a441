/** The sitemap leaves out pages that only forward to another address, however they are made. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRedirectPage, listedInSitemap } from '../../src/integrations/sitemap.ts';
import { REMOVED_PAGES } from '../../src/publishing/removed-addresses.ts';

describe('isRedirectPage', () => {
  it('recognises a meta refresh page and nothing else', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-sitemap-'));
    const page = async (path: string, head: string) => {
      await mkdir(join(dist, path), { recursive: true });
      await writeFile(join(dist, path, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
    };
    await page('mal/vuxna/3-1', '<meta http-equiv="refresh" content="0;url=/mal/vuxna/3-2/">');
    await page('mal/vuxna/3-2', '<meta name="description" content="Ett mål">');
    const outDir = pathToFileURL(`${dist}/`);
    expect(isRedirectPage(outDir, 'https://example.se/mal/vuxna/3-1/')).toBe(true);
    expect(isRedirectPage(outDir, 'https://example.se/mal/vuxna/3-2/')).toBe(false);
    expect(isRedirectPage(outDir, 'https://example.se/finns-inte/')).toBe(false);
  });
});

describe('listedInSitemap', () => {
  it('asks the page pass first and reads a page only when the pass has not seen it', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'hph-sitemap-'));
    await mkdir(join(dist, 'fran-disk'), { recursive: true });
    await writeFile(join(dist, 'fran-disk', 'index.html'), '<head><meta http-equiv="refresh" content="0;url=/a/"></head>');
    const outDir = pathToFileURL(`${dist}/`);
    const seen: Record<string, boolean> = { '/gammal/': true, '/mal/vuxna/3-2/': false };
    const forwards = (pathname: string) => seen[pathname];
    // The pass's answer counts, even where no file (or another file) stands.
    expect(listedInSitemap('https://example.se/gammal/', { forwards, outDir })).toBe(false);
    expect(listedInSitemap('https://example.se/mal/vuxna/3-2/', { forwards, outDir })).toBe(true);
    // Not seen by the pass: the file decides.
    expect(listedInSitemap('https://example.se/fran-disk/', { forwards, outDir })).toBe(false);
    expect(listedInSitemap('https://example.se/fran-disk/', { outDir })).toBe(false);
    expect(listedInSitemap('https://example.se/annan/', { forwards, outDir })).toBe(true);
    expect(listedInSitemap(`https://example.se${REMOVED_PAGES}/x/`, { forwards, outDir })).toBe(false);
  });
});
