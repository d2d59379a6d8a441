/** `npm run ny`: a new entry is a valid draft, and nothing existing is overwritten or re-used. */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { parseFrontMatter } from '../../src/check/read-content.ts';
import { scaffold } from '../../src/check/scaffold.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/collections.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { scenario } from '../helpers/scenario.ts';

const exec = promisify(execFile);

async function ny(contentDir: string, ...args: string[]) {
  const env = { ...process.env, HPH_CONTENT_DIR: contentDir };
  try {
    const { stdout } = await exec(process.execPath, [join(PROJECT_ROOT, 'scripts/new-entry.ts'), ...args], { cwd: PROJECT_ROOT, env });
    return { status: 0, stdout };
  } catch (failure) {
    const { code, stdout } = failure as { code: number; stdout: string };
    return { status: code, stdout };
  }
}

describe('the scaffold of a new entry', () => {
  it.each(COLLECTION_NAMES)('passes the %s schema as a draft', (collection) => {
    const text = scaffold(collection, { given: {}, today: '2025-01-31' });
    const parsed = parseFrontMatter('ny.md', text);
    if (Array.isArray(parsed)) throw new Error(parsed[0]?.message);
    const result = COLLECTIONS[collection].schema.safeParse(parsed.raw);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toMatchObject({ draft: true });
  });
});

describe('npm run ny', () => {
  it('creates goal 2:3 for adults as a draft the check accepts, and will not overwrite it', async () => {
    const { contentDir } = await scenario('base');
    const created = await ny(contentDir, 'mal', 'vuxna', '2', '3');
    expect(created.status, created.stdout).toBe(0);
    const text = await readFile(join(contentDir, 'mal/vuxna-2-3.md'), 'utf8');
    expect(text).toMatch(/^focusArea: 2$/m);
    expect(text).toMatch(/^number: 3$/m);
    expect(text).toMatch(/^targetGroup: vuxna$/m);
    expect(text).toMatch(/^draft: true$/m);
    expect((await checkContent({ contentDir, root: join(contentDir, '..') })).issues).toEqual([]);

    const again = await ny(contentDir, 'mal', 'vuxna', '2', '3');
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('finns redan');
    expect(await readFile(join(contentDir, 'mal/vuxna-2-3.md'), 'utf8')).toBe(text);
  });

  it('refuses a goal number whose address was published for another goal', async () => {
    const { contentDir } = await scenario('removed-url');
    const { status, stdout } = await ny(contentDir, 'mal', 'vuxna', '1', '2');
    expect(status).toBe(1);
    expect(stdout).toContain('Adressen `/mal/vuxna/1-2/` har redan använts för `mal/vuxna-1-2`');
  });

  it('explains a mistyped folder and a malformed id', async () => {
    const { contentDir } = await scenario('base');
    expect((await ny(contentDir, 'indikator', 'x')).stdout).toContain('Menade du `indikatorer`?');
    expect((await ny(contentDir, 'indikatorer', 'Ny', 'Indikator')).stdout).toContain('t.ex. `ny-indikator`');
  });

  it('refuses to publish an entry that still has placeholders', async () => {
    const { root, contentDir } = await scenario('base');
    await ny(contentDir, 'indikatorer', 'ny-indikator');
    const file = join(contentDir, 'indikatorer/ny-indikator.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('draft: true\n', ''));
    const { issues } = await checkContent({ contentDir, root });
    expect(issues.filter((i) => i.code === 'placeholder').map((i) => i.field ?? 'body')).toEqual(['title', 'description', 'sources.0.title', 'body']);
  });
});
