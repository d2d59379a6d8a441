/** The editors' guide cannot drift from the schemas or from what the check says. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockIn, fieldReference, undocumentedFields } from '../../scripts/lib/field-reference.ts';
import { ISSUE_CODES } from '../../src/plan/issues.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const guide = await readFile(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('has a field reference that matches the schemas (run `npm run docs:fields` after changing one)', () => {
    expect(blockIn(guide), 'Fältreferensen i CONTRIBUTING.md stämmer inte med schemana: kör `npm run docs:fields`.').toBe(fieldReference());
  });

  it('describes every schema field, because every field has a JSDoc line', () => {
    expect(undocumentedFields()).toEqual([]);
  });

  it('explains every kind of message the check gives', () => {
    const missing = ISSUE_CODES.filter((code) => !guide.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('names every editors\' command that package.json defines', async () => {
    const { scripts } = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const command of ['check', 'ny', 'urls:update', 'dev', 'build']) {
      expect(scripts[command], command).toBeDefined();
      expect(guide, command).toContain(`npm run ${command}`);
    }
  });
});
