/**
 * Change history: which versions count as publication, substantive change or minor edit; the
 * git reader on a real repository; and the Atom feed built from the changes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { historyOf, minorEditDays, substantive } from '../../src/lib/change-history.ts';
import { atomFeed, tagId, type FeedItem } from '../../src/lib/changes-feed.ts';
import { changeNoteOf } from '../../src/lib/git-history.ts';
import { GoalSchema } from '../../src/schemas/goal.ts';

describe('historyOf', () => {
  it('names the first version the publication, a new changeNote a change, anything else a minor edit', () => {
    const changes = historyOf([
      { date: '2026-01-10' },
      { date: '2026-02-01' },
      { date: '2026-03-05', changeNote: 'Målet gäller nu också anhöriga.' },
      { date: '2026-03-20', changeNote: 'Målet gäller nu också anhöriga.' },
      { date: '2026-04-02', changeNote: ' Indikatorn byttes. ' },
    ]);
    expect(changes.map(({ kind, date, note }) => [kind, date, note])).toEqual([
      ['published', '2026-01-10', undefined],
      ['minor', '2026-02-01', undefined],
      ['changed', '2026-03-05', 'Målet gäller nu också anhöriga.'],
      ['minor', '2026-03-20', undefined],
      ['changed', '2026-04-02', 'Indikatorn byttes.'],
    ]);
    expect(substantive(changes).map((c) => c.kind)).toEqual(['published', 'changed', 'changed']);
  });

  it('gives each day of minor edits once, newest first, leaving out days the history already lists', () => {
    const changes = historyOf([
      { date: '2026-11-23' },
      { date: '2026-11-23' },
      { date: '2026-12-01' },
      { date: '2026-12-01' },
      { date: '2026-12-02', changeNote: 'Nytt mätvärde.' },
      { date: '2026-12-02' },
      { date: '2026-11-30' },
    ]);
    expect(minorEditDays(changes)).toEqual(['2026-12-01', '2026-11-30']);
    expect(minorEditDays(historyOf([{ date: '2026-01-10' }]))).toEqual([]);
  });

  it('has no history without versions', () => {
    expect(historyOf([])).toEqual([]);
  });

  it('numbers two changes on one day, so that their feed ids differ', () => {
    const changes = historyOf([
      { date: '2026-05-01' },
      { date: '2026-05-02', changeNote: 'Ett.' },
      { date: '2026-05-02', changeNote: 'Två.' },
    ]);
    const items: FeedItem[] = changes.map((change) => ({ path: '/mal/vuxna/3-2/', label: 'Mål 3:2', title: 'T', change }));
    const ids = items.map((item) => tagId('https://example.se', item));
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe('tag:example.se,2026-05-02:/mal/vuxna/3-2/andrad-2');
  });
});

describe('changeNoteOf', () => {
  it('reads the note from front matter and ignores what it cannot read', () => {
    expect(changeNoteOf('---\ntitle: X\nchangeNote: "Nytt mål."\n---\nText')).toBe('Nytt mål.');
    expect(changeNoteOf('---\nchangeNote: >-\n  Två\n  rader.\n---\n')).toBe('Två rader.');
    expect(changeNoteOf('---\ntitle: [oavslutad\n---\n')).toBeUndefined();
    expect(changeNoteOf('Ingen front matter')).toBeUndefined();
  });

  it('is a schema field on goals, optional and trimmed', () => {
    const goal = {
      focusArea: 3, number: 2, targetGroup: 'vuxna', title: 'T', period: { from: 2018, to: 2020 },
      sources: [{ title: 'Källa' }],
    };
    expect(GoalSchema.parse(goal).changeNote).toBeUndefined();
    expect(GoalSchema.parse({ ...goal, changeNote: ' Ändrad. ' }).changeNote).toBe('Ändrad.');
    expect(GoalSchema.safeParse({ ...goal, changeNote: 'x'.repeat(301) }).success).toBe(false);
  });
});

describe('versionsOf on a real git repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hph-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every committed version of a file, oldest first, with its changeNote and commit date', async () => {
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-C', dir, ...args], {
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.se', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.se' },
      });
    git(['init', '-q'], '2026-01-01');
    mkdirSync(join(dir, 'mal'));
    const file = join(dir, 'mal', 'vuxna-3-2.md');
    const commit = (body: string, date: string) => {
      writeFileSync(file, body);
      git(['add', '.'], date);
      git(['commit', '-q', '-m', date], date);
    };
    commit('---\ntitle: A\n---\nText', '2026-01-10');
    commit('---\ntitle: A\n---\nText, rättad', '2026-02-01');
    commit('---\ntitle: A\nchangeNote: Målet gäller nu också anhöriga.\n---\nText', '2026-03-05');
    writeFileSync(join(dir, 'other.md'), 'x');
    git(['add', '.'], '2026-03-06');
    git(['commit', '-q', '-m', 'other'], '2026-03-06');

    const previous = process.env['HPH_CONTENT_DIR'];
    process.env['HPH_CONTENT_DIR'] = dir;
    try {
      const { versionsOf } = await import('../../src/lib/git-history.ts');
      const versions = versionsOf(['content/mal/vuxna-3-2.md']).get('content/mal/vuxna-3-2.md');
      expect(versions).toEqual([
        { date: '2026-01-10', changeNote: undefined },
        { date: '2026-02-01', changeNote: undefined },
        { date: '2026-03-05', changeNote: 'Målet gäller nu också anhöriga.' },
      ]);
      expect(versionsOf(['content/mal/finns-inte.md']).get('content/mal/finns-inte.md')).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env['HPH_CONTENT_DIR'];
      else process.env['HPH_CONTENT_DIR'] = previous;
    }
  });
});

describe('atomFeed', () => {
  const options = {
    siteUrl: 'https://psykiskhalsa.example',
    path: '/andringar.xml',
    title: 'Ändringar',
    subtitle: 'Nytt & ändrat',
    authors: ['Västra Götalandsregionen', 'VästKom'],
    entryTitle: (item: FeedItem) => `${item.label} ${item.change.kind === 'published' ? 'publicerades' : 'ändrades'}`,
  };
  const child = (el: HTMLElement, name: string) => el.childNodes.filter((n): n is HTMLElement => (n as HTMLElement).rawTagName === name);
  const item = (path: string, date: string, note?: string): FeedItem => ({
    path, label: 'Mål <3>', title: 'Titel "med" citat',
    change: { kind: note ? 'changed' : 'published', date, ordinal: 1, ...(note ? { note } : {}) },
  });

  it('writes the newest first, with absolute links, escaped text, and the newest date as the feed’s', () => {
    const xml = atomFeed([item('/mal/vuxna/3-2/', '2026-01-10'), item('/mal/vuxna/3-2/', '2026-03-05', 'Ny & bättre')], options);
    const feed = parse(xml, { lowerCaseTagName: false }).querySelector('feed')!;
    expect(child(feed, 'updated')[0]!.text).toBe('2026-03-05T00:00:00Z');
    expect(child(feed, 'link').map((l) => l.getAttribute('href'))).toEqual(['https://psykiskhalsa.example/andringar.xml', 'https://psykiskhalsa.example/']);
    const entries = child(feed, 'entry');
    expect(entries.map((e) => child(e, 'updated')[0]!.text)).toEqual(['2026-03-05T00:00:00Z', '2026-01-10T00:00:00Z']);
    expect(xml).toContain('<title>Mål &lt;3&gt; ändrades</title>');
    expect(xml).toContain('<summary>Titel &quot;med&quot; citat. Ny &amp; bättre</summary>');
    expect(child(entries[0]!, 'link')[0]!.getAttribute('href')).toBe('https://psykiskhalsa.example/mal/vuxna/3-2/');
  });

  it('gives every entry a distinct, stable tag: id for any set of changes', () => {
    const arbitraryItem = fc.record({
      path: fc.constantFrom('/mal/vuxna/3-2/', '/mal/barn-och-unga/3-2/', '/indikatorer/a/'),
      date: fc.date({ min: new Date('2018-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      notes: fc.array(fc.constantFrom('A.', 'B.', 'C.'), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryItem, { selector: (i) => i.path }), (pages) => {
        const items = pages.flatMap((page) =>
          historyOf([{ date: page.date }, ...page.notes.map((changeNote) => ({ date: page.date, changeNote }))]).filter((c) => c.kind !== 'minor')
            .map((change) => ({ path: page.path, label: 'L', title: 'T', change })),
        );
        const ids = [...atomFeed(items, options).matchAll(/<id>(tag:[^<]+)<\/id>/g)].map((m) => m[1]);
        expect(new Set(ids).size).toBe(items.length);
        expect(atomFeed(items, options)).toBe(atomFeed([...items].reverse(), options));
      }),
    );
  });
});
