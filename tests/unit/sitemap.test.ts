/** The sitemap leaves out pages that only forward to another address, however they are made. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRedirectPage } from '../../src/integrations/sitemap.ts';

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
