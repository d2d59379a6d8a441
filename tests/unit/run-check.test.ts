/**
 * The editors' check as a whole (src/check/run-check.ts) and how it reads files
 * (src/check/read-content.ts), on the base plan with one change each: how many files it counts,
 * the order of its report, a rule that throws reported in Swedish instead of a crash, a missing
 * manifest, and files that cannot be read kept apart from the rest.
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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

describe('every step', () => {
  it('runs each rule over the content, so a mistake of each kind is reported on its file', async () => {
    const { root, contentDir } = await scenario('base');
    const write = (path: string, text: string) => writeFile(join(contentDir, path), text);
    const sources = 'sources:\n  - title: Testkälla\n';
    // files: a loose file at the top of content/.
    await write('anteckning.txt', 'x');
    // read: a file without front matter.
    await write('mal/vuxna-1-9.md', 'ingen front matter');
    // schemas: a field a contact does not have.
    await write('kontakter/testkontakt.md', `---\nrole: Testsamordnare\norganisation: testorganisation\nabout: Frågor.\ntelefonnr: "1"\n${sources}---\n`);
    // dates: a day without two digits; markup: a script in the text.
    await write('uppdrag/testuppdrag.md', [
      '---', 'title: Ett testuppdrag', 'slug: testuppdrag', 'date: 2018-05-04', 'signedDate: 2018-5-4', 'summary: Ett uppdrag.',
      'decidedBy: testorganisation', 'goals:', '  - vuxna-1-1', sources.trimEnd(), '---', '', 'Text.', '', '<script>alert(1)</script>', '',
    ].join('\n'));
    // bodies: a focus area without its text.
    await write('fokusomraden/omrade-ett.md', `---\nnumber: 1\ntitle: Testområde ett\nslug: testomrade-ett\nsummary: Ett område.\ncolor: "#1d5a7a"\n${sources}---\n`);
    // placeholders: left in a published page, not in a draft; lix: a text that is hard to read.
    const hard = 'Samordningsarbetet avseende verksamhetsutvecklingen inom primärvårdsorganisationen förutsätter långsiktiga överenskommelser mellan huvudmännen, vilket kommunikationsinsatserna tydliggör. ';
    await write('sidor/om.md', `---\ntitle: Om testplanen\ndescription: FYLL I en beskrivning\n${sources}---\n\n${hard.repeat(4)}\n`);
    await write('ordlista/utkast.md', `---\ndraft: true\nabbreviation: FYLL I\nexpansion: Ett utkast\n${sources}---\n`);
    // graph: a goal names an indicator that does not exist; redirects: a goal takes over the search page.
    const goal = (await readFile(join(contentDir, 'mal/vuxna-1-2.md'), 'utf8')).replace('  - testindikator', '  - testindikator\n  - saknad\nredirectFrom:\n  - /sok/');
    await write('mal/vuxna-1-2.md', goal);
    // indicator-data: values for an indicator that does not exist.
    await write('indikatorer/saknas.csv', 'år,värde\n2018,1\n');
    // manifest and urls: a line that is no address and target, and an address of the plan left out.
    const manifest = await readFile(join(contentDir, 'urls.txt'), 'utf8');
    await write('urls.txt', `${manifest.replace('/uppdrag/testuppdrag/ uppdrag/testuppdrag\n', '')}felaktig rad\n`);
    // settings: a field the settings do not have.
    await write('installningar.yml', 'siteUrl: ""\nokant: 1\n');
    const { issues } = await checkContent({ contentDir, root });
    expect(issues.map(({ file, code, severity }) => [file, code, severity])).toEqual([
      ['content/anteckning.txt', 'wrong-folder', 'warning'],
      ['content/fokusomraden/omrade-ett.md', 'empty-body', 'error'],
      ['content/indikatorer/saknas.csv', 'csv-without-indicator', 'error'],
      // The settings also lack `publisher`.
      ['content/installningar.yml', 'missing-field', 'error'],
      ['content/installningar.yml', 'unknown-field', 'error'],
      ['content/kontakter/testkontakt.md', 'unknown-field', 'error'],
      ['content/mal/vuxna-1-2.md', 'dangling-reference', 'error'],
      ['content/mal/vuxna-1-2.md', 'redirect-reserved', 'error'],
      ['content/mal/vuxna-1-9.md', 'no-front-matter', 'error'],
      ['content/sidor/om.md', 'placeholder', 'error'],
      ['content/sidor/om.md', 'lix', 'warning'],
      ['content/uppdrag/testuppdrag.md', 'malformed-date', 'error'],
      ['content/uppdrag/testuppdrag.md', 'unsafe-markup', 'error'],
      // The task's address left out of the manifest, and the goal's redirect from `/sok/`.
      ['content/urls.txt', 'url-not-recorded', 'error'],
      ['content/urls.txt', 'url-not-recorded', 'error'],
      ['content/urls.txt', 'url-manifest-syntax', 'error'],
    ]);
  });
});

describe('files the check cannot use', () => {
  it('hide no other problem: what points to them and the addresses recorded for them are left alone', async () => {
    const { root, contentDir } = await scenario('base');
    const edit = async (path: string, change: (text: string) => string) =>
      writeFile(join(contentDir, path), change(await readFile(join(contentDir, path), 'utf8')));
    // Unreadable with two YAML errors (the task points to it), and invalid: each has an address in urls.txt.
    await edit('mal/vuxna-1-1.md', (text) => text.replace('---\n', '---\na: b\n b: c\n  c: d\n'));
    await edit('mal/vuxna-1-2.md', (text) => text.replace('title:', 'titel:').replace('Vuxna ska', 'FYLL I. Vuxna ska'));
    // A draft is not published, so the address recorded for it is gone: that one is reported, at `draft`.
    await edit('mal/barn-och-unga-1-1.md', (text) => text.replace('---\n', '---\ndraft: true\n'));
    const { issues, fileCount } = await checkContent({ contentDir, root });
    expect(issues.map(({ file, line, code }) => [file, line, code])).toEqual([
      ['content/mal/barn-och-unga-1-1.md', 2, 'url-removed'],
      ['content/mal/vuxna-1-1.md', 2, 'broken-yaml'],
      ['content/mal/vuxna-1-1.md', 3, 'broken-yaml'],
      ['content/mal/vuxna-1-2.md', 5, 'unknown-field'],
    ]);
    // The unreadable file counts once, however many problems it has.
    expect(fileCount).toBe(BASE_ENTRIES + 1);
  });
});
