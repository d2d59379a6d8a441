/**
 * The mutation run's module list stays true to the code: every pattern in `MUTATED` names real
 * files, and every `.ts` file in the folders under mutation is either mutated or excluded with a
 * reason, so moving a module cannot silently shrink what Stryker tests.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { EXCLUDED, FOLDERS, MUTATED } from '../mutation/stryker.config.mjs';

const ROOT = join(import.meta.dirname, '../..');
const filesOf = (pattern: string) => globSync(pattern, { cwd: ROOT }).map((file) => file.split('\\').join('/')).sort();
const tsFilesIn = (folder: string) => filesOf(`${folder}/**/*.ts`).filter((file) => !file.endsWith('.d.ts'));

describe('the mutation config', () => {
  it('mutates what its MUTATED list says', () => {
    expect(config.mutate).toEqual(MUTATED);
  });

  it.each(MUTATED)('pattern %s matches a file', (pattern) => {
    expect(filesOf(pattern)).not.toEqual([]);
  });

  it.each(EXCLUDED)('exclusion $pattern matches a file and gives its reason', ({ pattern, reason }) => {
    expect(filesOf(pattern)).not.toEqual([]);
    expect(reason).toMatch(/\w+ \w+ \w+/);
  });

  it.each(FOLDERS)('every .ts file in %s is mutated or excluded, not both', (folder) => {
    const files = tsFilesIn(folder);
    expect(files).not.toEqual([]);
    const unaccounted = files.filter((file) => {
      const mutated = MUTATED.some((pattern) => matchesGlob(file, pattern));
      const excluded = EXCLUDED.some(({ pattern }) => matchesGlob(file, pattern));
      return mutated === excluded;
    });
    expect(unaccounted).toEqual([]);
  });

  it('mutates no file outside its folders', () => {
    const outside = MUTATED.flatMap(filesOf).filter((file) => !FOLDERS.some((folder) => file.startsWith(`${folder}/`)));
    expect(outside).toEqual([]);
  });

  it("lets the TypeScript checker see every mutated file", () => {
    const tsconfigDir = join(ROOT, 'tests/mutation');
    const { include } = JSON.parse(readFileSync(join(tsconfigDir, 'tsconfig.json'), 'utf8')) as { include: string[] };
    const patterns = include.map((pattern) => relative(ROOT, join(tsconfigDir, pattern)).split('\\').join('/'));
    const unseen = MUTATED.flatMap(filesOf).filter((file) => !patterns.some((pattern) => matchesGlob(file, pattern)));
    expect(unseen).toEqual([]);
  });
});
