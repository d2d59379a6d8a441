/**
 * `npm run build` never publishes invalid content and never replaces a good `dist/` with a
 * failed build; and nothing deleted or changed lingers from Astro's content cache.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readPages } from '../helpers/dist.ts';
import { safeBuild } from '../helpers/safe-build.ts';
import { scenario } from '../helpers/scenario.ts';

describe('npm run build over a good site', () => {
  it('builds valid content, then refuses invalid content and a failing build, leaving dist/ as it was', async () => {
    const good = await scenario('base');
    const outDir = join(good.root, 'dist');
    const cacheDir = join(good.root, 'cache');

    const first = await safeBuild(good.contentDir, outDir, cacheDir);
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(outDir, 'mal/vuxna/1-2/index.html'))).toBe(true);
    // The search index is written once Astro's process has ended, and compressed like the pages.
    expect(first.output).toMatch(/Sökindexet omfattar \d+ sidor av \d+ byggda/);
    expect(first.output).toContain('Sökindexet skrivs när Astro är klart');
    for (const file of ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js.gz', 'mal/vuxna/1-2/index.html.gz']) expect(existsSync(join(outDir, file)), file).toBe(true);
    await writeFile(join(outDir, 'marker.txt'), 'the good site');
    const before = (await listFiles(outDir)).sort();

    // Invalid content: the check stops the build, and Astro, which started beside it, is stopped too.
    const broken = await scenario('several-mistakes');
    const refused = await safeBuild(broken.contentDir, outDir, cacheDir);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('Fältet `titel` finns inte i ett mål. Menade du `title`?');
    expect(refused.output).toContain('Bygget avbröts: innehållet har fel. dist/ är orörd.');

    // An MDX body that is not valid MDX: the check names it now, instead of Astro crashing on it.
    const mdx = await scenario('base');
    const body = (await readFile(join(mdx.contentDir, 'uppdrag/testuppdrag.md'), 'utf8')).replace('## Bakgrund', '## Bakgrund\n\n<Trasig');
    await rm(join(mdx.contentDir, 'uppdrag/testuppdrag.md'));
    await writeFile(join(mdx.contentDir, 'uppdrag/testuppdrag.mdx'), body);
    const unreadable = await safeBuild(mdx.contentDir, outDir, cacheDir);
    expect(unreadable.status).toBe(1);
    expect(unreadable.output).toContain('MDX-koden kan inte läsas');
    expect(unreadable.output).toContain('Bygget avbröts: innehållet har fel. dist/ är orörd.');

    // A build that fails after the check passed (here: its cache folder is a file).
    const blocked = join(good.root, 'cache-is-a-file');
    await writeFile(blocked, 'not a folder');
    const failed = await safeBuild(good.contentDir, outDir, blocked);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('Bygget misslyckades. dist/ är orörd');

    expect((await listFiles(outDir)).sort()).toEqual(before);
    expect(await readFile(join(outDir, 'marker.txt'), 'utf8')).toBe('the good site');
    expect(existsSync(join(good.root, '.dist-next'))).toBe(false);
  });
});

describe('the content cache', () => {
  it('drops a deleted entry and follows a changed glossary on the next build', async () => {
    const { root, contentDir } = await scenario('base');
    // Without a URL manifest a deleted page is only a warning, which lets this test delete one.
    await rm(join(contentDir, 'urls.txt'));
    const outDir = join(root, 'dist');
    const cacheDir = join(root, 'cache');
    expect((await safeBuild(contentDir, outDir, cacheDir)).status).toBe(0);
    let pages = await readPages(outDir);
    expect(pages.has('/mal/vuxna/1-2/')).toBe(true);
    expect(pages.get('/mal/vuxna/1-1/')?.querySelector('abbr')?.getAttribute('title')).toBe('Västra Götalandsregionen');

    await rm(join(contentDir, 'mal/vuxna-1-2.md'));
    const term = join(contentDir, 'ordlista/vgr.md');
    await writeFile(term, (await readFile(term, 'utf8')).replace('Västra Götalandsregionen', 'Regionen i Västra Götaland'));
    const second = await safeBuild(contentDir, outDir, cacheDir);
    expect(second.status, second.output).toBe(0);
    pages = await readPages(outDir);
    expect(pages.has('/mal/vuxna/1-2/')).toBe(false);
    const links = pages.get('/mal/')!.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/mal/vuxna/1-1/');
    expect(links).not.toContain('/mal/vuxna/1-2/');
    expect(pages.get('/mal/vuxna/1-1/')?.querySelector('abbr')?.getAttribute('title')).toBe('Regionen i Västra Götaland');
  });
});

