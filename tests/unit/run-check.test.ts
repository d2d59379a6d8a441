/**
 * The editors' check as a whole (src/check/run-check.ts) and how it reads files
 * (src/check/read-content.ts), on the base plan with one change each: how many files it counts,
 * the order of its report, a rule that throws reported in Swedish instead of a crash, a missing
 * manifest, and files that cannot be read kept apart from the rest.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, readManifest } from '../../src/check/run-check.ts';
import { extensionsOf, isReadBy, readContentFiles } from '../../src/check/read-content.ts';
import { scenario } from '../helpers/scenario.ts';

/** The base plan: 13 entries and `urls.txt` (README.md is not an entry). */
const BASE_ENTRIES = 13;

describe('the whole check', () => {
  it('counts every entry, indicator value file, unreadable file and the manifest, and finds nothing in the base plan', async () => {
    const { root, contentDir } = await scenario('base');
    const result = await checkContent({ contentDir, root });
    expect(result.issues).toEqual([]);
    expect(result.fileCount).toBe(BASE_ENTRIES + 1);
    expect(result.files).toHaveLength(BASE_ENTRIES);
    expect(result.manifestFile).toBe('content/urls.txt');
    expect(result.manifest?.length).toBe(6);
    expect(result.produced.filter((page) => !page.redirect).map((page) => page.url)).toContain('/mal/vuxna/1-1/');
    expect(result.content.goals.map((goal) => goal.id).sort()).toEqual(['barn-och-unga-1-1', 'vuxna-1-1', 'vuxna-1-2']);

    await writeFile(join(contentDir, 'indikatorer/testindikator.csv'), 'år,värde\n2018,1\n');
    await writeFile(join(contentDir, 'mal/vuxna-1-9.md'), 'ingen front matter');
    await writeFile(join(contentDir, 'mal/vuxna-1-8.md'), '---\ntitle: "a\n---\n');
    await rm(join(contentDir, 'urls.txt'));
    const more = await checkContent({ contentDir, root });
    expect(more.fileCount).toBe(BASE_ENTRIES + 1 + 2);
    expect(more.manifest).toBeUndefined();
  });

  it('reports by file, then line, and keeps read problems with their codes', async () => {
    const { root, contentDir } = await scenario('base');
    await writeFile(join(contentDir, 'mal/vuxna-1-9.md'), 'ingen front matter');
    await writeFile(join(contentDir, 'mal/vuxna-1-8.md'), '---\ntitle: "a\n---\n');
    await writeFile(join(contentDir, 'mal/vuxna-1-7.md'), '---\n- a\n---\n');
    const { issues } = await checkContent({ contentDir, root });
    const read = issues.filter((issue) => ['no-front-matter', 'broken-yaml', 'not-a-mapping'].includes(issue.code));
    expect(read.map(({ file, line, code }) => [file, line, code])).toEqual([
      ['content/mal/vuxna-1-7.md', 2, 'not-a-mapping'],
      ['content/mal/vuxna-1-8.md', 2, 'broken-yaml'],
      ['content/mal/vuxna-1-9.md', 1, 'no-front-matter'],
    ]);
    const order = issues.map((issue) => [issue.file, issue.line ?? 0] as const);
    const sorted = [...order].sort((a, b) => a[0].localeCompare(b[0], 'en') || a[1] - b[1]);
    expect(order).toEqual(sorted);
    expect(issues.filter((issue) => issue.code === 'url-manifest-missing')).toEqual([]);
  });

  it('turns a rule that throws into a Swedish problem naming the step, and goes on with the others', async () => {
    const { root, contentDir } = await scenario('base');
    await mkdir(join(contentDir, 'installningar.yml'));
    await writeFile(join(contentDir, 'mal/vuxna-1-2.md'), '---\ntitel: x\n---\n\nText.\n');
    const { issues } = await checkContent({ contentDir, root });
    const failed = issues.filter((issue) => issue.code === 'check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ file: 'content/', severity: 'error' });
    expect(failed[0]!.message).toMatch(
      /^Kontrollen kunde inte göra steget `settings` för innehållet \(EISDIR: [^\n)]*\)\. Något i en fil är så ovanligt att kontrollen inte klarar det: ångra den senaste ändringen och kör `npm run check` igen, eller be en utvecklare om hjälp\.$/,
    );
    expect(issues.some((issue) => issue.code === 'unknown-field' && issue.file === 'content/mal/vuxna-1-2.md')).toBe(true);
  });
});

describe('the manifest', () => {
  it('is read when there is one, and reported missing by the URL rule when there is not', async () => {
    const { root, contentDir } = await scenario('base');
    const read = await readManifest(contentDir, root);
    expect(read.manifestFile).toBe('content/urls.txt');
    expect(read.manifest?.map((line) => line.target)).toContain('mal/vuxna-1-1');
    expect(read.problems).toEqual([]);
    await writeFile(join(contentDir, 'urls.txt'), '/a/\n');
    expect((await readManifest(contentDir, root)).problems.map((p) => p.code)).toEqual(['url-manifest-syntax']);
    await rm(join(contentDir, 'urls.txt'));
    expect(await readManifest(contentDir, root)).toEqual({ manifestFile: 'content/urls.txt', manifest: undefined, problems: [] });
    const { issues } = await checkContent({ contentDir, root });
    expect(issues.map((issue) => [issue.file, issue.code])).toEqual([['content/urls.txt', 'url-manifest-missing']]);
  });
});

describe('reading content files', () => {
  it('reads the extensions each collection’s pattern names', () => {
    expect(extensionsOf('*.md')).toEqual(['md']);
    expect(extensionsOf('*.{md,mdx}')).toEqual(['md', 'mdx']);
    expect(isReadBy('assignments', 'a.mdx')).toBe(true);
    expect(isReadBy('goals', 'a.mdx')).toBe(false);
    expect(isReadBy('goals', 'a.md.txt')).toBe(false);
    expect(isReadBy('goals', 'amd')).toBe(false);
  });

  it('reads each collection’s files in name order, and keeps files it cannot read apart, with their collection', async () => {
    const { root, contentDir } = await scenario('base');
    await writeFile(join(contentDir, 'mal/vuxna-1-0.md'), 'ingen front matter');
    await writeFile(join(contentDir, 'mal/anteckning.txt'), 'x');
    await mkdir(join(contentDir, 'mal/undermapp.md'));
    await symlink(join(contentDir, 'mal/vuxna-1-1.md'), join(contentDir, 'mal/vuxna-1-5.md'));
    await rm(join(contentDir, 'ordlista'), { recursive: true });
    const { files, problems } = await readContentFiles(contentDir, root);
    expect(files.filter((f) => f.collection === 'goals').map((f) => [f.id, f.filePath])).toEqual([
      ['barn-och-unga-1-1', 'content/mal/barn-och-unga-1-1.md'], ['vuxna-1-1', 'content/mal/vuxna-1-1.md'], ['vuxna-1-2', 'content/mal/vuxna-1-2.md'],
    ]);
    expect(files.some((f) => f.collection === 'glossary')).toBe(false);
    expect(problems.map(({ filePath, collection, kind }) => [filePath, collection, kind])).toEqual([
      ['content/mal/vuxna-1-0.md', 'goals', 'no-front-matter'],
      ['content/mal/vuxna-1-5.md', 'goals', 'symlink'],
    ]);
  });
});
