/**
 * Social images are cached by what they show: the same content built twice renders no image the
 * second time, and changing one goal renders that goal's card only. Measured from the count the
 * build writes to `og/report.json` in its cache folder (and logs as "[og] ...").
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OgReport } from '../../src/social/settings.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';

let contentDir: string;
let cacheDir: string;
const build = () => buildSite({ contentDir, env: { HPH_CACHE_DIR: cacheDir } });
const report = async () => JSON.parse(await readFile(join(cacheDir, 'og', 'report.json'), 'utf8')) as OgReport;
const imagesIn = async (result: BuildResult) => (await listFiles(join(result.outDir, 'og'))).filter((f) => f.endsWith('.png'));

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'hph-og-'));
  contentDir = join(work, 'content');
  cacheDir = join(work, 'cache');
  await cp(join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
});

describe('the social image cache across builds', () => {
  let first: OgReport;
  let firstImages: string[];

  it('renders every image on the first build', async () => {
    const result = await build();
    first = await report();
    firstImages = await imagesIn(result);
    expect(firstImages.length).toBeGreaterThanOrEqual(18);
    expect(first).toMatchObject({ images: firstImages.length, rendered: firstImages.length, fromCache: 0 });
  });

  it('renders none on a second build of the same content, and says so in the build log', async () => {
    const result = await build();
    expect(await report()).toMatchObject({ images: first.images, rendered: 0, fromCache: first.images });
    expect(await imagesIn(result)).toEqual(firstImages);
    expect(result.stdout).toMatch(new RegExp(`\\[og\\] 0 rendered in \\d+ ms, ${first.images} from cache`));
  });

  it('renders only the changed goal card after a goal title changes, and drops the stale file', async () => {
    const file = join(contentDir, 'mal', 'vuxna-3-2.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^title: .*$/m, 'title: En ändrad rubrik för målet'));
    const result = await build();
    expect(await report()).toMatchObject({ images: first.images, rendered: 1, fromCache: first.images - 1 });
    const changed = await readFile(join(result.outDir, 'og/mal/vuxna/3-2.png'));
    expect(changed.length).toBeGreaterThan(0);
    const cached = (await readdir(join(cacheDir, 'og'))).filter((f) => f.endsWith('.png'));
    expect(cached).toHaveLength(first.images);
  });
});
