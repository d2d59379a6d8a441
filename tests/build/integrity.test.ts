/** The build refuses to publish content whose cross-references do not hold together. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticPlan } from '../../scripts/lib/synthetic-plan.ts';
import { buildSite } from '../helpers/build.ts';

describe('a build over content with a dangling reference', () => {
  it('fails, naming the file, the field and the missing id', async () => {
    const contentDir = await mkdtemp(join(tmpdir(), 'hph-dangling-'));
    await writeSyntheticPlan(contentDir, { goals: 4 });
    const goalFile = join(contentDir, 'mal', 'vuxna-1-1.md');
    const text = await readFile(goalFile, 'utf8');
    await writeFile(goalFile, text.replace('  - indikator-1\n', '  - indikator-som-saknas\n'));

    const failure = await buildSite({ contentDir, env: { SKIP_OG: '1' } }).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`,
    );
    expect(failure).toBeDefined();
    expect(failure).toContain('mal/vuxna-1-1.md');
    expect(failure).toContain('`indicators`');
    expect(failure).toContain('`indikator-som-saknas`');
  });
});
