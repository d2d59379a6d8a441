/**
 * The plan's rules in the editors' check (src/check/graph-check.ts): each problem gets the line
 * of the value or field it is about, a reference to a draft says so, and problems that only
 * follow from a file that failed its schema, or could not be read, are not reported twice.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkGraph, type GraphCheckInput } from '../../src/check/graph-check.ts';
import { parseContentFile, type ContentFile } from '../../src/check/read-content.ts';
import type { ContentSet } from '../../src/plan/entries.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { makeEntry, makePlan, rawEntry } from '../helpers/fixtures.ts';

/** The file an entry would be read from, written the way an editor writes it. */
function fileOf(collection: CollectionName, id: string, overrides: Record<string, unknown> = {}): ContentFile {
  const raw = rawEntry(collection, overrides);
  const file = parseContentFile(collection, `content/${COLLECTIONS[collection].folder}/${id}.md`, `---\n${stringify(raw)}---\n\nText.\n`);
  if (Array.isArray(file)) throw new Error(file[0]?.message);
  return file;
}

const GOAL = { indicators: ['en-indikator', 'saknas'], counterpart: 'barn-och-unga-3-2' };

function planWith(change: (plan: ContentSet) => void = () => {}) {
  const content = makePlan();
  content.goals[0] = makeEntry('goals', 'vuxna-3-2', GOAL);
  change(content);
  const files = [fileOf('goals', 'vuxna-3-2', GOAL)];
  return { content, files };
}

const run = (input: Partial<GraphCheckInput> & Pick<GraphCheckInput, 'content' | 'files'>) =>
  checkGraph({ invalid: [], drafts: [], unreadable: [], ...input }).map(({ code, file, line, field, value, message }) => ({ code, file, line, field, value, message }));

describe('the plan’s rules in the check', () => {
  it('put a dangling reference on the line of the id', () => {
    const { content, files } = planWith();
    expect(run({ content, files })).toEqual([{
      code: 'dangling-reference', file: 'content/mal/vuxna-3-2.md', line: 13, field: 'indicators', value: 'saknas',
      message: 'Fältet `indicators` pekar på `saknas`, men det finns ingen indikator med det id:t (filen `content/indikatorer/saknas.md` saknas). Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen.',
    }]);
    expect(files[0]!.positions.lines.get('indicators.1')).toBe(13);
  });

  it('say that a reference names a draft, and where the draft is', () => {
    const { content, files } = planWith();
    const draft = fileOf('indicators', 'saknas', { draft: true });
    expect(run({ content, files, drafts: [draft] })).toEqual([{
      code: 'dangling-reference', file: 'content/mal/vuxna-3-2.md', line: 13, field: 'indicators', value: 'saknas',
      message: 'Fältet `indicators` pekar på `saknas`, som är ett utkast (`draft: true` i `content/indikatorer/saknas.md`) och inte publiceras. Publicera den först, eller ta bort hänvisningen tills vidare.',
    }]);
  });

  it('leave out a reference to a file that failed its schema or could not be read', () => {
    const { content, files } = planWith();
    expect(run({ content, files, invalid: [fileOf('indicators', 'saknas', { title: 3 })] })).toEqual([]);
    expect(run({ content, files, unreadable: ['saknas'] })).toEqual([]);
    expect(run({ content, files, invalid: [fileOf('indicators', 'annan', { title: 3 })] }).map((issue) => issue.code)).toEqual(['dangling-reference']);
  });

  it('leave out an unused indicator that a goal which failed its schema lists, alone or in a list', () => {
    const unused = planWith((plan) => {
      plan.goals[0] = makeEntry('goals', 'vuxna-3-2', { counterpart: 'barn-och-unga-3-2', indicators: ['en-indikator'] });
      plan.indicators.push(makeEntry('indicators', 'ensam', { slug: 'ensam' }));
    });
    const files = [fileOf('goals', 'vuxna-3-2', { counterpart: 'barn-och-unga-3-2', indicators: ['en-indikator'] })];
    expect(run({ content: unused.content, files }).map((issue) => [issue.code, issue.file, issue.value])).toEqual([
      ['unused-indicator', 'content/indikatorer/ensam.md', 'ensam'],
    ]);
    const broken = (indicators: unknown) => fileOf('goals', 'vuxna-3-9', { indicators, number: 'nio' });
    expect(run({ content: unused.content, files, invalid: [broken(['ensam'])] })).toEqual([]);
    expect(run({ content: unused.content, files, invalid: [broken('ensam')] })).toEqual([]);
    expect(run({ content: unused.content, files, invalid: [broken(['annan'])] }).map((issue) => issue.code)).toEqual(['unused-indicator']);
    expect(run({ content: unused.content, files, invalid: [fileOf('indicators', 'x', { title: 3, indicators: ['ensam'] })] }).map((issue) => issue.code)).toEqual(['unused-indicator']);
    expect(run({ content: unused.content, files, unreadable: ['vuxna-3-9'] })).toEqual([]);
  });

  it('leave out a missing focus area whose file failed its schema or something could not be read, on the line of `focusArea`', () => {
    const { content } = planWith((plan) => {
      plan.goals = [makeEntry('goals', 'vuxna-4-1', { focusArea: 4, number: 1, indicators: ['en-indikator'] })];
      plan.assignments = [];
      plan.contacts = [];
      plan.localWork = [];
    });
    const files = [fileOf('goals', 'vuxna-4-1', { focusArea: 4, number: 1, indicators: ['en-indikator'] })];
    const missing = run({ content, files }).filter((issue) => issue.code === 'missing-focus-area');
    expect(missing.map((issue) => [issue.file, issue.line, issue.field, issue.value])).toEqual([['content/mal/vuxna-4-1.md', 2, 'focusArea', '4']]);
    const area = (number: unknown, collection: CollectionName = 'focusAreas') => fileOf(collection, 'fyra', { number, color: 'grön' });
    const codes = (input: Partial<GraphCheckInput>) => run({ content, files, ...input }).map((issue) => issue.code).filter((code) => code === 'missing-focus-area');
    expect(codes({ invalid: [area(4)] })).toEqual([]);
    expect(codes({ invalid: [area('4')] })).toEqual([]);
    expect(codes({ invalid: [area(5)] })).toEqual(['missing-focus-area']);
    expect(codes({ invalid: [area(4, 'goals')] })).toEqual(['missing-focus-area']);
    expect(codes({ unreadable: ['fyra'] })).toEqual([]);
  });

  it('give no line to a problem in a file it was not given', () => {
    const { content } = planWith();
    expect(run({ content, files: [] }).map((issue) => [issue.code, issue.line])).toEqual([['dangling-reference', undefined]]);
  });
});
