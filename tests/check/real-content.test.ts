/** The published content passes the editors' check, with its address manifest up to date. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { formatIssues } from '../../src/plan/issues.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

describe('the real content', async () => {
  const result = await checkContent({ contentDir: join(PROJECT_ROOT, 'content'), root: PROJECT_ROOT });

  it('has no errors', () => {
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors, formatIssues(errors)).toEqual([]);
  });

  it('has only readability warnings: the address manifest records every published URL', () => {
    expect(result.issues.filter((i) => i.code !== 'lix')).toEqual([]);
    expect(result.manifest?.map((line) => line.url).sort()).toEqual(result.produced.map((p) => p.url).sort());
  });

});
