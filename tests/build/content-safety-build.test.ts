/**
 * The real build refuses content with unsafe markup: the plan's content plus the fixtures in
 * `tests/fixtures/unsafe-content/` must not produce a site.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/build.ts';

describe('building content with unsafe markup', () => {
  it('stops before writing any page, naming each file and what is wrong in it', async () => {
    const work = await mkdtemp(join(tmpdir(), 'hph-unsafe-'));
    const contentDir = join(work, 'content');
    await cp(join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
    await cp(join(PROJECT_ROOT, 'tests/fixtures/unsafe-content'), contentDir, { recursive: true });
    const outDir = join(work, 'dist');

    const failure = await buildSite({ contentDir, outDir }).then(
      () => undefined,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(failure, 'the build should have failed').toBeDefined();
    expect(failure).toMatch(/farlig-html\.md\n/);
    expect(failure).toMatch(/HTML-taggen `<script>` är inte tillåten/);
    expect(failure).toMatch(/Attributet `onerror` på `<img>`/);
    expect(failure).toMatch(/javascript:alert\('länk'\)/);
    expect(failure).toMatch(/HTML-taggen `<iframe>`/);
    expect(failure).toMatch(/farlig-kod\.mdx\n(.*\n)*.*Raden `import fs from 'node:fs'`/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
