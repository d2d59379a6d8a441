/**
 * `npm run build` publishes, so it refuses a placeholder address before building anything; a
 * production build of a fixture has no preview markings and names its sitemap.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/build.ts';
import { readPages } from '../helpers/dist.ts';
import { scenario } from '../helpers/scenario.ts';

const exec = promisify(execFile);
// Placeholder on purpose: only scripts/build.ts refuses it, and this test builds with astro directly.
const SITE = 'https://handlingsplan.example.org';

async function npmRunBuild(env: Record<string, string>) {
  const { root, contentDir } = await scenario('base');
  const options = { cwd: PROJECT_ROOT, env: { ...process.env, HPH_CONTENT_DIR: contentDir, HPH_OUT_DIR: join(root, 'dist'), ...env } };
  try {
    const { stdout } = await exec(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts')], options);
    return { status: 0, stdout, left: await readdir(root) };
  } catch (failure) {
    const { code, stdout } = failure as { code: number; stdout: string };
    return { status: code, stdout, left: await readdir(root) };
  }
}

describe('npm run build (production)', () => {
  it('stops before building while the address is a placeholder, naming the setting and SITE_URL', async () => {
    const { status, stdout, left } = await npmRunBuild({ SITE_URL: 'https://psykiskhalsa.vastragotaland.example' });
    expect(status).toBe(1);
    // Astro starts beside the settings check; stopping the build removes whatever it began.
    expect(left.filter((name) => name.includes('dist'))).toEqual([]);
    expect(stdout).toContain('är en platshållare eller en lokal adress');
    expect(stdout).toContain('`siteUrl` i `content/installningar.yml`');
    expect(stdout).toContain('SITE_URL');
    expect(stdout).toContain('Produktionsbygget avbröts innan det började.');
  });

  it('stops while the address is not https:', async () => {
    const { status, stdout } = await npmRunBuild({ SITE_URL: 'http://psykiskhalsa.vgregion.se' });
    expect(status).toBe(1);
    expect(stdout).toContain('använder inte `https:`');
  });
});

describe('a production build', () => {
  let dist: string;
  beforeAll(async () => {
    const { contentDir } = await scenario('base');
    ({ outDir: dist } = await buildSite({ contentDir, env: { SKIP_OG: '1', HPH_BUILD_MODE: 'production', SITE_URL: SITE } }));
  });

  it('has no preview notice or noindex on its pages, except the 404 page', async () => {
    const pages = await readPages(dist);
    expect(pages.size).toBeGreaterThan(5);
    for (const [url, page] of pages) {
      expect(page.querySelector('.preview-notice'), url).toBeNull();
      const robots = page.querySelector('meta[name="robots"]')?.getAttribute('content');
      expect(robots, url).toBe(url === '/404' ? 'noindex' : undefined);
      if (url !== '/404') expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toBe(new URL(url, SITE).href);
    }
  });

  it('names its sitemap in robots.txt and sends HSTS from nginx', async () => {
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
    expect(await readFile(join(dist, '_nginx.conf'), 'utf8')).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
  });
});
